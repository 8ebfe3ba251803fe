package com.pricedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.AppContext;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.testing.Workbooks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export report} and {@code export amazon-price-file} on a demo workspace, read back with POI. */
class PricingExportsCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliRunner cli = new CliRunner(d -> AppContext.open(d, CLOCK), (d, l) -> 0, Locale.US);
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("ws").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void demo() {
        Run demo = run("demo", "--skus", "12");
        assertThat(demo.code()).as(demo.err()).isZero();
        // one SKU whose title a spreadsheet would take for a formula, one whose costs put its floor above its price
        List<Sku> skus;
        try (AppContext app = AppContext.open(dir.resolve("ws"), CLOCK)) {
            skus = app.catalog().overview(java.util.Optional.empty()).stream()
                    .map(o -> new Sku(o.sellerSku(), o.asin(), o.title(), o.localTitle(), o.category(), o.tier(),
                            o.tags(), null, null))
                    .toList();
        }
        Path sheet = Workbooks.xlsx().sheet("成本", new Object[] {"SKU", "品名", "采购价(RMB)"},
                new Object[] {skus.get(0).sellerSku(), "=HYPERLINK(\"http://x\",\"y\")", null},
                new Object[] {skus.get(1).sellerSku(), null, 5000}).save(dir.resolve("edit.xlsx"));
        Run edit = run("import-costs", sheet.toString(), "--json");
        assertThat(edit.code()).as(edit.out() + edit.err()).isZero();
    }

    private static List<String> skus() throws Exception {
        List<String> out = new ArrayList<>();
        run("skus", "list", "--json").json().get("skus").forEach(s -> out.add(s.get("sku").asText()));
        return out.stream().sorted().toList();
    }

    private static Map<String, Integer> headerIndex(Row header) {
        Map<String, Integer> m = new HashMap<>();
        for (Cell c : header) {
            m.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return m;
    }

    @Test
    void reportMatchesQuoteToTheCentAndIsAProperSheet() throws Exception {
        Path file = dir.resolve("report.xlsx");
        Run r = run("export", "report", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> skus = skus();
        assertThat(r.err()).contains("Wrote the profit report of " + skus.size() + " SKUs");
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheet("Profit");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getCTWorksheet().getAutoFilter()).isNotNull();
            Map<String, Integer> col = headerIndex(s.getRow(0));
            assertThat(col).containsKeys("SKU", "Price (USD)", "Purchase cost", "FBA fulfillment fee", "Referral fee",
                    "Profit per unit (USD)", "Margin (%)", "ROI (%)", "Break-even price (USD)", "Floor price (USD)",
                    "Ceiling price (USD)", "KPI status");
            assertThat(s.getLastRowNum()).isEqualTo(skus.size());
            int checked = 0;
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                Row row = s.getRow(i);
                String sku = row.getCell(col.get("SKU")).getStringCellValue();
                assertThat(sku).isEqualTo(skus.get(i - 1));
                JsonNode q = run("quote", "--sku", sku, "--json").json();
                if (!q.hasNonNull("profit") || row.getCell(col.get("Profit per unit (USD)")) == null) {
                    continue;
                }
                assertThat(money(row, col.get("Price (USD)"))).isEqualByComparingTo(q.get("price").asText());
                assertThat(money(row, col.get("Profit per unit (USD)"))).isEqualByComparingTo(q.get("profit").asText());
                assertThat(money(row, col.get("Break-even price (USD)")))
                        .isEqualByComparingTo(q.get("break_even").asText());
                assertThat(money(row, col.get("Floor price (USD)"))).isEqualByComparingTo(q.get("floor").asText());
                assertThat(row.getCell(col.get("Margin (%)")).getNumericCellValue())
                        .isEqualTo(q.get("margin_pct").asDouble());
                assertThat(row.getCell(col.get("Price (USD)")).getCellStyle().getDataFormatString())
                        .isEqualTo("#,##0.00");
                assertThat(row.getCell(col.get("KPI status")).getStringCellValue()).isIn("OK", "Warning", "Breach");
                checked++;
            }
            assertThat(checked).isGreaterThanOrEqualTo(skus.size() - 2);
            Row injected = s.getRow(1);
            Cell title = injected.getCell(col.get("Product title"));
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    private static BigDecimal money(Row row, int column) {
        return BigDecimal.valueOf(row.getCell(column).getNumericCellValue());
    }

    @Test
    void reportHeadersFollowTheLanguage() throws Exception {
        Path file = dir.resolve("报告.xlsx");
        assertThat(run("--lang", "zh-CN", "export", "report", file.toString()).code()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheet("利润");
            assertThat(headerIndex(s.getRow(0))).containsKeys("SKU", "售价(USD)", "底价(USD)", "保本价(USD)", "毛利率(%)",
                    "KPI 状态");
        }
    }

    @Test
    void amazonPriceFileKeepsEveryPriceWithinItsGuardrails() throws Exception {
        Path file = dir.resolve("price-quantity.xlsx");
        Run r = run("export", "amazon-price-file", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> skus = skus();
        String above = skus.get(1);
        assertThat(r.err()).contains("Left out").contains(above + ": the current price");
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            Row header = s.getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertThat(names).containsExactly("sku", "price", "minimum-seller-allowed-price",
                    "maximum-seller-allowed-price", "quantity");
            assertThat(s.getLastRowNum()).isBetween(1, skus.size() - 1);
            int withQuantity = 0;
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                Row row = s.getRow(i);
                String sku = row.getCell(0).getStringCellValue();
                assertThat(sku).isNotEqualTo(above);
                BigDecimal price = money(row, 1);
                BigDecimal min = money(row, 2);
                BigDecimal max = money(row, 3);
                assertThat(min).isLessThanOrEqualTo(price);
                assertThat(price).isLessThanOrEqualTo(max);
                JsonNode q = run("quote", "--sku", sku, "--json").json();
                assertThat(price).isEqualByComparingTo(q.get("price").asText());
                assertThat(min).isEqualByComparingTo(q.get("floor").asText());
                if (row.getCell(4) != null) {
                    withQuantity++;
                    assertThat(row.getCell(4).getNumericCellValue()).isGreaterThanOrEqualTo(0);
                }
            }
            assertThat(withQuantity).isPositive();
        }

        Path txt = dir.resolve("price-quantity.txt");
        assertThat(run("export", "amazon-price-file", txt.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(txt);
        assertThat(lines.get(0)).isEqualTo(
                "sku\tprice\tminimum-seller-allowed-price\tmaximum-seller-allowed-price\tquantity");
        assertThat(lines.get(1)).matches("[^\\t]+\\t\\d+\\.\\d{2}\\t\\d+\\.\\d{2}\\t\\d+\\.\\d{2}\\t\\d*");
    }
}
