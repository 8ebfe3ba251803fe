package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import java.util.Optional;

/**
 * The per-SKU prices a seller sets by hand, all in USD and each optional: the manual minimum (最低价,
 * raises the guardrail floor), the manual maximum (封顶价, the ceiling) and the regular price (常规售价,
 * what "restore the regular price" returns to). Null fields mean "none set".
 */
public record PriceSettings(Money manualMin, Money manualMax, Money regularPrice) {
    public static final PriceSettings NONE = new PriceSettings(null, null, null);

    public static PriceSettings of(PriceLimits limits, Money regularPrice) {
        return new PriceSettings(limits.manualMin().orElse(null), limits.manualMax().orElse(null), regularPrice);
    }

    public PriceLimits limits() {
        return new PriceLimits(Optional.ofNullable(manualMin), Optional.ofNullable(manualMax));
    }

    public boolean none() {
        return manualMin == null && manualMax == null && regularPrice == null;
    }

    public PriceSettings withManualMin(Money v) {
        return new PriceSettings(v, manualMax, regularPrice);
    }

    public PriceSettings withManualMax(Money v) {
        return new PriceSettings(manualMin, v, regularPrice);
    }

    public PriceSettings withRegularPrice(Money v) {
        return new PriceSettings(manualMin, manualMax, v);
    }

    /** True when both limits are set and the minimum is above the maximum: no price could satisfy both. */
    public boolean minAboveMax() {
        return manualMin != null && manualMax != null && manualMin.compareTo(manualMax) > 0;
    }

    /** True when the regular price is set and lies outside the seller's own [minimum, maximum]. */
    public boolean regularOutsideLimits() {
        return regularPrice != null && (manualMin != null && regularPrice.compareTo(manualMin) < 0
                || manualMax != null && regularPrice.compareTo(manualMax) > 0);
    }

    /** True when {@code price} is known and below the seller's own minimum. */
    public boolean belowMinimum(Money price) {
        return price != null && manualMin != null && price.compareTo(manualMin) < 0;
    }

    /** True when {@code price} is known and above the seller's own maximum. */
    public boolean aboveMaximum(Money price) {
        return price != null && manualMax != null && price.compareTo(manualMax) > 0;
    }
}
