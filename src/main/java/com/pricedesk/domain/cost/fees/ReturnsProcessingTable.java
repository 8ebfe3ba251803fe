package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Returns processing fee per returned unit. The sourced material has the rule but not the amounts, so
 * the shipped table has none ({@code feePerUnit} null) until the user enters one as an override.
 */
public record ReturnsProcessingTable(TableInfo info, BigDecimal feePerUnit) {
    public ReturnsProcessingTable {
        Objects.requireNonNull(info, "table info");
        if (feePerUnit != null && feePerUnit.signum() < 0) {
            throw new IllegalArgumentException("Returns processing fee must not be negative, was " + feePerUnit);
        }
    }

    public boolean isKnown() {
        return feePerUnit != null;
    }
}
