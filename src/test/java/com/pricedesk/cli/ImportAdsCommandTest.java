package com.pricedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.AppContext;
import com.pricedesk.domain.market.PortfolioDay;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.testing.Workbooks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-ads} end to end: real files, the real CLI, a real H2 workspace. */
class ImportAdsCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private static final Object[] EN_HEADER = {"Date", "Portfolio name", "Currency", "Campaign Name", "Ad Group Name",
            "Advertised SKU", "Advertised ASIN", "Impressions", "Clicks", "Click-Thru Rate (CTR)",
            "Cost Per Click (CPC)", "Spend", "7 Day Total Sales ", "Total Advertising Cost of Sales (ACOS) ",
            "7 Day Total Orders (#)"};
    private static final LocalDate D27 = LocalDate.of(2026, 11, 27);
    private static final LocalDate D28 = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run run(String... args) {
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

    @BeforeEach
    void catalogue() {
        Path costs = Workbooks.xlsx().sheet("成本", new Object[] {"SKU", "ASIN", "品名", "采购价(RMB)"},
                new Object[] {"ADS-1", "B0ADS00001", "收纳盒", 18.5},
                new Object[] {"ADS-2", "B0ADS00002", "水杯", 9}).save(dir.resolve("costs.xlsx"));
        assertThat(run("import-costs", costs.toString()).code()).isEqualTo(ExitCode.DONE);
    }

    private static Object[] en(String date, String campaign, String sku, String asin, Object spend, Object sales) {
        return new Object[] {date, "", "USD", campaign, "Ad group 1", sku, asin, 1200, 31, "2.58%", 0.42, spend, sales,
                "", 2};
    }

    private Path xlsx(String name, Object[]... rows) {
        List<Object[]> all = new ArrayList<>();
        all.add(EN_HEADER);
        all.addAll(List.of(rows));
        return Workbooks.xlsx().sheet("Sponsored_Products_Advertised_p", all.toArray(Object[][]::new))
                .save(dir.resolve(name));
    }

    /** What the store holds: every SKU's daily ad figures and the shop's daily ad spend, for "unchanged" checks. */
    private String stored() {
        try (AppContext app = AppContext.open(dir.resolve("ws"), CLOCK)) {
            StringBuilder s = new StringBuilder();
            for (String sku : List.of("ADS-1", "ADS-2", "GHOST")) {
                for (SkuDay d : app.marketHistory().history(sku, D27.minusDays(5), D28.plusDays(5))) {
                    s.append(sku).append(' ').append(d.day()).append(' ').append(d.adSpend()).append(' ')
                            .append(d.adSales()).append('\n');
                }
            }
            for (PortfolioDay p : app.marketHistory().portfolio(D27.minusDays(5), D28.plusDays(5))) {
                s.append("shop ").append(p.day()).append(' ').append(p.adSpend()).append('\n');
            }
            s.append("batches ").append(app.imports().batches().size());
            return s.toString();
        }
    }

    private SkuDay day(String sku, LocalDate day) {
        try (AppContext app = AppContext.open(dir.resolve("ws"), CLOCK)) {
            return app.marketHistory().history(sku, day, day).stream().findFirst().orElse(null);
        }
    }

    @Test
    void xlsxReportIsSummedPerSkuAndDayAndCanBeReverted() throws Exception {
        Path report = xlsx("sp-advertised-product.xlsx",
                en("2026-11-27", "Auto", "ADS-1", "B0ADS00001", 3.25, 25.98),
                en("2026-11-27", "Exact 收纳", "ADS-1", "B0ADS00001", "$1.10", ""),
                en("Nov 28, 2026", "Auto", "ADS-1", "B0ADS00001", 2, 12.99),
                en("2026-11-28", "Auto", "ADS-2", "B0ADS00002", 0.75, 0));

        Run r = run("import-ads", report.toString(), "--json");

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.DONE);
        JsonNode j = r.json();
        assertThat(j.get("rows_read").asInt()).isEqualTo(4);
        assertThat(j.get("skus").asInt()).isEqualTo(2);
        assertThat(j.get("days").asInt()).isEqualTo(2);
        assertThat(j.get("spend").asText()).isEqualTo("7.10");
        assertThat(j.get("sales").asText()).isEqualTo("38.97");
        assertThat(j.get("created").asInt()).isEqualTo(3);
        assertThat(j.get("errors")).isEmpty();
        assertThat(j.get("warnings")).isEmpty();
        long batch = j.get("batch_id").asLong();
        assertThat(batch).isPositive();

        SkuDay d27 = day("ADS-1", D27);
        assertThat(d27.adSpend()).isEqualByComparingTo("4.35");
        assertThat(d27.adSales()).isEqualByComparingTo("25.98");
        assertThat(day("ADS-1", D28).adSpend()).isEqualByComparingTo("2.00");
        assertThat(day("ADS-2", D28).adSales()).isEqualByComparingTo("0");
        try (AppContext app = AppContext.open(dir.resolve("ws"), CLOCK)) {
            assertThat(app.marketHistory().portfolio(D28, D28).get(0).adSpend()).isEqualByComparingTo("2.75");
        }

        JsonNode list = run("imports", "list", "--json").json().get("imports");
        assertThat(list).hasSize(2);
        assertThat(list.get(1).get("file").asText()).isEqualTo("sp-advertised-product.xlsx");
        assertThat(list.get(0).get("kind").asText()).isEqualTo("costs");
        assertThat(list.get(1).get("kind").asText()).isEqualTo("ads");

        // the same report again changes nothing
        JsonNode again = run("import-ads", report.toString(), "--json").json();
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        long second = again.get("batch_id").asLong();

        // the first cannot be undone before the later import of the same days
        Run refused = run("imports", "revert", Long.toString(batch));
        assertThat(refused.code()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(refused.err()).contains("later import").contains("ADS-1 2026-11-27");

        assertThat(run("imports", "revert", Long.toString(second)).code()).isEqualTo(ExitCode.DONE);
        Run reverted = run("imports", "revert", Long.toString(batch));
        assertThat(reverted.code()).as(reverted.err()).isEqualTo(ExitCode.DONE);
        assertThat(reverted.err()).contains("3 SKU-days");
        assertThat(day("ADS-1", D27).adSpend()).isNull();
        assertThat(day("ADS-1", D27).adSales()).isNull();
        try (AppContext app = AppContext.open(dir.resolve("ws"), CLOCK)) {
            assertThat(app.marketHistory().portfolio(D28, D28).get(0).adSpend()).isEqualByComparingTo("0");
        }
    }

    @Test
    void revertRestoresFiguresASyncHadStored() {
        try (AppContext app = AppContext.open(dir.resolve("ws"), CLOCK)) {
            app.marketHistory().mergeDays(List.of(SkuDay.empty("ADS-1", D27).withAds(new BigDecimal("9.99"),
                    new BigDecimal("30.00")).withSales(3, 40, new BigDecimal("59.97"))),
                    java.util.EnumSet.of(SkuDay.Field.ADS, SkuDay.Field.SALES));
        }
        Path report = xlsx("r.xlsx", en("2026-11-27", "Auto", "ADS-1", "B0ADS00001", 5, 20));
        JsonNode j = runJson("import-ads", report.toString(), "--json");
        assertThat(j.get("updated").asInt()).isEqualTo(1);
        assertThat(day("ADS-1", D27).adSpend()).isEqualByComparingTo("5");
        assertThat(day("ADS-1", D27).units()).isEqualTo(3);

        assertThat(run("imports", "revert", j.get("batch_id").asText()).code()).isEqualTo(ExitCode.DONE);
        SkuDay back = day("ADS-1", D27);
        assertThat(back.adSpend()).isEqualByComparingTo("9.99");
        assertThat(back.adSales()).isEqualByComparingTo("30.00");
        assertThat(back.orderedSales()).isEqualByComparingTo("59.97");
    }

    private JsonNode runJson(String... args) {
        try {
            Run r = run(args);
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.DONE);
            return r.json();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void chineseConsoleCsvInUtf8WithBomAndGbk() throws Exception {
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            Path csv = Workbooks.csv(dir.resolve("ads-" + cs.name() + ".csv"), cs, cs == StandardCharsets.UTF_8,
                    "开始日期,结束日期,广告组合名称,货币,广告活动名称,广告组名称,广告SKU,广告ASIN,展示量,点击量,花费(USD),7天总销售额,7天总订单数(#)",
                    "2026/11/27,2026/11/27,,USD,自动广告,组1,ADS-2,B0ADS00002,\"1,200\",12,\"$1,004.50\",\"$2,000.00\",3",
                    "2026/11/28,2026/11/28,,USD,自动广告,组1,,B0ADS00002,800,9,3.10,0,0");
            Run r = run("import-ads", csv.toString(), "--json");
            assertThat(r.code()).as(cs + " " + r.out() + r.err()).isEqualTo(ExitCode.DONE);
            assertThat(r.json().get("spend").asText()).isEqualTo("1007.60");
            assertThat(r.json().get("sales").asText()).isEqualTo("2000.00");
        }
        // the ASIN-only row found its SKU
        assertThat(day("ADS-2", D28).adSpend()).isEqualByComparingTo("3.10");
        assertThat(day("ADS-2", D27).adSales()).isEqualByComparingTo("2000.00");
    }

    @Test
    void unknownSkuIsAWarningAndItsRowIsSkipped() throws Exception {
        Path report = xlsx("r.xlsx", en("2026-11-27", "Auto", "ADS-1", "B0ADS00001", 1, 2),
                en("2026-11-27", "Auto", "GHOST", "B0GHOST001", 5, 6));
        Run r = run("import-ads", report.toString(), "--json");
        assertThat(r.code()).isEqualTo(ExitCode.DONE);
        JsonNode w = r.json().get("warnings");
        assertThat(w).hasSize(1);
        assertThat(w.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(w.get(0).get("column").asText()).isEqualTo("F");
        assertThat(w.get(0).get("header").asText()).isEqualTo("Advertised SKU");
        assertThat(w.get(0).get("message").asText()).contains("GHOST").contains("not in the catalogue");
        assertThat(r.json().get("skipped").asInt()).isEqualTo(1);
        assertThat(r.json().get("spend").asText()).isEqualTo("1.00");
        assertThat(day("GHOST", D27)).isNull();
    }

    @Test
    void badCellsAreLocatedAndNothingIsStored() throws Exception {
        String before = stored();
        Path report = xlsx("bad.xlsx", en("2026-11-27", "Auto", "ADS-1", "B0ADS00001", 1, 2),
                en("2026-11-27", "Auto", "ADS-2", "B0ADS00002", -0.5, 2),
                en("2026-11-28", "Auto", "ADS-2", "B0ADS00002", "abc", 2),
                en("28.11.2026x", "Auto", "ADS-2", "B0ADS00002", 1, "12,5"),
                en("2026-11-28", "Auto", "ADS-1", "B0ADS00001", "¥3", 2),
                en("2026-11-28", "Auto", "", "", 1, 2));

        Run r = run("import-ads", report.toString(), "--json");

        assertThat(r.code()).isEqualTo(ExitCode.INPUT_REJECTED);
        JsonNode j = r.json();
        assertThat(j.get("batch_id").isNull()).isTrue();
        JsonNode e = j.get("errors");
        assertThat(e).hasSize(6);
        assertThat(e.get(0).get("sheet").asText()).isEqualTo("Sponsored_Products_Advertised_p");
        assertThat(e.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(e.get(0).get("column").asText()).isEqualTo("L");
        assertThat(e.get(0).get("header").asText()).isEqualTo("Spend");
        assertThat(e.get(0).get("value").asText()).isEqualTo("-0.5");
        assertThat(e.get(0).get("message").asText()).contains("negative");
        assertThat(e.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(e.get(1).get("message").asText()).contains("\"abc\" is not a number");
        assertThat(e.get(2).get("row").asInt()).isEqualTo(5);
        assertThat(e.get(2).get("column").asText()).isEqualTo("A");
        assertThat(e.get(2).get("message").asText()).contains("not a date");
        assertThat(e.get(3).get("column").asText()).isEqualTo("M");
        assertThat(e.get(3).get("message").asText()).contains("\"12,5\" is not a number");
        assertThat(e.get(4).get("row").asInt()).isEqualTo(6);
        assertThat(e.get(4).get("message").asText()).contains("not US dollars");
        assertThat(e.get(5).get("row").asInt()).isEqualTo(7);
        assertThat(e.get(5).get("message").asText()).contains("neither an advertised SKU nor an ASIN");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void missingColumnIsNamedAndNothingIsStored() throws Exception {
        String before = stored();
        Path report = Workbooks.xlsx().sheet("Report",
                new Object[] {"Date", "Campaign Name", "Advertised SKU", "Impressions", "Clicks", "Spend"},
                new Object[] {"2026-11-27", "Auto", "ADS-1", 10, 1, 1.5}).save(dir.resolve("no-sales.xlsx"));
        Run r = run("import-ads", report.toString(), "--json");
        assertThat(r.code()).isEqualTo(ExitCode.INPUT_REJECTED);
        String message = r.json().get("errors").get(0).get("message").asText();
        assertThat(message).contains("7 Day Total Sales").contains("Report").contains("Campaign Name");
        assertThat(stored()).isEqualTo(before);

        Path costSheet = dir.resolve("costs.xlsx");
        Run notAds = run("import-ads", costSheet.toString());
        assertThat(notAds.code()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(notAds.err()).contains("lacks the column");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void summaryReportOverSeveralDaysIsRefusedWithTheRowNamed() throws Exception {
        Path csv = Workbooks.csv(dir.resolve("summary.csv"), StandardCharsets.UTF_8, false,
                "Start Date,End Date,Campaign Name,Advertised SKU,Spend,7 Day Total Sales",
                "2026-11-01,2026-11-28,Auto,ADS-1,31.00,120.00");
        String before = stored();
        Run r = run("import-ads", csv.toString(), "--json");
        assertThat(r.code()).isEqualTo(ExitCode.INPUT_REJECTED);
        JsonNode e = r.json().get("errors").get(0);
        assertThat(e.get("row").asInt()).isEqualTo(2);
        assertThat(e.get("column").asText()).isEqualTo("B");
        assertThat(e.get("message").asText()).contains("Daily");
        assertThat(stored()).isEqualTo(before);
    }
}
