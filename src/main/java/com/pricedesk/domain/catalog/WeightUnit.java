package com.pricedesk.domain.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** A unit of weight seen in cost sheets and on Amazon's rate card: g, kg, oz, lb. */
public enum WeightUnit {
    G(new BigDecimal("0.001")),
    KG(BigDecimal.ONE),
    /** the international avoirdupois pound is defined as exactly 0.45359237 kg */
    LB(new BigDecimal("0.45359237")),
    /** 1/16 lb, exactly 0.028349523125 kg */
    OZ(new BigDecimal("0.028349523125"));

    private final BigDecimal kgPerUnit;

    WeightUnit(BigDecimal kgPerUnit) {
        this.kgPerUnit = kgPerUnit;
    }

    public BigDecimal toKg(BigDecimal value) {
        return value.multiply(kgPerUnit);
    }

    /** From kilograms; exact whenever the result terminates, else 16 significant digits. */
    public BigDecimal fromKg(BigDecimal kg) {
        return kg.divide(kgPerUnit, MathContext.DECIMAL64);
    }

    public static WeightUnit parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "g", "克" -> G;
            case "kg", "公斤", "千克" -> KG;
            case "lb", "lbs", "pound", "pounds", "磅" -> LB;
            case "oz", "ounce", "ounces", "盎司" -> OZ;
            default -> throw new IllegalArgumentException("Unknown weight unit '" + text + "': use g, kg, oz or lb");
        };
    }
}
