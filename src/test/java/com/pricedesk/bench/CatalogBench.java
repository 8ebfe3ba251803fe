package com.pricedesk.bench;

import com.pricedesk.AppContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Foundation figures: creating a 100,000-SKU workspace, reopening it, and reading the catalogue the
 * grid shows (with landed cost). Ratios against the 300-SKU demo show how reading scales.
 */
@Tag("bench")
class CatalogBench {

    @Test
    void catalogue() throws Exception {
        BenchReport.machine();
        for (int n : new int[] {300, 100_000}) {
            Path dir = Files.createTempDirectory(Path.of("target"), "bench-catalog-");
            long t0 = System.nanoTime();
            try (AppContext app = AppContext.open(dir, Clock.systemUTC())) {
                app.demo().create(1, n, false);
                BenchReport.figure("demo_create_" + n + "_skus_ms", BenchReport.msSince(t0));
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
