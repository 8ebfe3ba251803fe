package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Floor and ceiling of one SKU in whole cents (floor rounded up, ceiling down, so a cent price inside
 * the band is inside the exact bounds), with the guardrail that set each. {@code floorMarginPct} is
 * the margin behind a margin floor; labels are written only when a reason needs them.
 */
public record PriceBand(Money floor, Guardrail floorBy, Optional<BigDecimal> floorMarginPct, Money ceiling,
                        Guardrail ceilingBy) {
    public PriceBand {
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(floorBy, "floorBy");
        Objects.requireNonNull(ceilingBy, "ceilingBy");
    }

    public boolean isEmpty() {
        return floor.compareTo(ceiling) > 0;
    }

    public boolean contains(Money price) {
        return price.compareTo(floor) >= 0 && price.compareTo(ceiling) <= 0;
    }

    /** "20% margin floor", "manual minimum"... in both languages. */
    public Explanation floorLabel() {
        String m = floorMarginPct.map(p -> Phrases.number(p) + "%").orElse("");
        return switch (floorBy) {
            case FLOOR_MANUAL_MIN -> Explanation.of("manual minimum", "手动最低价");
            case FLOOR_RULE_MARGIN -> Explanation.of("rule's " + m + " margin floor", "规则 " + m + " 毛利率底价");
            case CLEARANCE_LOSS_LIMIT -> Explanation.of(m + " clearance loss limit", "清仓 " + m + " 亏损底线");
            default -> Explanation.of(m + " margin floor", m + " 毛利率底价");
        };
    }

    public Explanation ceilingLabel() {
        return switch (ceilingBy) {
            case CEILING_MANUAL_MAX -> Explanation.of("manual maximum", "手动封顶价");
            case CEILING_LISTING_MAX -> Explanation.of("Amazon's maximum for the listing", "亚马逊 Listing 最高价");
            default -> Explanation.of("sanity maximum", "价格上限保护");
        };
    }
}
