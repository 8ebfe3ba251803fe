package com.pricedesk.domain.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/** A unit weight, stored in kilograms. */
public record Weight(BigDecimal kg) {
    public Weight {
        Objects.requireNonNull(kg, "weight");
        if (kg.signum() <= 0) {
            throw new IllegalArgumentException("Weight must be positive, was " + kg.toPlainString() + " kg");
        }
    }

    public static Weight kg(String kg) {
        return new Weight(new BigDecimal(kg));
    }

    /** A weight given in any unit; the error names the value as the seller typed it. */
    public static Weight of(BigDecimal value, WeightUnit unit) {
        Objects.requireNonNull(value, "weight");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("Weight must be positive, was " + value.toPlainString() + " "
                    + unit.name().toLowerCase(java.util.Locale.ROOT));
        }
        return new Weight(unit.toKg(value));
    }

    public BigDecimal in(WeightUnit unit) {
        return unit.fromKg(kg);
    }
}
