package com.pricedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract of CLI.md, run end to end on a temporary workspace. */
class CliTest {
    @TempDir
    Path dir;

    @Test
    void versionPrintsTheProductAndVersion() {
        CliHarness.Run r = CliHarness.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().trim()).matches("PriceDesk \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void helpListsOnlyWorkingCommandsInTheChosenLanguage() {
        CliHarness.Run en = CliHarness.run("--help");
        assertThat(en.exitCode()).isZero();
        assertThat(en.out()).contains("demo", "skus", "--data-dir", "--lang", "Create the demo workspace");
        CliHarness.Run zh = CliHarness.run("--lang", "zh-CN", "--help");
        assertThat(zh.out()).contains("创建演示工作区", "工作区文件夹");
    }

    @Test
    void demoThenSkusListAsJson() throws Exception {
        CliHarness.Run demo = CliHarness.run("--data-dir", dir.toString(), "demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.err()).contains("300 SKUs");

        CliHarness.Run list = CliHarness.run("--data-dir", dir.toString(), "skus", "list", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(list.out());
        JsonNode skus = doc.get("skus");
        assertThat(skus.size()).isEqualTo(300);
        JsonNode first = skus.get(0);
        assertThat(first.fieldNames()).toIterable().contains("sku", "asin", "title", "tier", "price", "landed_cost");
        assertThat(first.get("price").asText()).matches("\\d+\\.\\d{2}");
        assertThat(first.get("landed_cost").asText()).matches("\\d+\\.\\d{2}");
        assertThat(first.get("asin").asText()).matches("B0[0-9A-Z]{8}");
    }

    @Test
    void skusListFiltersByTierAndLimits() throws Exception {
        CliHarness.run("--data-dir", dir.toString(), "demo", "--skus", "60");
        CliHarness.Run heroes = CliHarness.run("--data-dir", dir.toString(), "skus", "list", "--tier", "hero", "--json");
        JsonNode skus = new ObjectMapper().readTree(heroes.out()).get("skus");
        assertThat(skus.size()).isBetween(1, 59);
        skus.forEach(s -> assertThat(s.get("tier").asText()).isEqualTo("hero"));

        CliHarness.Run limited = CliHarness.run("--data-dir", dir.toString(), "skus", "list", "--limit", "7");
        assertThat(limited.out().lines().count()).as("header + 7 rows").isEqualTo(8);
    }

    @Test
    void demoRefusesToOverwriteWithoutForce() {
        CliHarness.run("--data-dir", dir.toString(), "demo", "--skus", "20");
        CliHarness.Run again = CliHarness.run("--data-dir", dir.toString(), "demo");
        assertThat(again.exitCode()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(again.err()).contains("already holds 20 SKUs", "--force");
        CliHarness.Run forced = CliHarness.run("--data-dir", dir.toString(), "demo", "--force", "--skus", "30");
        assertThat(forced.exitCode()).isZero();
        CliHarness.Run list = CliHarness.run("--data-dir", dir.toString(), "skus", "list", "--json");
        assertThat(list.out()).contains("\"skus\"");
        assertThat(list.out().split("\"sku\" :").length - 1).isEqualTo(30);
    }

    @Test
    void unknownCommandExitsWithUsageErrorAndAHint() {
        CliHarness.Run r = CliHarness.run("--data-dir", dir.toString(), "sku");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Unmatched argument", "'sku'").containsAnyOf("Did you mean", "--help");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aCommandGroupAloneSaysWhatToType() {
        CliHarness.Run r = CliHarness.run("--data-dir", dir.toString(), "skus");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("skus list", "--help");
    }

    @Test
    void unknownTierIsAUsageErrorInChinese() {
        CliHarness.run("--data-dir", dir.toString(), "demo", "--skus", "5");
        CliHarness.Run r = CliHarness.run("--data-dir", dir.toString(), "--lang", "zh-CN", "skus", "list", "--tier", "vip");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("未知的产品分级", "vip");
    }
}
