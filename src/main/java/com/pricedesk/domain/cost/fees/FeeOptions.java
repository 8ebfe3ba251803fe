package com.pricedesk.domain.cost.fees;

/**
 * Switches for fees whose sources are weak: the fuel and logistics surcharge (likely but unverified,
 * on by default) and peak-season fulfillment rates (a partial single-source table, on by default).
 */
public record FeeOptions(boolean fuelSurcharge, boolean peakRates) {
    public static final FeeOptions DEFAULT = new FeeOptions(true, true);
}
