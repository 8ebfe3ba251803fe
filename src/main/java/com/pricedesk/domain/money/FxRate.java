package com.pricedesk.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/** CNY per USD on a given date, so a cost computed last month stays reproducible. */
public record FxRate(LocalDate date, BigDecimal cnyPerUsd) {

    /**
     * Converted amounts keep 8 decimals: far below a cent even after multiplying by quantities and
     * rates, and short enough that the fee arithmetic on 100,000 SKUs stays fast.
     */
    private static final int USD_SCALE = 8;
    private static final BigDecimal ZERO_USD = BigDecimal.ZERO.setScale(USD_SCALE);

    public FxRate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cnyPerUsd, "cnyPerUsd");
        if (cnyPerUsd.signum() <= 0) {
            throw new IllegalArgumentException("Exchange rate must be positive, was " + cnyPerUsd);
        }
    }

    /** Converts to USD, unrounded: rounding happens once, at the end of a calculation. */
    public Money toUsd(Money money) {
        if (money.currency().equals(Money.USD)) {
            return money;
        }
        if (!money.currency().equals(Money.CNY)) {
            throw new IllegalArgumentException("No rate for " + money.currency() + " (only CNY and USD are supported)");
        }
        if (money.amount().signum() == 0) {
            // what the division gives for zero, without dividing: most packaging, prep and other costs are 0
            return new Money(ZERO_USD, Money.USD);
        }
        return new Money(money.amount().divide(cnyPerUsd, USD_SCALE, RoundingMode.HALF_EVEN), Money.USD);
    }
}
