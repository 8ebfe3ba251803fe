package com.pricedesk.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.TableSink.Column;
import com.pricedesk.domain.port.TableSink.Kind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableWriterTest {
    @TempDir
    Path dir;

    private static final List<Column> COLUMNS = List.of(new Column("SKU", Kind.TEXT, 12),
            new Column("品名", Kind.TEXT, 30), new Column("Price (USD)", Kind.MONEY, 10),
            new Column("Margin (%)", Kind.PERCENT, 10), new Column("quantity", Kind.INTEGER, 8));

    @Test
    void formulaLikeUserTextIsWrittenAsQuotedTextNeverAsAFormula() throws Exception {
        Path file = dir.resolve("t.xlsx");
        List<String> nasty = List.of("=HYPERLINK(\"http://evil\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)",
                "=cmd|' /C calc'!A0");
        int written = new TableWriter().write(file, "Report", COLUMNS, out -> {
            for (String n : nasty) {
                out.accept(Arrays.asList(n, n, Money.usd("19.99"), new BigDecimal("-12.5"), 3));
            }
        });
        assertThat(written).isEqualTo(nasty.size());
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheet("Report");
            for (int r = 1; r <= nasty.size(); r++) {
                Row row = s.getRow(r);
                for (int c = 0; c < 2; c++) {
                    Cell cell = row.getCell(c);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(nasty.get(r - 1));
                    assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                }
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(19.99);
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(-12.5);
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(3);
            }
            for (Row row : s) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void headerIsFrozenFilteredAndColumnsHaveNumberFormats() throws Exception {
        Path file = dir.resolve("t.xlsx");
        new TableWriter().write(file, "Report", COLUMNS, out -> out.accept(Arrays.asList("A-1", "Plain title",
                Money.usd("1234.5"), new BigDecimal("25.00"), null)));
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheet("Report");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E2");
            Row header = s.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("品名");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row row = s.getRow(1);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(row.getCell(4)).isNull();
        }
        assertThat(dir.resolve("t.xlsx.part")).doesNotExist();
    }

    @Test
    void txtTargetIsTabSeparatedTextWithoutStrayTabs() throws Exception {
        Path file = dir.resolve("prices.txt");
        new TableWriter().write(file, "ignored", COLUMNS, out -> out.accept(Arrays.asList("A-1", "tab\there",
                Money.usd("19.90"), null, 7)));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "SKU\t品名\tPrice (USD)\tMargin (%)\tquantity\r\nA-1\ttab here\t19.90\t\t7\r\n");
    }
}
