package com.pricedesk.excel;

import com.pricedesk.domain.imports.SpreadsheetException;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.TableSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table with SXSSF so 100,000 rows stream to disk: bold frozen header, autofilter, number
 * formats per column. Text is always a string cell, never a formula; text a spreadsheet would take for
 * a formula ({@code = + - @}) is also quote-prefixed, so editing the cell in Excel keeps it text.
 * A .txt/.tsv target gets tab-separated UTF-8 text instead. Files are written beside the target and
 * moved into place, so a failure never leaves half a file.
 */
public final class TableWriter implements TableSink {

    @Override
    public int write(Path target, String sheetName, List<Column> columns, Consumer<Consumer<List<Object>>> rows) {
        Path tmp = target.toAbsolutePath().resolveSibling(target.getFileName() + ".part");
        try {
            int n = flatText(target) ? writeText(tmp, columns, rows) : writeXlsx(tmp, sheetName, columns, rows);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return n;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new SpreadsheetException("excel.error.write", e, target.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static boolean flatText(Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".tsv");
    }

    /** A value a spreadsheet would evaluate when typed: it must stay text. */
    public static boolean formulaLike(String s) {
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
    }

    private static int writeXlsx(Path file, String sheetName, List<Column> columns,
                                 Consumer<Consumer<List<Object>>> rows) throws IOException {
        int[] count = {0};
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            Styles styles = new Styles(wb);
            SXSSFSheet sheet = wb.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, Math.min(255, Math.max(6, columns.get(i).width())) * 256);
            }
            sheet.createFreezePane(0, 1);
            rows.accept(values -> {
                Row row = sheet.createRow(++count[0]);
                for (int i = 0; i < columns.size() && i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v != null) {
                        write(row.createCell(i), columns.get(i).kind(), v, styles);
                    }
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(count[0], 1), 0, columns.size() - 1));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return count[0];
    }

    private static void write(Cell cell, TableSink.Kind kind, Object v, Styles styles) {
        BigDecimal number = v instanceof Money m ? m.amount() : v instanceof BigDecimal d ? d
                : v instanceof Integer || v instanceof Long ? BigDecimal.valueOf(((Number) v).longValue()) : null;
        if (number != null && kind != TableSink.Kind.TEXT) {
            // the exact decimal goes through its shortest double, which Excel shows as written
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(switch (kind) {
                case MONEY -> styles.money;
                case PERCENT -> styles.percent;
                default -> styles.integer;
            });
            return;
        }
        String s = number != null ? number.toPlainString() : v.toString();
        cell.setCellValue(s);
        cell.setCellStyle(formulaLike(s) ? styles.quoted : styles.text);
    }

    private static int writeText(Path file, List<Column> columns, Consumer<Consumer<List<Object>>> rows)
            throws IOException {
        int[] count = {0};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join("\t", columns.stream().map(c -> clean(c.header())).toList()));
            out.write("\r\n");
            IOException[] failure = {null};
            rows.accept(values -> {
                if (failure[0] != null) {
                    return;
                }
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns.size(); i++) {
                    Object v = i < values.size() ? values.get(i) : null;
                    if (i > 0) {
                        line.append('\t');
                    }
                    if (v != null) {
                        line.append(clean(v instanceof Money m ? m.amount().toPlainString()
                                : v instanceof BigDecimal d ? d.toPlainString() : v.toString()));
                    }
                }
                try {
                    out.write(line.append("\r\n").toString());
                    count[0]++;
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        return count[0];
    }

    /** A tab or line break inside a value would shift every later column of the flat file. */
    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    /** Cell styles are per workbook and limited in number: create each once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle percent;
        final CellStyle integer;
        final CellStyle text;
        final CellStyle quoted;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            percent = wb.createCellStyle();
            // percentages are stored as percent points (25.5 means 25.5%), as the JSON and the grid show them
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            quoted = wb.createCellStyle();
            quoted.setDataFormat(wb.createDataFormat().getFormat("@"));
            quoted.setQuotePrefixed(true);
        }
    }
}
