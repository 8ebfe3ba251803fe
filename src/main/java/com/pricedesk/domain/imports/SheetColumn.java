package com.pricedesk.domain.imports;

/**
 * One column of the located table: where it is, its header as written, and what PriceDesk made of it.
 * {@code field} is null for a column PriceDesk does not know; such columns stay visible in the preview.
 */
public record SheetColumn(int index, String header, CostField field, ColumnUnits units) {

    public String letter() {
        return letter(index);
    }

    /** Excel's column name: 0 → A, 25 → Z, 26 → AA. */
    public static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }

    public boolean recognised() {
        return field != null;
    }

    public SheetColumn withField(CostField newField) {
        return new SheetColumn(index, header, newField, units);
    }
}
