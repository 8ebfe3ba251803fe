package com.pricedesk.domain.pricing;

import java.math.BigDecimal;

/** Price endings the seller wants: x.99, x.49 or x.99, or plain cents. */
public enum RoundingStyle {
    NONE(null, null),
    NINETY_NINE(new BigDecimal("0.99"), BigDecimal.ONE),
    FORTY_NINE(new BigDecimal("0.49"), new BigDecimal("0.50"));

    private final BigDecimal ending;
    private final BigDecimal spacing;

    RoundingStyle(BigDecimal ending, BigDecimal spacing) {
        this.ending = ending;
        this.spacing = spacing;
    }

    /** The first allowed ending (0.99, or 0.49 for .49/.99 prices); null for NONE. */
    BigDecimal ending() {
        return ending;
    }

    /** Distance between two allowed endings; null for NONE. */
    BigDecimal spacing() {
        return spacing;
    }
}
