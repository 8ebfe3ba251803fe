package com.pricedesk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds real .xlsx/.xls/.csv files for tests, the way Excel and WPS would write them. */
public final class Workbooks {
    /** A formula cell; its cached value is computed before saving, as Excel does. */
    public record Formula(String formula) {
    }

    /** A number shown with a percent format: stored 0.125, displayed 12.5%. */
    public record Percent(double value) {
    }

    private final Workbook wb;
    private Sheet current;
    private CellStyle percentStyle;

    private Workbooks(Workbook wb) {
        this.wb = wb;
    }

    public static Workbooks xlsx() {
        return new Workbooks(new XSSFWorkbook());
    }

    public static Workbooks xls() {
        return new Workbooks(new HSSFWorkbook());
    }

    public Workbooks sheet(String name, Object[]... rows) {
        current = wb.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = current.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof Formula f) {
                    cell.setCellFormula(f.formula());
                } else if (v instanceof Percent p) {
                    if (percentStyle == null) {
                        percentStyle = wb.createCellStyle();
                        percentStyle.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
                    }
                    cell.setCellValue(p.value());
                    cell.setCellStyle(percentStyle);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
        return this;
    }

    /** Hides the sheet added last. */
    public Workbooks hidden() {
        wb.setSheetHidden(wb.getSheetIndex(current), true);
        return this;
    }

    /** Merges cells of the sheet added last (0-based, inclusive). */
    public Workbooks merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        current.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        return this;
    }

    public Path save(Path file) {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes CSV lines in a charset, optionally with a UTF-8 BOM as Excel's "CSV UTF-8" writes it. */
    public static Path csv(Path file, Charset charset, boolean bom, String... lines) {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(String.join("\r\n", lines).concat("\r\n").getBytes(charset));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
