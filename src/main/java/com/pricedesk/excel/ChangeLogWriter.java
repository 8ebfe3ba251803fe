package com.pricedesk.excel;

import com.pricedesk.domain.imports.SpreadsheetException;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.ChangeLogSink;
import com.pricedesk.domain.port.CostSheetSink.Headings;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.queue.ChangeEvent;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The audit log and the queue as .xlsx, streamed with SXSSF: frozen header, autofilter, headings in
 * the seller's language, money as numbers. Text that starts with = + - @ is written as quoted text,
 * so a SKU or an Amazon message can never run as a formula when the file is opened or edited.
 */
public final class ChangeLogWriter implements ChangeLogSink {
    private static final String[] LOG_EN = {"Time (UTC)", "Change", "SKU", "From", "To", "Actor", "Price (USD)",
            "Note", "Amazon code", "Amazon message"};
    private static final String[] LOG_ZH = {"时间 (UTC)", "调价编号", "SKU", "原状态", "新状态", "操作人", "价格 (USD)",
            "说明", "亚马逊代码", "亚马逊消息"};
    private static final String[] QUEUE_EN = {"Change", "SKU", "Old price (USD)", "New price (USD)", "Change %",
            "Floor (USD)", "Ceiling (USD)", "State", "Rule", "Rule set version", "Reason", "Actor", "Created (UTC)",
            "Updated (UTC)", "Amazon code", "Amazon message"};
    private static final String[] QUEUE_ZH = {"调价编号", "SKU", "原价 (USD)", "新价 (USD)", "调幅 %", "底价 (USD)",
            "封顶价 (USD)", "状态", "规则", "规则组版本", "调价原因", "操作人", "创建时间 (UTC)", "更新时间 (UTC)",
            "亚马逊代码", "亚马逊消息"};

    @Override
    public int writeLog(Path target, Headings headings, List<ChangeEvent> events) {
        boolean zh = headings == Headings.ZH;
        return write(target, zh ? "调价日志" : "Change log", zh ? LOG_ZH : LOG_EN, (sheet, s) -> {
            int r = 0;
            for (ChangeEvent e : events) {
                Row row = sheet.createRow(++r);
                int c = 0;
                text(row, c++, time(e.at()), s);
                row.createCell(c++).setCellValue(e.changeId());
                text(row, c++, e.sellerSku(), s);
                text(row, c++, e.from().map(st -> state(st, zh)).orElse(""), s);
                text(row, c++, state(e.to(), zh), s);
                text(row, c++, e.actor(), s);
                money(row, c++, e.price().orElse(null), s);
                text(row, c++, in(e.note(), zh), s);
                text(row, c++, e.amazonCode().orElse(""), s);
                text(row, c, e.amazonMessage().orElse(""), s);
            }
            return r;
        });
    }

    @Override
    public int writeQueue(Path target, Headings headings, List<QueuedChange> changes) {
        boolean zh = headings == Headings.ZH;
        return write(target, zh ? "审批队列" : "Approval queue", zh ? QUEUE_ZH : QUEUE_EN, (sheet, s) -> {
            int r = 0;
            for (QueuedChange q : changes) {
                Row row = sheet.createRow(++r);
                int c = 0;
                row.createCell(c++).setCellValue(q.id());
                text(row, c++, q.sellerSku(), s);
                money(row, c++, q.oldPrice(), s);
                money(row, c++, q.newPrice(), s);
                Cell pct = row.createCell(c++);
                pct.setCellValue(q.changePct().doubleValue());
                pct.setCellStyle(s.decimal);
                money(row, c++, q.floor(), s);
                money(row, c++, q.ceiling(), s);
                text(row, c++, state(q.state(), zh), s);
                text(row, c++, q.ruleName() == null ? "" : q.ruleName(), s);
                row.createCell(c++).setCellValue(q.ruleSetVersion());
                text(row, c++, in(q.reason(), zh), s);
                text(row, c++, q.actor(), s);
                text(row, c++, time(q.createdAt()), s);
                text(row, c++, time(q.updatedAt()), s);
                text(row, c++, q.amazonCode().orElse(""), s);
                text(row, c, q.amazonMessage().orElse(""), s);
            }
            return r;
        });
    }

    private interface Rows {
        int write(SXSSFSheet sheet, Styles styles);
    }

    /** Writes to a temp file beside the target and moves it into place: a failure never leaves half a file. */
    private static int write(Path target, String sheetName, String[] headers, Rows rows) {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            Styles styles = new Styles(wb);
            SXSSFSheet sheet = wb.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers[i]);
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            int count = rows.write(sheet, styles);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(count, 1), 0, headers.length - 1));
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return count;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new SpreadsheetException("excel.error.write", e, target.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static String state(ChangeState s, boolean zh) {
        if (!zh) {
            return s.name().toLowerCase(Locale.ROOT);
        }
        return switch (s) {
            case PROPOSED -> "待审批";
            case APPROVED -> "已批准";
            case HELD -> "暂挂";
            case REJECTED -> "已驳回";
            case SUPERSEDED -> "已被取代";
            case EXPIRED -> "已过期";
            case SUBMITTING -> "提交中";
            case SUBMITTED -> "已提交";
            case CONFIRMED -> "已生效";
            case FAILED -> "失败";
        };
    }

    private static String in(Explanation e, boolean zh) {
        return zh ? e.chinese() : e.english();
    }

    private static String time(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toString();
    }

    private static void money(Row row, int column, Money m, Styles s) {
        Cell cell = row.createCell(column);
        if (m != null) {
            cell.setCellValue(m.rounded().amount().doubleValue());
            cell.setCellStyle(s.money);
        }
    }

    /** A string cell; text a spreadsheet would read as a formula is quote-prefixed so it stays text. */
    static void text(Row row, int column, String value, Styles s) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(startsLikeAFormula(value) ? s.quoted : s.text);
    }

    static boolean startsLikeAFormula(String v) {
        return !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0;
    }

    /** Cell styles are per workbook and limited in number: create each once. */
    static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle decimal;
        final CellStyle text;
        final CellStyle quoted;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            quoted = wb.createCellStyle();
            quoted.setDataFormat(wb.createDataFormat().getFormat("@"));
            quoted.setQuotePrefixed(true);
        }
    }
}
