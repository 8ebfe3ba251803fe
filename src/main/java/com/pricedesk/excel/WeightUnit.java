package com.pricedesk.excel;

import java.math.BigDecimal;

/** Weight units seen in sellers' headers; PriceDesk stores kilograms. */
public enum WeightUnit {
    KG("1"), G("0.001"), LB("0.45359237"), OZ("0.028349523125");

    private final BigDecimal kgPerUnit;

    WeightUnit(String kgPerUnit) {
        this.kgPerUnit = new BigDecimal(kgPerUnit);
    }

    public BigDecimal toKg(BigDecimal value) {
        return value.multiply(kgPerUnit).stripTrailingZeros();
    }
}
