package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The size tier of a package, the shipping weight Amazon charges on, and the Overmax flag. */
public record SizeClassification(SizeTier tier, BigDecimal shippingWeightLb, boolean overmax, String tableId) {

    private static final BigDecimal OUNCES_PER_LB = new BigDecimal("16");
    private static final BigDecimal QUARTERS_PER_LB = new BigDecimal("4");

    /**
     * The shipping weight rounded up the way the rate card charges it (to the ounce under 1 lb, to the
     * quarter pound for standard size from 1 lb, to the pound for bulky and extra-large). The fee does not
     * depend on this rounding (brackets and "started intervals" fall on the same grid); it is for display.
     */
    public BigDecimal billingWeightLb() {
        if (!tier.isStandard()) {
            return shippingWeightLb.setScale(0, RoundingMode.CEILING);
        }
        if (shippingWeightLb.compareTo(BigDecimal.ONE) <= 0) {
            return shippingWeightLb.multiply(OUNCES_PER_LB).setScale(0, RoundingMode.CEILING)
                    .divide(OUNCES_PER_LB).stripTrailingZeros();
        }
        return shippingWeightLb.multiply(QUARTERS_PER_LB).setScale(0, RoundingMode.CEILING)
                .divide(QUARTERS_PER_LB).stripTrailingZeros();
    }
}
