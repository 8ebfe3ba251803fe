package com.pricedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regular price end to end: set with {@code skus regular-price} (bad input refused, nothing
 * stored), a "restore the regular price" rule imported, market facts synced from the demo's
 * simulator, and {@code reprice --dry-run} proposing it within the guardrails, or holding the SKU
 * that has none with the reason.
 */
class RegularPriceCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliHarness.Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliHarness.run(all);
    }

    @Test
    void aRestoreRuleProposesTheRegularPriceAndHoldsTheSkuWithoutOne() throws Exception {
        CliHarness.Run demo = run("demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        CliHarness.Run sync = run("sync", "offers", "--json");
        assertThat(sync.exitCode()).as(sync.err()).isZero();

        // Candidates: priced above $20, inside their floor and ceiling.
        List<JsonNode> candidates = new ArrayList<>();
        for (JsonNode s : JSON.readTree(run("skus", "list", "--json").out()).path("skus")) {
            if (s.path("price").isTextual() && s.path("floor").isTextual()
                    && new BigDecimal(s.path("price").asText()).compareTo(new BigDecimal("20")) > 0
                    && !s.path("below_floor_margin").asBoolean() && s.path("ceiling").isNull()) {
                candidates.add(s);
            }
        }
        assertThat(candidates.size()).isGreaterThan(4);
        List<JsonNode> withRegular = candidates.subList(0, 3);
        String without = candidates.get(3).path("sku").asText();

        // Bad input names the SKU and the value, and stores nothing.
        String first = withRegular.get(0).path("sku").asText();
        for (String bad : new String[] {"-3", "12.345", "abc", "250000"}) {
            CliHarness.Run r = run("skus", "regular-price", "--sku", first, "--price", bad);
            assertThat(r.exitCode()).as(bad + ": " + r.err()).isEqualTo(ExitCode.INPUT_REJECTED);
            assertThat(r.err()).contains(first).contains(bad).contains("Nothing was stored");
        }
        CliHarness.Run zh = run("--lang", "zh-CN", "skus", "regular-price", "--sku", first, "--price", "12.345");
        assertThat(zh.err()).contains("常规售价").contains("未保存任何内容");
        CliHarness.Run unknown = run("skus", "regular-price", "--sku", "NO-SUCH-SKU", "--price", "10");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(unknown.err()).contains("NO-SUCH-SKU");
        assertThat(JSON.readTree(run("skus", "regular-price", "--sku", first, "--json").out())
                .path("regular_price").isNull()).isTrue();

        // Set: current price + $1.00, inside the 10% step for prices above $20.
        List<String> ids = new ArrayList<>();
        for (JsonNode s : withRegular) {
            String id = s.path("sku").asText();
            String regular = new BigDecimal(s.path("price").asText()).add(BigDecimal.ONE).toPlainString();
            CliHarness.Run set = run("skus", "regular-price", "--sku", id, "--price", regular, "--json");
            assertThat(set.exitCode()).as(set.err()).isZero();
            assertThat(JSON.readTree(set.out()).path("regular_price").asText()).isEqualTo(regular);
            ids.add(id);
        }

        // A restore rule above the starter rule, scoped to the three SKUs and the one without.
        Path rules = dir.resolve("rules.json");
        assertThat(run("rules", "export", rules.toString()).exitCode()).isZero();
        ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(rules));
        ObjectNode restore = ((ObjectNode) doc.path("rules").get(0)).deepCopy();
        restore.put("id", "restore-after-promo");
        restore.put("name", "Restore after promo");
        restore.put("priority", 900);
        ArrayNode skus = ((ObjectNode) restore.path("scope")).putArray("skus");
        ids.forEach(skus::add);
        skus.add(without);
        ((ObjectNode) restore.path("scope")).putArray("tiers");
        ((ObjectNode) restore.path("conditions")).putArray("list");
        restore.putObject("action").put("type", "restore_regular_price");
        restore.putNull("min_margin_pct");
        ((ArrayNode) doc.path("rules")).add(restore);
        Files.writeString(rules, JSON.writeValueAsString(doc));
        CliHarness.Run imported = run("rules", "import", rules.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        CliHarness.Run reprice = run("reprice", "--dry-run", "--json");
        assertThat(reprice.exitCode()).as(reprice.err()).isZero();
        JsonNode out = JSON.readTree(reprice.out());
        int restored = 0;
        for (JsonNode d : out.path("decisions")) {
            if (!d.path("rule_id").asText().equals("restore-after-promo")) {
                continue;
            }
            assertThat(ids).contains(d.path("sku").asText());
            BigDecimal price = new BigDecimal(d.path("new_price").asText());
            assertThat(price).as(d.toString()).isBetween(new BigDecimal(d.path("floor").asText()),
                    new BigDecimal(d.path("ceiling").asText()));
            assertThat(d.path("reason_en").asText()).contains("restore the regular price $");
            if (d.path("clamped_by").isEmpty()) {
                assertThat(price).isEqualTo(new BigDecimal(d.path("old_price").asText()).add(BigDecimal.ONE));
                restored++;
            }
        }
        assertThat(restored).as(reprice.out()).isGreaterThan(0);
        JsonNode held = null;
        for (JsonNode h : out.path("held")) {
            if (h.path("sku").asText().equals(without)) {
                held = h;
            }
        }
        assertThat(held).as(reprice.out()).isNotNull();
        assertThat(held.path("hold").asText()).isEqualTo("missing_input");
        assertThat(held.path("rule_id").asText()).isEqualTo("restore-after-promo");
        assertThat(held.path("reason_en").asText()).contains("Restore after promo", "regular price is unknown");
        assertThat(held.path("reason_zh").asText()).contains("常规售价未知");

        // Cleared: the SKU is held like the one without.
        assertThat(run("skus", "regular-price", "--sku", first, "--clear").exitCode()).isZero();
        JsonNode again = JSON.readTree(run("reprice", "--dry-run", "--sku", first, "--json").out());
        assertThat(again.path("held").get(0).path("hold").asText()).isEqualTo("missing_input");
    }
}
