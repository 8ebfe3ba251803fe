package com.pricedesk.domain.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/** Packaged dimensions, stored in centimetres (the unit of the seller's sheets). */
public record Dimensions(BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {

    private static final BigDecimal CM3_PER_M3 = new BigDecimal("1000000");

    public Dimensions {
        Objects.requireNonNull(lengthCm);
        Objects.requireNonNull(widthCm);
        Objects.requireNonNull(heightCm);
        if (lengthCm.signum() <= 0 || widthCm.signum() <= 0 || heightCm.signum() <= 0) {
            throw new IllegalArgumentException("Dimensions must be positive: " + lengthCm + "x" + widthCm + "x" + heightCm);
        }
    }

    public static Dimensions cm(String l, String w, String h) {
        return new Dimensions(new BigDecimal(l), new BigDecimal(w), new BigDecimal(h));
    }

    public BigDecimal volumeCm3() {
        return lengthCm.multiply(widthCm).multiply(heightCm);
    }

    /** Cubic metres (CBM), the unit of sea freight quotes. */
    public BigDecimal volumeCbm() {
        return volumeCm3().divide(CM3_PER_M3);
    }

    @Override
    public String toString() {
        return lengthCm.stripTrailingZeros().toPlainString() + "×" + widthCm.stripTrailingZeros().toPlainString()
                + "×" + heightCm.stripTrailingZeros().toPlainString() + " cm";
    }
}
