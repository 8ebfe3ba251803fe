package com.pricedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.app.rules.StarterRules;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the demo workspace with its simulated marketplace, a sync through the real client in a
 * later run, and the engine on the synced market facts. The starter rule must move real SKUs, and no
 * decision may leave its floor and ceiling.
 */
class RepriceFromMarketCliTest {
    @TempDir
    Path dir;

    @Test
    void theStarterRuleMovesDemoSkusFromSyncedMarketFactsWithinTheirGuardrails() throws Exception {
        CliHarness.Run demo = CliHarness.run("--data-dir", dir.toString(), "demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        CliHarness.Run sync = CliHarness.run("--data-dir", dir.toString(), "sync", "offers", "--json");
        assertThat(sync.exitCode()).as(sync.err()).isZero();

        CliHarness.Run reprice = CliHarness.run("--data-dir", dir.toString(), "reprice", "--dry-run", "--json");
        assertThat(reprice.exitCode()).as(reprice.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(reprice.out());

        List<JsonNode> decisions = new ArrayList<>();
        doc.path("decisions").forEach(decisions::add);
        assertThat(decisions).anySatisfy(d -> {
            assertThat(d.path("rule_id").asText()).isEqualTo(StarterRules.FOLLOW_FBA_UNDERCUT);
            assertThat(d.path("reason_en").asText()).startsWith("Rule 'Follow FBA undercut' v1: competitor at $")
                    .contains("BSR");
            assertThat(d.path("facts").path("bsr").asInt()).isBetween(1, 10);
            assertThat(new BigDecimal(d.path("facts").path("competitor_gap_pct").asText()))
                    .isGreaterThanOrEqualTo(new BigDecimal("5"));
        });
        for (JsonNode d : decisions) {
            BigDecimal price = new BigDecimal(d.path("new_price").asText());
            assertThat(price).as(d.toString()).isBetween(new BigDecimal(d.path("floor").asText()),
                    new BigDecimal(d.path("ceiling").asText()));
        }
        // The market facts arrived: no SKU is held for want of them, nor for their age.
        doc.path("held").forEach(h -> assertThat(h.path("hold").asText()).as(h.toString())
                .isNotIn("no_market_data", "stale_data"));

        JsonNode skus = new ObjectMapper().readTree(CliHarness.run("--data-dir", dir.toString(), "skus", "list",
                "--json").out()).path("skus");
        assertThat(skus).hasSize(300);
        int withBuyBox = 0;
        for (JsonNode s : skus) {
            assertThat(s.has("buy_box_price") && s.has("lowest_competitor_price") && s.has("ceiling")
                    && s.has("data_as_of")).as(s.toString()).isTrue();
            assertThat(s.path("kpi_status").asText()).isIn(Set.of("ok", "warning", "breach", "unknown"));
            assertThat(s.path("data_as_of").asText()).isEqualTo("2026-11-29T08:00:00Z");
            if (s.path("buy_box_price").isTextual()) {
                assertThat(s.path("buy_box_price").asText()).matches("\\d+\\.\\d{2}");
                withBuyBox++;
            }
        }
        assertThat(withBuyBox).isGreaterThan(200);
    }
}
