package com.pricedesk.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/** Turns a POI cell (streaming XSSF or HSSF) into a {@link SheetCell} without ever keeping a double. */
final class PoiCells {
    /** Excel shows and computes with 15 significant digits; beyond that a double is binary noise. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private PoiCells() {
    }

    static SheetCell of(Cell c) {
        CellType type = c.getCellType();
        if (type == CellType.FORMULA) {
            type = c.getCachedFormulaResultType();
        }
        int col = c.getColumnIndex();
        return switch (type) {
            case STRING -> {
                String s = c.getStringCellValue();
                yield s == null || s.isBlank() ? null : SheetCell.text(col, s.strip());
            }
            case NUMERIC -> numeric(c, col);
            case BOOLEAN -> SheetCell.text(col, c.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new SheetCell(col, errorText(c), null, false, true);
            default -> null;
        };
    }

    private static SheetCell numeric(Cell c, int col) {
        if (DateUtil.isCellDateFormatted(c)) {
            return SheetCell.text(col, c.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_DATE));
        }
        BigDecimal n = exact(c.getNumericCellValue());
        String format = c.getCellStyle() == null ? null : c.getCellStyle().getDataFormatString();
        boolean percent = format != null && format.contains("%");
        String text = percent ? n.movePointRight(2).stripTrailingZeros().toPlainString() + "%" : n.toPlainString();
        return new SheetCell(col, text, n, percent, false);
    }

    /** Double.toString gives the shortest decimal that round-trips (12.3, 0.1), then Excel's 15 digits. */
    static BigDecimal exact(double d) {
        BigDecimal n = BigDecimal.valueOf(d).round(EXCEL_DIGITS).stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    private static String errorText(Cell c) {
        try {
            return FormulaError.forInt(c.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }
}
