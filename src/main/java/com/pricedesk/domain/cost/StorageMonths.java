package com.pricedesk.domain.cost;

import java.math.BigDecimal;
import java.math.MathContext;

/** Expected months a unit spends in FBA storage, from the cost profile or from days of cover. */
public final class StorageMonths {
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");
    private static final BigDecimal TWO = new BigDecimal("2");

    private StorageMonths() {
    }

    /**
     * Stock that lasts D days sells evenly over them, so the average unit waits D/2 days:
     * months = D / 2 / 30.4375 (the mean month length).
     */
    public static BigDecimal fromDaysOfCover(BigDecimal daysOfCover) {
        if (daysOfCover == null || daysOfCover.signum() < 0) {
            throw new IllegalArgumentException("Days of cover must not be negative, was " + daysOfCover);
        }
        return daysOfCover.divide(TWO).divide(DAYS_PER_MONTH, MathContext.DECIMAL64);
    }
}
