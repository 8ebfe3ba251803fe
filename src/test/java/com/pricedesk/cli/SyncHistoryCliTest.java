package com.pricedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** demo builds 90 days of history and a live simulated marketplace; sync and history read and extend it. */
class SyncHistoryCliTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    @Test
    void demoHistoryAndSyncInSeparateRuns() throws Exception {
        CliHarness.Run demo = CliHarness.run("--data-dir", dir.toString(), "demo", "--skus", "40");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(Files.exists(dir.resolve("simulator").resolve("market.json"))).isTrue();

        ObjectMapper json = new ObjectMapper();
        String sku = json.readTree(CliHarness.run("--data-dir", dir.toString(), "skus", "list", "--json").out())
                .path("skus").get(0).path("sku").asText();
        CliHarness.Run history = CliHarness.run("--data-dir", dir.toString(), "history", "--sku", sku, "--days", "90",
                "--json");
        assertThat(history.exitCode()).as(history.err()).isZero();
        JsonNode doc = json.readTree(history.out());
        assertThat(doc.path("sku").asText()).isEqualTo(sku);
        JsonNode points = doc.path("points");
        assertThat(points).hasSize(90);
        assertThat(points.get(0).path("date").asText()).isEqualTo(TODAY.minusDays(89).toString());
        assertThat(points.get(89).path("date").asText()).isEqualTo(TODAY.toString());
        for (JsonNode p : List.of(points.get(0), points.get(50), points.get(88))) {
            assertThat(fieldNames(p)).containsExactly("date", "price", "buy_box_price", "lowest_competitor_price",
                    "units", "sessions", "bsr", "ad_spend", "ad_sales", "inventory");
            // Money as exact strings with cents, counts as numbers.
            assertThat(p.path("price").isTextual()).isTrue();
            assertThat(p.path("price").asText()).matches("\\d+\\.\\d{2}");
            assertThat(p.path("ad_spend").asText()).matches("\\d+\\.\\d{2}");
            assertThat(p.path("units").isInt()).isTrue();
            assertThat(p.path("bsr").asInt()).isPositive();
        }
        // Today came through the real client: price, Buy Box, rank and stock, not yet the day's sales.
        assertThat(points.get(89).path("price").isTextual()).isTrue();
        assertThat(points.get(89).path("bsr").isInt()).isTrue();
        assertThat(points.get(89).path("units").isNull()).isTrue();

        // A later run restarts the saved market in its own process and syncs into the same tables.
        CliHarness.Run sync = CliHarness.run("--data-dir", dir.toString(), "sync", "offers", "--json");
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        JsonNode kinds = json.readTree(sync.out()).path("kinds");
        assertThat(kinds).hasSize(1);
        assertThat(kinds.get(0).path("kind").asText()).isEqualTo("offers");
        assertThat(kinds.get(0).path("status").asText()).isEqualTo("done");
        assertThat(kinds.get(0).path("items").asInt()).isEqualTo(40);
        assertThat(kinds.get(0).path("fresh_as_of").asText()).startsWith("2026-11-29T");
    }

    @Test
    void usageAndInputErrors() {
        assertThat(CliHarness.run("--data-dir", dir.toString(), "sync", "everything").exitCode()).isEqualTo(2);
        assertThat(CliHarness.run("--data-dir", dir.toString(), "history").exitCode()).isEqualTo(2);
        assertThat(CliHarness.run("--data-dir", dir.toString(), "history", "--sku", "X", "--days", "0").exitCode())
                .isEqualTo(2);
        assertThat(CliHarness.run("--data-dir", dir.toString(), "history", "--sku", "NOPE").exitCode()).isEqualTo(3);
        CliHarness.Run notConnected = CliHarness.run("--data-dir", dir.toString(), "sync", "all");
        assertThat(notConnected.exitCode()).isEqualTo(3);
        assertThat(notConnected.err()).contains("connect");
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
