package com.pricedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.AppContext;
import com.pricedesk.app.demo.DemoMarketService;
import com.pricedesk.app.demo.DemoWorkspaceService;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The window's first start on a fresh data dir, step by step as PriceDeskApp runs it: open the
 * workspace, create the demo catalogue (the grid shows from here), read what the grid reads, then
 * build the market behind it (90 days of history and today synced through the client). Run twice:
 * the first pass pays for class loading and JIT like a real first start; the second shows the work.
 */
@Tag("bench")
class FirstStartBench {

    @Test
    void firstStart() throws Exception {
        BenchReport.machine();
        for (String pass : new String[] {"cold", "warm"}) {
            Path dir = Files.createTempDirectory(Path.of("target"), "bench-first-start-");
            var cpu = ManagementFactory.getThreadMXBean();
            long cpu0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            try (AppContext app = AppContext.open(dir, Clock.systemUTC())) {
                Optional<DemoWorkspaceService.Result> created = app.demo().createCatalogueIfFirstStart();
                int rows = app.catalog().overview(Optional.empty()).size();
                BenchReport.figure("first_start_grid_" + pass + "_ms", BenchReport.msSince(t0));
                long t1 = System.nanoTime();
                DemoMarketService.Result market = app.demoMarket().build(created.orElseThrow().seed());
                BenchReport.figure("first_start_market_" + pass + "_ms", BenchReport.msSince(t1));
                BenchReport.figure("first_start_total_" + pass + "_ms", BenchReport.msSince(t0));
                BenchReport.figure("first_start_total_" + pass + "_cpu_ms", (cpu.getCurrentThreadCpuTime() - cpu0) / 1e6);
                assertThat(rows).isEqualTo(DemoWorkspaceService.DEFAULT_SKUS);
                assertThat(market.historyRows()).isEqualTo((long) DemoWorkspaceService.DEFAULT_SKUS
                        * DemoMarketService.HISTORY_DAYS);
            }
        }
    }
}
