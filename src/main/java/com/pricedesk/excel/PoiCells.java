package com.pricedesk.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Turns a POI cell (streaming XSSF or HSSF) into a {@link SheetCell} without ever keeping a double.
 * One instance reads one sheet: it remembers per cell style whether the style's number format is a
 * date or a percentage, which POI would otherwise decide with regular expressions on every cell.
 */
final class PoiCells {
    /** Excel shows and computes with 15 significant digits; beyond that a double is binary noise. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    /** Largest integer below which every whole double has at most Excel's 15 digits. */
    private static final double EXACT_INTEGERS = 1e15;
    private static final byte KNOWN = 1;
    private static final byte DATE = 2;
    private static final byte PERCENT = 4;

    /** Style index → KNOWN | DATE | PERCENT flags of its number format. */
    private byte[] formats = new byte[64];

    static SheetCell of(Cell c) {
        return new PoiCells().cell(c);
    }

    SheetCell cell(Cell c) {
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

    private SheetCell numeric(Cell c, int col) {
        double d = c.getNumericCellValue();
        int flags = formatFlags(c.getCellStyle());
        // what DateUtil.isCellDateFormatted decides: a valid Excel date under a date format
        if ((flags & DATE) != 0 && DateUtil.isValidExcelDate(d)) {
            return SheetCell.text(col, c.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_DATE));
        }
        BigDecimal n = exact(d);
        boolean percent = (flags & PERCENT) != 0;
        String text = percent ? n.movePointRight(2).stripTrailingZeros().toPlainString() + "%" : n.toPlainString();
        return new SheetCell(col, text, n, percent, false);
    }

    private int formatFlags(CellStyle style) {
        if (style == null) {
            return 0;
        }
        int i = style.getIndex() & 0xFFFF;
        if (i >= formats.length) {
            formats = Arrays.copyOf(formats, Math.max(i + 1, formats.length * 2));
        }
        if (formats[i] == 0) {
            String format = style.getDataFormatString();
            formats[i] = (byte) (KNOWN
                    | (DateUtil.isADateFormat(style.getDataFormat(), format) ? DATE : 0)
                    | (format != null && format.contains("%") ? PERCENT : 0));
        }
        return formats[i];
    }

    /** Double.toString gives the shortest decimal that round-trips (12.3, 0.1), then Excel's 15 digits. */
    static BigDecimal exact(double d) {
        if (d == Math.rint(d) && Math.abs(d) < EXACT_INTEGERS) {
            // whole numbers (most quantities and many prices): the same value without the decimal text
            return BigDecimal.valueOf((long) d);
        }
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
