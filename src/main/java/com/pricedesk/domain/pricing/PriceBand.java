package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import java.util.Objects;

/**
 * Floor and ceiling of one SKU in whole cents (floor rounded up, ceiling down, so a cent price inside
 * the band is inside the exact bounds), with the guardrail that set each and the floor's label.
 */
public record PriceBand(Money floor, Guardrail floorBy, Explanation floorLabel, Money ceiling, Guardrail ceilingBy,
                        Explanation ceilingLabel) {
    public PriceBand {
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(ceiling, "ceiling");
    }

    public boolean isEmpty() {
        return floor.compareTo(ceiling) > 0;
    }

    public boolean contains(Money price) {
        return price.compareTo(floor) >= 0 && price.compareTo(ceiling) <= 0;
    }
}
