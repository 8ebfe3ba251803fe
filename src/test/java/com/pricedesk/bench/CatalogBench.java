package com.pricedesk.bench;

import com.pricedesk.AppContext;
import com.pricedesk.app.demo.DemoWorkspaceService;
import com.pricedesk.store.JdbiCostProfileRepository;
import com.pricedesk.store.JdbiFxRateRepository;
import com.pricedesk.store.JdbiKpiTargetRepository;
import com.pricedesk.store.JdbiPriceRepository;
import com.pricedesk.store.JdbiRuleSetRepository;
import com.pricedesk.store.JdbiSettingsRepository;
import com.pricedesk.store.JdbiSkuRepository;
import com.pricedesk.store.JdbiUnitOfWork;
import com.pricedesk.store.JsonRuleSetFormat;
import com.pricedesk.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Foundation figures: storing a 100,000-SKU catalogue, reopening the workspace, and reading the
 * catalogue the grid shows (landed cost and unit economics per SKU). The catalogue is stored without
 * the demo's simulated market, whose 90-day history is measured by HistoryBench.
 */
@Tag("bench")
class CatalogBench {

    @Test
    void catalogue() throws Exception {
        BenchReport.machine();
        for (int n : new int[] {300, 100_000}) {
            Path dir = Files.createTempDirectory(Path.of("target"), "bench-catalog-");
            long t0 = System.nanoTime();
            try (Workspace ws = Workspace.open(dir, Clock.systemUTC())) {
                var jdbi = ws.jdbi();
                new DemoWorkspaceService(new JdbiSkuRepository(jdbi), new JdbiCostProfileRepository(jdbi),
                        new JdbiPriceRepository(jdbi), new JdbiFxRateRepository(jdbi), new JdbiSettingsRepository(jdbi),
                        new JdbiUnitOfWork(jdbi), new JdbiRuleSetRepository(jdbi, new JsonRuleSetFormat()),
                        new JdbiKpiTargetRepository(jdbi), Clock.systemUTC()).create(1, n, false);
                BenchReport.figure("catalog_create_" + n + "_skus_ms", BenchReport.msSince(t0));
            }
            long t1 = System.nanoTime();
            try (AppContext app = AppContext.open(dir, Clock.systemUTC())) {
                BenchReport.figure("workspace_reopen_" + n + "_skus_ms", BenchReport.msSince(t1));
                app.catalog().overview(Optional.empty());  // warm-up: JIT and H2 page cache
                long t2 = System.nanoTime();
                int rows = app.catalog().overview(Optional.empty()).size();
                BenchReport.figure("catalog_overview_" + rows + "_skus_ms", BenchReport.msSince(t2));
            }
        }
    }
}
