package com.pricedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.app.demo.DemoCatalog;
import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.account.Secret;
import com.pricedesk.domain.money.Money;
import com.pricedesk.sim.FollowingClock;
import com.pricedesk.sim.LivingMarket;
import com.pricedesk.sim.SimConfig;
import com.pricedesk.sim.SimCredentials;
import com.pricedesk.sim.SimFault;
import com.pricedesk.sim.SimOperation;
import com.pricedesk.sim.SimProduct;
import com.pricedesk.sim.SimServer;
import com.pricedesk.store.JdbiAmazonAccountRepository;
import com.pricedesk.store.JdbiPriceRepository;
import com.pricedesk.store.JdbiSkuRepository;
import com.pricedesk.store.SecretSealer;
import com.pricedesk.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jobs status} and {@code jobs run-due} through the real CLI, against the simulated marketplace. */
class JobsCliTest {
    private static final String NOW = CliHarness.CLOCK.instant().toString();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private Map<String, JsonNode> status() throws Exception {
        CliHarness.Run run = CliHarness.run("--data-dir", dir.toString(), "jobs", "status", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        json.readTree(run.out()).path("jobs").forEach(j -> byName.put(j.path("name").asText(), j));
        return byName;
    }

    @Test
    void runDueInADemoWorkspaceRunsEveryJobOnceAndStatusShowsIt() throws Exception {
        CliHarness.Run demo = CliHarness.run("--data-dir", dir.toString(), "demo", "--skus", "30");
        assertThat(demo.exitCode()).as(demo.err()).isZero();

        Map<String, JsonNode> before = status();
        assertThat(before.keySet()).containsExactly("sync_offers", "reprice", "submit_approved", "sync_inventory",
                "sync_reports", "sync_ads", "sync_fees", "backup");
        JsonNode offers = before.get("sync_offers");
        List<String> fields = new java.util.ArrayList<>();
        offers.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("name", "schedule", "last_run", "last_finished", "outcome", "message",
                "remote", "last_success", "next_due", "failures", "running", "paused");
        assertThat(offers.path("last_run").isNull()).isTrue();
        assertThat(offers.path("next_due").asText()).isEqualTo(NOW);
        assertThat(offers.path("schedule").asText()).isEqualTo("every PT5M");
        assertThat(before.get("reprice").path("next_due").isNull()).isTrue();

        CliHarness.Run ran = CliHarness.run("--data-dir", dir.toString(), "jobs", "run-due");
        assertThat(ran.exitCode()).as(ran.out() + ran.err()).isZero();
        assertThat(ran.out()).contains("sync_offers: succeeded", "reprice: succeeded", "sync_reports: succeeded",
                "sync_ads: succeeded", "backup: succeeded");

        Map<String, JsonNode> after = status();
        for (JsonNode j : after.values()) {
            assertThat(j.path("outcome").asText()).as(j.toString()).isEqualTo("succeeded");
            assertThat(j.path("last_run").asText()).isEqualTo(NOW);
            assertThat(j.path("failures").asInt()).isZero();
            assertThat(j.path("running").asBoolean()).isFalse();
        }
        assertThat(after.get("sync_offers").path("next_due").asText()).isEqualTo("2026-11-29T08:05:00Z");
        assertThat(after.get("sync_inventory").path("next_due").asText()).isEqualTo("2026-11-29T08:10:00Z");
        assertThat(after.get("backup").path("next_due").asText()).isEqualTo("2026-11-30T02:30:00Z");
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-scheduled.zip"));
        }

        // Nothing is due a second time at the same moment.
        CliHarness.Run again = CliHarness.run("--data-dir", dir.toString(), "jobs", "run-due");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Nothing is due now.");

        CliHarness.Run chinese = CliHarness.run("--data-dir", dir.toString(), "--lang", "zh-CN", "jobs", "status");
        assertThat(chinese.exitCode()).isZero();
        assertThat(chinese.out()).contains("同步报价", "每 5 分钟", "成功", "连续失败 0 次");
    }

    @Test
    void runDueExitsWithFourWhenAmazonFailsAndStatusKeepsTheMessage() throws Exception {
        List<DemoCatalog.Item> items = DemoCatalog.generate(3, 4);
        List<SimProduct> products = items.stream().map(i -> new SimProduct(i.sku().sellerSku(), i.sku().asin(),
                i.sku().title(), i.price().amount(), true, 500)).toList();
        FollowingClock simClock = new FollowingClock(CliHarness.CLOCK);
        try (SimServer sim = new SimServer(SimConfig.of(0, 3, 50),
                LivingMarket.create(3, products, LocalDate.of(2026, 11, 1), simClock), simClock)) {
            sim.start();
            try (Workspace w = Workspace.open(dir, CliHarness.CLOCK)) {
                new JdbiSkuRepository(w.jdbi()).saveAll(items.stream().map(DemoCatalog.Item::sku).toList());
                Map<String, Money> prices = new HashMap<>();
                items.forEach(i -> prices.put(i.sku().sellerSku(), i.price()));
                new JdbiPriceRepository(w.jdbi()).saveAll(prices);
                SimCredentials c = sim.credentials();
                new JdbiAmazonAccountRepository(w.jdbi(), new SecretSealer(dir), CliHarness.CLOCK)
                        .save(new AmazonAccount(sim.spApiEndpoint(), sim.lwaEndpoint(), c.clientId(),
                                Secret.of(c.clientSecret()), Secret.of(c.refreshToken()), c.sellerId(),
                                AmazonAccount.US_MARKETPLACE));
            }
            // Amazon refuses every data call (not retried): each sync job fails at its first request.
            for (SimOperation op : SimOperation.values()) {
                if (op != SimOperation.LWA_TOKEN) {
                    sim.faults().inject(op, new SimFault.Status(400, "InvalidInput", "Refused by the test"), 10);
                }
            }

            CliHarness.Run ran = CliHarness.run("--data-dir", dir.toString(), "jobs", "run-due");

            assertThat(ran.exitCode()).as(ran.out() + ran.err()).isEqualTo(ExitCode.REMOTE_FAILURE);
            assertThat(ran.out()).contains("sync_offers: failed", "InvalidInput", "backup: succeeded")
                    .doesNotContain("reprice");
            JsonNode offers = status().get("sync_offers");
            assertThat(offers.path("outcome").asText()).isEqualTo("failed");
            assertThat(offers.path("remote").asBoolean()).isTrue();
            assertThat(offers.path("failures").asInt()).isEqualTo(1);
            assertThat(offers.path("message").asText()).contains("InvalidInput", "Refused by the test");
            // Backed off: tried again a minute later, not at the next five-minute slot.
            assertThat(offers.path("next_due").asText()).isEqualTo("2026-11-29T08:01:00Z");
            assertThat(status().get("sync_ads").path("outcome").asText()).isEqualTo("skipped");
        }
    }

    @Test
    void jobsAloneIsAUsageError() {
        CliHarness.Run run = CliHarness.run("--data-dir", dir.toString(), "jobs");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("jobs status|run-due");
    }
}
