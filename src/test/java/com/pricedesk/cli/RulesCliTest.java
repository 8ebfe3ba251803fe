package com.pricedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules list|export|import} and {@code reprice} end to end on a demo workspace. */
class RulesCliTest {
    private final ObjectMapper json = new ObjectMapper();

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
    void theDemoShipsTheSeedRuleAndListsIt() throws Exception {
        run("demo", "--skus", "12");
        CliHarness.Run text = run("rules", "list");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Rule set v1", "[follow-fba-undercut] Follow FBA undercut",
                "when gap to lowest competitor ≥ 5% and BSR ≤ 10 then −3%; never below 20% margin; scope: every SKU");
        CliHarness.Run zh = run("--lang", "zh-CN", "rules", "list");
        assertThat(zh.out()).contains("当 与竞品最低价差距 ≥ 5% 且 BSR排名 ≤ 10 则 降价 3%; 毛利率不低于 20%");
        JsonNode doc = json.readTree(run("rules", "list", "--json").out());
        assertThat(doc.get("rule_set_version").asInt()).isEqualTo(1);
        assertThat(doc.get("rules").get(0).get("id").asText()).isEqualTo("follow-fba-undercut");
        assertThat(doc.get("conflicts")).isEmpty();
    }

    @Test
    void exportThenImportMakesANewVersionAndABadFileChangesNothing() throws Exception {
        run("demo", "--skus", "5");
        Path file = dir.resolve("rules.json");
        CliHarness.Run export = run("rules", "export", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        String exported = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json.readTree(exported).get("rules").get(0).get("min_margin_pct").asText()).isEqualTo("20");

        CliHarness.Run imported = run("rules", "import", file.toString(), "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(json.readTree(imported.out()).get("rule_set_version").asInt()).isEqualTo(2);

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, exported.replace("\"move_by\"", "\"teleport\""));
        CliHarness.Run rejected = run("rules", "import", bad.toString());
        assertThat(rejected.exitCode()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(rejected.err()).contains("not imported", "rules[0].action.type", "teleport");
        assertThat(json.readTree(run("rules", "list", "--json").out()).get("rule_set_version").asInt()).isEqualTo(2);

        CliHarness.Run missing = run("rules", "import", dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INPUT_REJECTED);
    }

    @Test
    void repriceDryRunOnTheDemoReadsTheSyncedMarketAndHoldsANewSkuItCannotPrice() throws Exception {
        run("demo", "--skus", "8");
        CliHarness.Run r = run("reprice", "--dry-run", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = json.readTree(r.out());
        assertThat(doc.fieldNames()).toIterable().contains("decisions", "held", "conflicts");
        // The demo synced its market: every SKU is evaluated on market facts, none held for want of them.
        assertThat(doc.get("decisions").size() + doc.get("held").size() + doc.get("conflicts").size()
                + doc.get("unchanged").asInt()).isEqualTo(8);
        doc.get("held").forEach(h -> assertThat(h.get("hold").asText()).isNotEqualTo("no_market_data"));

        // A SKU the marketplace has never reported on (just imported) has no snapshot and is held.
        Path sheet = com.pricedesk.testing.Workbooks.xlsx().sheet("成本",
                new Object[] {"SKU", "品名", "采购价(RMB)", "头程运费(RMB/kg)", "重量(kg)"},
                new Object[] {"NEW-1", "收纳盒", 18.5, 12, 0.4}).save(dir.resolve("new.xlsx"));
        assertThat(run("import-costs", sheet.toString()).exitCode()).isZero();
        CliHarness.Run one = run("reprice", "--dry-run", "--sku", "NEW-1", "--json");
        assertThat(one.exitCode()).as(one.err()).isEqualTo(ExitCode.BLOCKED);
        JsonNode held = json.readTree(one.out()).get("held").get(0);
        // It has no price either, which is checked first.
        assertThat(held.get("hold").asText()).isEqualTo("no_price");

        CliHarness.Run text = run("--lang", "zh-CN", "reprice", "--dry-run");
        assertThat(text.err()).contains("规则组 v1");
    }

    @Test
    void repriceOfOneHeldSkuIsBlockedAndAnUnknownSkuIsRejected() throws Exception {
        run("demo", "--skus", "3");
        Path sheet = com.pricedesk.testing.Workbooks.xlsx().sheet("成本",
                new Object[] {"SKU", "品名", "采购价(RMB)", "头程运费(RMB/kg)", "重量(kg)"},
                new Object[] {"NEW-1", "收纳盒", 18.5, 12, 0.4}).save(dir.resolve("new.xlsx"));
        assertThat(run("import-costs", sheet.toString()).exitCode()).isZero();
        assertThat(run("reprice", "--dry-run", "--sku", "NEW-1").exitCode()).isEqualTo(ExitCode.BLOCKED);
        CliHarness.Run unknown = run("reprice", "--dry-run", "--sku", "NOPE");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(unknown.err()).contains("No SKU 'NOPE'");
    }

    @Test
    void repriceWithoutDryRunQueuesTheDecisions() throws Exception {
        run("demo", "--skus", "3");
        CliHarness.Run r = run("reprice", "--json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.DONE);
        JsonNode doc = json.readTree(r.out());
        assertThat(doc.get("dry_run").asBoolean()).isFalse();
        assertThat(doc.get("queued").asInt()).isEqualTo(doc.get("decisions").size());
        JsonNode queue = json.readTree(run("queue", "list", "--json").out());
        assertThat(queue.get("changes").size()).isEqualTo(doc.get("queued").asInt());
    }
}
