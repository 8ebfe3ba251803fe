package com.pricedesk.excel;

import java.math.BigDecimal;

/**
 * One non-blank cell as read from the file. {@code text} is what the seller sees (trimmed);
 * {@code number} is set for numeric cells (also a formula's cached number), already cut to the 15
 * significant digits Excel itself shows, so 0.1 stays 0.1. {@code percentFormat} marks a number
 * displayed as a percentage (stored 0.125, shown 12.5%).
 */
public record SheetCell(int column, String text, BigDecimal number, boolean percentFormat, boolean error) {

    public static SheetCell text(int column, String text) {
        return new SheetCell(column, text, null, false, false);
    }

    public boolean numeric() {
        return number != null;
    }
}
