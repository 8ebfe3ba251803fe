package com.pricedesk.domain.rules;

import java.math.BigDecimal;

/** How a condition compares a fact with its threshold. */
public enum Comparison {
    LESS_THAN("<"), AT_MOST("≤"), GREATER_THAN(">"), AT_LEAST("≥"), EQUAL("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case LESS_THAN -> c < 0;
            case AT_MOST -> c <= 0;
            case GREATER_THAN -> c > 0;
            case AT_LEAST -> c >= 0;
            case EQUAL -> c == 0;
        };
    }
}
