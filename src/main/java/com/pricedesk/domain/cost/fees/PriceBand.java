package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;

/** The 2026 FBA price bands: under $10.00, $10.00 to $50.00 inclusive, over $50.00. */
public enum PriceBand {
    UNDER_10("under_10", new BigDecimal("0.00")),
    TEN_TO_50("10_to_50", new BigDecimal("10.00")),
    OVER_50("over_50", new BigDecimal("50.01"));

    private static final BigDecimal TEN = new BigDecimal("10.00");
    private static final BigDecimal FIFTY = new BigDecimal("50.00");

    private final String id;
    private final BigDecimal firstCent;

    PriceBand(String id, BigDecimal firstCent) {
        this.id = id;
        this.firstCent = firstCent;
    }

    public String id() {
        return id;
    }

    /** The lowest whole-cent price in the band: where the fee jumps when a price crosses into it. */
    public BigDecimal firstCent() {
        return firstCent;
    }

    public static PriceBand of(BigDecimal price) {
        if (price.compareTo(TEN) < 0) {
            return UNDER_10;
        }
        return price.compareTo(FIFTY) <= 0 ? TEN_TO_50 : OVER_50;
    }

    public static PriceBand ofId(String id) {
        for (PriceBand b : values()) {
            if (b.id.equals(id)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unknown price band '" + id + "': use under_10, 10_to_50 or over_50");
    }
}
