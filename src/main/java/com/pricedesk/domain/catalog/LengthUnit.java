package com.pricedesk.domain.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** A unit of length sellers use for package dimensions: centimetres (factory sheets, also mm or m) or inches (Amazon). */
public enum LengthUnit {
    CM(BigDecimal.ONE),
    /** millimetres and metres appear in factory sheets */
    MM(new BigDecimal("0.1")),
    M(new BigDecimal("100")),
    /** exactly 2.54 cm by definition, so inch figures convert without drift */
    IN(new BigDecimal("2.54"));

    private final BigDecimal cmPerUnit;

    LengthUnit(BigDecimal cmPerUnit) {
        this.cmPerUnit = cmPerUnit;
    }

    public BigDecimal toCm(BigDecimal value) {
        return value.multiply(cmPerUnit);
    }

    /** From centimetres; exact whenever the result terminates (38.1 cm is exactly 15 in), else 16 digits. */
    public BigDecimal fromCm(BigDecimal cm) {
        return cm.divide(cmPerUnit, MathContext.DECIMAL64);
    }

    public static LengthUnit parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "cm", "厘米" -> CM;
            case "mm", "毫米" -> MM;
            case "m", "米" -> M;
            case "in", "inch", "inches", "英寸" -> IN;
            default -> throw new IllegalArgumentException("Unknown length unit '" + text + "': use cm, mm, m or in");
        };
    }
}
