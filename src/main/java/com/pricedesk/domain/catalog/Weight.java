package com.pricedesk.domain.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/** A unit weight, stored in kilograms. */
public record Weight(BigDecimal kg) {
    public Weight {
        Objects.requireNonNull(kg);
        if (kg.signum() <= 0) {
            throw new IllegalArgumentException("Weight must be positive, was " + kg + " kg");
        }
    }

    public static Weight kg(String kg) {
        return new Weight(new BigDecimal(kg));
    }
}
