package com.pricedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.market.PortfolioDay;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.store.JdbiMarketSnapshotRepository;
import com.pricedesk.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Market history at scale: 10,000 SKUs × 365 daily rows written through the repository, then a
 * per-SKU trend (target ≤ 50 ms) and the portfolio's daily margin trend (target ≤ 1 s), and the
 * database size on disk.
 */
@Tag("bench")
class HistoryBench {
    /** {@code -Dhistory.skus=N} runs a smaller shop while iterating; the recorded figures are at 10,000. */
    private static final int SKUS = Integer.getInteger("history.skus", 10_000);
    private static final int DAYS = 365;
    private static final LocalDate LAST = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    @Test
    void history() throws Exception {
        BenchReport.machine();
        try (Workspace ws = Workspace.open(dir, Clock.systemUTC())) {
            JdbiMarketSnapshotRepository repo = new JdbiMarketSnapshotRepository(ws.jdbi());
            LocalDate first = LAST.minusDays(DAYS - 1L);
            long t0 = System.nanoTime();
            SplittableRandom rnd = new SplittableRandom(1);
            List<SkuDay> batch = new ArrayList<>(SKUS);
            for (LocalDate d = first; !d.isAfter(LAST); d = d.plusDays(1)) {
                for (int s = 0; s < SKUS; s++) {
                    BigDecimal price = BigDecimal.valueOf(999 + (s % 4000), 2);
                    int units = rnd.nextInt(20);
                    batch.add(new SkuDay(String.format("SKU-%05d", s), d, price, price, price.subtract(
                            BigDecimal.ONE), units, 50 + rnd.nextInt(200), price.multiply(BigDecimal.valueOf(units)),
                            1 + rnd.nextInt(100_000), BigDecimal.valueOf(rnd.nextInt(2000), 2),
                            BigDecimal.valueOf(rnd.nextInt(6000), 2), rnd.nextInt(500),
                            BigDecimal.valueOf(300 + rnd.nextInt(500), 2)));
                }
                // One day of the whole shop per transaction, as a daily sync writes it.
                repo.mergeDays(batch, EnumSet.allOf(SkuDay.Field.class));
                batch.clear();
            }
            BenchReport.figure("history_write_" + SKUS + "x" + DAYS + "_s", BenchReport.msSince(t0) / 1000);
            assertThat(repo.dayCount()).isEqualTo((long) SKUS * DAYS);

            // Warm once, then take the worst of 20 SKUs spread over the key range.
            repo.history("SKU-00000", first, LAST);
            double worst = 0;
            for (int i = 0; i < 20; i++) {
                String sku = String.format("SKU-%05d", (i * 487) % SKUS);
                long t = System.nanoTime();
                List<SkuDay> trend = repo.history(sku, first, LAST);
                worst = Math.max(worst, BenchReport.msSince(t));
                assertThat(trend).hasSize(DAYS);
            }
            BenchReport.figure("history_sku_trend_365d_worst_ms", worst);

            repo.portfolio(LAST.minusDays(6), LAST);
            long t1 = System.nanoTime();
            List<PortfolioDay> portfolio = repo.portfolio(first, LAST);
            BenchReport.figure("history_portfolio_daily_margin_365d_ms", BenchReport.msSince(t1));
            assertThat(portfolio).hasSize(DAYS);
            long t2 = System.nanoTime();
            repo.portfolio(LAST.minusDays(89), LAST);
            BenchReport.figure("history_portfolio_daily_margin_90d_ms", BenchReport.msSince(t2));
        }
        BenchReport.figure("history_db_size_mb", Files.size(Workspace.databaseFile(dir)) / (1024.0 * 1024.0));
    }
}
