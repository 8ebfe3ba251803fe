package com.pricedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.AppContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fees} and {@code quote} end to end: JSON fields of CLI.md, exit codes 0/2/3. */
class EconomicsCommandsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        CliRunner cli = new CliRunner(d -> AppContext.open(d, CLOCK), (d, l) -> 0, Locale.US);
        return cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void feesInInchesAndPounds() throws Exception {
        int rc = run("fees", "--price", "19.99", "--category", "Home and Kitchen", "--length-in", "10", "--width-in", "6",
                "--height-in", "3", "--weight-lb", "1.2", "--json");
        assertThat(rc).isZero();
        JsonNode j = json();
        assertThat(j.get("size_tier").asText()).isEqualTo("large_standard");
        assertThat(j.get("shipping_weight_lb").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(j.get("fba_fee").asText()).isEqualTo("5.42");
        assertThat(j.get("referral_fee").asText()).isEqualTo("3.00");
        assertThat(j.get("referral_rate_pct").decimalValue()).isEqualByComparingTo("15");
        assertThat(j.get("fee_schedule").get("fulfillment").asText()).isEqualTo("fba-us-2026");
    }

    @Test
    void feesInCentimetresAndKilogramsWithTheFuelSurchargeAfterMidApril() throws Exception {
        int rc = run("fees", "--price", "9.99", "--category", "Home and Kitchen", "--length-cm", "15.24",
                "--width-cm", "10.16", "--height-cm", "1.27", "--weight-kg", "0.085", "--date", "2026-05-04", "--json");
        assertThat(rc).isZero();
        JsonNode j = json();
        // 6×4×0.5 in, 0.085 kg = 2.998 oz → small standard 2-4 oz, under $10: 2.49 + 3.5% = 2.57715
        assertThat(j.get("size_tier").asText()).isEqualTo("small_standard");
        assertThat(j.get("fba_rate_card_fee").asText()).isEqualTo("2.49");
        assertThat(j.get("fuel_surcharge").asText()).isEqualTo("0.09");
        assertThat(j.get("fba_fee").asText()).isEqualTo("2.58");
        assertThat(j.get("referral_fee").asText()).isEqualTo("1.50");
    }

    @Test
    void badInputIsRejectedWithExitThreeNamingTheProblem() {
        assertThat(run("fees", "--price", "19.99", "--category", "Home and Kitchen", "--length-in", "10",
                "--width-in", "0", "--height-in", "3", "--weight-lb", "1")).isEqualTo(3);
        assertThat(err.toString()).contains("Width must be positive, was 0 in");
        assertThat(run("fees", "--price", "19.99", "--category", "Home and Kitchen", "--length-in", "10",
                "--width-in", "6", "--height-in", "3")).isEqualTo(3);
        assertThat(err.toString()).contains("--weight-lb is missing");
        assertThat(run("fees", "--price", "19.99", "--category", "Pet Supply", "--length-in", "10",
                "--width-in", "6", "--height-in", "3", "--weight-lb", "1")).isEqualTo(3);
        assertThat(err.toString()).contains("Unknown category 'Pet Supply'").contains("Pet Supplies");
        assertThat(run("fees", "--price", "19.99", "--category", "Home and Kitchen", "--length-in", "10",
                "--width-in", "6", "--height-in", "3", "--weight-lb", "1", "--date", "2023-01-01")).isEqualTo(3);
        assertThat(err.toString()).contains("No size tier table covers 2023-01-01");
        assertThat(run("fees", "--price", "-5", "--category", "Home and Kitchen", "--length-in", "10",
                "--width-in", "6", "--height-in", "3", "--weight-lb", "1")).isEqualTo(3);
        assertThat(err.toString()).contains("Price must be positive, was -5");
    }

    @Test
    void mixingUnitSystemsIsAUsageError() {
        assertThat(run("fees", "--price", "19.99", "--category", "Home and Kitchen", "--length-in", "10",
                "--width-cm", "6", "--height-in", "3", "--weight-lb", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("not both");
    }

    @Test
    void errorsFollowTheChosenLanguage() {
        assertThat(run("--lang", "zh-CN", "fees", "--price", "19.99", "--category", "Pet Supply", "--length-in", "10",
                "--width-in", "6", "--height-in", "3", "--weight-lb", "1")).isEqualTo(3);
        assertThat(err.toString()).contains("未知类目").contains("Pet Supplies");
    }

    @Test
    void quoteOfADemoSku() throws Exception {
        assertThat(run("demo", "--skus", "20")).isZero();
        assertThat(run("skus", "list", "--limit", "1", "--json")).isZero();
        String sku = json().get("skus").get(0).get("sku").asText();
        out.getBuffer().setLength(0);
        assertThat(run("quote", "--sku", sku, "--price", "29.99", "--json")).isZero();
        JsonNode j = json();
        assertThat(j.get("price").asText()).isEqualTo("29.99");
        for (String field : List.of("landed_cost", "advertising", "profit", "break_even", "floor")) {
            assertThat(j.get(field).asText()).as(field).matches("-?\\d+\\.\\d{2}");
        }
        assertThat(j.get("fees").get("referral").asText()).matches("\\d+\\.\\d{2}");
        assertThat(j.get("fees").get("fba").asText()).matches("\\d+\\.\\d{2}");
        assertThat(j.get("margin_pct").isNumber()).isTrue();
        assertThat(j.get("roi_pct").isNumber()).isTrue();
        assertThat(j.has("ceiling")).isTrue();
        // the waterfall explains every cent of the profit
        java.math.BigDecimal rest = j.get("price").decimalValue();
        for (JsonNode line : j.get("waterfall")) {
            rest = rest.subtract(line.get("amount").decimalValue());
        }
        assertThat(rest).isEqualByComparingTo(j.get("profit").decimalValue());
    }

    @Test
    void quoteOfAnUnknownSkuIsRejected() {
        assertThat(run("quote", "--sku", "NOPE")).isEqualTo(3);
        assertThat(err.toString()).contains("Unknown SKU 'NOPE'");
    }
}
