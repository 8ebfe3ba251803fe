package com.pricedesk.domain.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Packaged dimensions, stored in centimetres (the unit of the seller's sheets). */
public record Dimensions(BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {

    private static final BigDecimal CM3_PER_M3 = new BigDecimal("1000000");

    public Dimensions {
        requirePositive(lengthCm, "Length", LengthUnit.CM);
        requirePositive(widthCm, "Width", LengthUnit.CM);
        requirePositive(heightCm, "Height", LengthUnit.CM);
    }

    public static Dimensions cm(String l, String w, String h) {
        return new Dimensions(new BigDecimal(l), new BigDecimal(w), new BigDecimal(h));
    }

    /** Dimensions given in any unit; the error names the side and the value as the seller typed it. */
    public static Dimensions of(BigDecimal length, BigDecimal width, BigDecimal height, LengthUnit unit) {
        requirePositive(length, "Length", unit);
        requirePositive(width, "Width", unit);
        requirePositive(height, "Height", unit);
        return new Dimensions(unit.toCm(length), unit.toCm(width), unit.toCm(height));
    }

    private static void requirePositive(BigDecimal v, String side, LengthUnit unit) {
        Objects.requireNonNull(v, side.toLowerCase(Locale.ROOT));
        if (v.signum() <= 0) {
            throw new IllegalArgumentException(side + " must be positive, was " + v.toPlainString() + " "
                    + unit.name().toLowerCase(Locale.ROOT));
        }
    }

    /** The three sides in {@code unit}, longest first: Amazon sizes a package by longest, median, shortest. */
    public List<BigDecimal> sortedDescending(LengthUnit unit) {
        List<BigDecimal> sides = new ArrayList<>(List.of(unit.fromCm(lengthCm), unit.fromCm(widthCm),
                unit.fromCm(heightCm)));
        sides.sort(Comparator.reverseOrder());
        return List.copyOf(sides);
    }

    public BigDecimal volumeCm3() {
        return lengthCm.multiply(widthCm).multiply(heightCm);
    }

    /** Cubic metres (CBM), the unit of sea freight quotes. */
    public BigDecimal volumeCbm() {
        return cbm(volumeCm3());
    }

    /**
     * cm³ ÷ 1,000,000 as {@code BigDecimal.divide} gives it (the exact quotient at the smallest scale not
     * below the dividend's), by moving the decimal point instead of a long division: same value, same scale.
     */
    static BigDecimal cbm(BigDecimal cm3) {
        BigDecimal moved = cm3.movePointLeft(6);
        if (moved.signum() == 0) {
            return cm3.divide(CM3_PER_M3);
        }
        BigDecimal stripped = moved.stripTrailingZeros();
        return stripped.scale() < cm3.scale() ? stripped.setScale(cm3.scale()) : stripped;
    }

    @Override
    public String toString() {
        return lengthCm.stripTrailingZeros().toPlainString() + "×" + widthCm.stripTrailingZeros().toPlainString()
                + "×" + heightCm.stripTrailingZeros().toPlainString() + " cm";
    }
}
