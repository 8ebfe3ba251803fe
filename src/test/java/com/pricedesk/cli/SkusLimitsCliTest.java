package com.pricedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code skus limits}: the manual minimum and maximum set from the command line (bad input refused with
 * exit 3 and nothing stored), shown back, and reflected in {@code skus list}'s floor and ceiling.
 */
class SkusLimitsCliTest {
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

    private JsonNode listed(String sku) throws Exception {
        for (JsonNode s : JSON.readTree(run("skus", "list", "--json").out()).path("skus")) {
            if (s.path("sku").asText().equals(sku)) {
                return s;
            }
        }
        throw new AssertionError(sku + " not listed");
    }

    @Test
    void limitsAreSetShownClearedAndBadInputIsRefused() throws Exception {
        assertThat(run("demo").exitCode()).isZero();
        JsonNode first = null;
        for (JsonNode s : JSON.readTree(run("skus", "list", "--json").out()).path("skus")) {
            if (s.path("price").isTextual() && s.path("floor").isTextual()) {
                first = s;
                break;
            }
        }
        assertThat(first).isNotNull();
        String sku = first.path("sku").asText();
        JsonNode none = JSON.readTree(run("skus", "limits", "--sku", sku, "--json").out());
        assertThat(none.path("min_price").isNull()).isTrue();
        assertThat(none.path("max_price").isNull()).isTrue();

        // above both the price and the margin floor: the manual minimum then is the floor
        String min = new BigDecimal(first.path("price").asText()).max(new BigDecimal(first.path("floor").asText()))
                .add(BigDecimal.ONE).setScale(2).toPlainString();
        String max = new BigDecimal(min).add(BigDecimal.TEN).toPlainString();
        CliHarness.Run set = run("skus", "limits", "--sku", sku, "--min", min, "--max", max, "--json");
        assertThat(set.exitCode()).as(set.err()).isZero();
        JsonNode doc = JSON.readTree(set.out());
        assertThat(doc.path("sku").asText()).isEqualTo(sku);
        assertThat(doc.path("min_price").asText()).isEqualTo(min);
        assertThat(doc.path("max_price").asText()).isEqualTo(max);
        JsonNode row = listed(sku);
        assertThat(row.path("floor").asText()).isEqualTo(min);
        // The minimum is above the current price: the text output says what the engine will do about it.
        CliHarness.Run shown = run("skus", "limits", "--sku", sku);
        assertThat(shown.out()).contains("current price $" + first.path("price").asText())
                .contains("will be at least $" + min);
        CliHarness.Run shownZh = run("--lang", "zh-CN", "skus", "limits", "--sku", sku);
        assertThat(shownZh.out()).contains("低于最低价");
        assertThat(row.path("ceiling").asText()).isEqualTo(max);

        for (String[] bad : new String[][] {{"--min", "-3"}, {"--min", "12.345"}, {"--min", "abc"},
                {"--max", "250000"}, {"--min", "999"}, {"--max", "0.5"}}) {
            CliHarness.Run r = run("skus", "limits", "--sku", sku, bad[0], bad[1]);
            assertThat(r.exitCode()).as(bad[1] + ": " + r.err()).isEqualTo(ExitCode.INPUT_REJECTED);
            assertThat(r.err()).contains(sku).contains("Nothing was stored");
        }
        CliHarness.Run zh = run("--lang", "zh-CN", "skus", "limits", "--sku", sku, "--min", "999");
        assertThat(zh.err()).contains("最低价").contains("封顶价").contains("未保存任何内容");
        assertThat(run("skus", "limits", "--sku", "NO-SUCH-SKU", "--min", "10").exitCode())
                .isEqualTo(ExitCode.INPUT_REJECTED);
        CliHarness.Run both = run("skus", "limits", "--sku", sku, "--min", "10", "--clear-min");
        assertThat(both.exitCode()).isNotZero();
        JsonNode kept = JSON.readTree(run("skus", "limits", "--sku", sku, "--json").out());
        assertThat(kept.path("min_price").asText()).isEqualTo(min);
        assertThat(kept.path("max_price").asText()).isEqualTo(max);

        CliHarness.Run cleared = run("skus", "limits", "--sku", sku, "--clear-min", "--clear-max");
        assertThat(cleared.exitCode()).as(cleared.err()).isZero();
        assertThat(cleared.out()).contains(sku).contains("minimum none, maximum none");
        assertThat(listed(sku).path("ceiling").isNull()).isTrue();
    }
}
