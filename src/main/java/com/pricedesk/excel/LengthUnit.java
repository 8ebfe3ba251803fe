package com.pricedesk.excel;

import java.math.BigDecimal;

/** Length units seen in sellers' headers; PriceDesk stores centimetres. */
public enum LengthUnit {
    CM("1"), MM("0.1"), M("100"), IN("2.54");

    private final BigDecimal cmPerUnit;

    LengthUnit(String cmPerUnit) {
        this.cmPerUnit = new BigDecimal(cmPerUnit);
    }

    public BigDecimal toCm(BigDecimal value) {
        return value.multiply(cmPerUnit).stripTrailingZeros();
    }
}
