package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import java.util.Objects;
import java.util.Optional;

/** The seller's manual minimum (最低价) and maximum (封顶价) for one SKU, each optional. */
public record PriceLimits(Optional<Money> manualMin, Optional<Money> manualMax) {
    public static final PriceLimits NONE = new PriceLimits(Optional.empty(), Optional.empty());

    public PriceLimits {
        manualMin = Objects.requireNonNullElse(manualMin, Optional.empty());
        manualMax = Objects.requireNonNullElse(manualMax, Optional.empty());
    }
}
