package com.pricedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.market.PortfolioDay;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.store.JdbiMarketSnapshotRepository;
import com.pricedesk.store.Workspace;
import java.math.BigDecimal;
import java.lang.management.ManagementFactory;
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
 * Market history at scale (issue #7): 10,000 SKUs × 365 daily rows, then a per-SKU trend (target ≤ 50 ms)
 * and the portfolio's daily margin trend (target ≤ 1 s), and the database size on disk. The first 364
 * days are filled by set-based SQL in date order ({@code -Dhistory.fill.repository=true} writes them
 * through the repository instead, which takes hours on a loaded machine); the last day is written
 * through the repository as one daily sync and timed.
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
            var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long t0 = System.nanoTime();
            if (Boolean.getBoolean("history.fill.repository")) {
                // Every day through the repository (hours for 10,000 SKUs on a loaded 2-core machine).
                for (LocalDate d = first; d.isBefore(LAST); d = d.plusDays(1)) {
                    repo.mergeDays(day(d, new SplittableRandom(d.toEpochDay())), EnumSet.allOf(SkuDay.Field.class));
                }
            } else {
                fillBySql(ws, first);
            }
            BenchReport.figure("history_fill_" + SKUS + "x" + (DAYS - 1) + "_s", BenchReport.msSince(t0) / 1000);

            // The last day as a daily sync writes it: one transaction with the whole shop's rows, its
            // packed recent days (V13) and the portfolio's total for the day.
            List<SkuDay> today = day(LAST, new SplittableRandom(1));
            long c0 = bean.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            repo.mergeDays(today, EnumSet.allOf(SkuDay.Field.class));
            BenchReport.figure("history_sync_one_day_" + SKUS + "_ms", BenchReport.msSince(t1));
            BenchReport.figure("history_sync_one_day_" + SKUS + "_cpu_ms", (bean.getCurrentThreadCpuTime() - c0) / 1e6);
            assertThat(repo.dayCount()).isEqualTo((long) SKUS * DAYS);
            BenchReport.figure("history_load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            // Warm once, then take the worst of 20 SKUs spread over the key range.
            repo.history("SKU-00000", first, LAST);
            double worst = 0;
            double worstCpu = 0;
            for (int i = 0; i < 20; i++) {
                String sku = String.format("SKU-%05d", (i * 487) % SKUS);
                long c = bean.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                List<SkuDay> trend = repo.history(sku, first, LAST);
                worst = Math.max(worst, BenchReport.msSince(t));
                worstCpu = Math.max(worstCpu, (bean.getCurrentThreadCpuTime() - c) / 1e6);
                assertThat(trend).hasSize(DAYS);
            }
            BenchReport.figure("history_sku_trend_365d_worst_ms", worst);
            BenchReport.figure("history_sku_trend_365d_worst_cpu_ms", worstCpu);

            repo.portfolio(LAST.minusDays(6), LAST);
            long c3 = bean.getCurrentThreadCpuTime();
            long t3 = System.nanoTime();
            List<PortfolioDay> portfolio = repo.portfolio(first, LAST);
            BenchReport.figure("history_portfolio_daily_margin_365d_ms", BenchReport.msSince(t3));
            BenchReport.figure("history_portfolio_daily_margin_365d_cpu_ms", (bean.getCurrentThreadCpuTime() - c3) / 1e6);
            assertThat(portfolio).hasSize(DAYS);
            long t2 = System.nanoTime();
            repo.portfolio(LAST.minusDays(89), LAST);
            BenchReport.figure("history_portfolio_daily_margin_90d_ms", BenchReport.msSince(t2));
        }
        BenchReport.figure("history_db_size_mb", Files.size(Workspace.databaseFile(dir)) / (1024.0 * 1024.0));
    }

    /** One day of the whole shop, as a sync brings it. */
    private static List<SkuDay> day(LocalDate d, SplittableRandom rnd) {
        List<SkuDay> batch = new ArrayList<>(SKUS);
        for (int s = 0; s < SKUS; s++) {
            BigDecimal price = BigDecimal.valueOf(999 + (s % 4000), 2);
            int units = rnd.nextInt(20);
            batch.add(new SkuDay(String.format("SKU-%05d", s), d, price, price, price.subtract(BigDecimal.ONE), units,
                    50 + rnd.nextInt(200), price.multiply(BigDecimal.valueOf(units)), 1 + rnd.nextInt(100_000),
                    BigDecimal.valueOf(rnd.nextInt(2000), 2), BigDecimal.valueOf(rnd.nextInt(6000), 2),
                    rnd.nextInt(500), BigDecimal.valueOf(300 + rnd.nextInt(500), 2)));
        }
        return batch;
    }

    /**
     * All days but the last by set-based SQL, one day of the whole shop per statement in date order (the
     * order a daily sync inserts them, so pages split as they do in use), in the V12 row-key layout;
     * then the portfolio's daily totals and the packed recent days the sync would have written.
     */
    private static void fillBySql(Workspace ws, LocalDate first) {
        ws.jdbi().useHandle(h -> {
            h.execute("INSERT INTO history_sku (id, seller_sku) SELECT x + 1, 'SKU-' || LPAD(x, 5, '0') "
                    + "FROM SYSTEM_RANGE(0, " + (SKUS - 1) + ") a(x)");
            for (LocalDate d = first; d.isBefore(LAST); d = d.plusDays(1)) {
                long month = (d.getYear() - 1970L) * 12 + d.getMonthValue() - 1;
                long e = d.toEpochDay();
                h.createUpdate("INSERT INTO sku_day (row_key, seller_sku, as_of_date, price, buy_box_price, "
                                + "lowest_competitor_price, units, sessions, ordered_sales, bsr, ad_spend, ad_sales, "
                                + "inventory, fees_per_unit) "
                                + "SELECT :base + CAST(x + 1 AS BIGINT) * 256, 'SKU-' || LPAD(x, 5, '0'), :d, p, p, p - 1, "
                                + "u, 50 + MOD(x * 11 + :e * 3, 200), p * u, 1 + MOD(x * 31 + :e * 17, 100000), "
                                + "MOD(x + :e, 2000) * 0.01, MOD(x * 3 + :e, 6000) * 0.01, MOD(x + :e * 5, 500), "
                                + "3.00 + MOD(x, 500) * 0.01 "
                                + "FROM (SELECT x, 9.99 + MOD(x, 4000) * 0.01 p, MOD(x * 7 + :e * 13, 20) u "
                                + "FROM SYSTEM_RANGE(0, " + (SKUS - 1) + ") a(x)) t")
                        .bind("base", (month << 40) + d.getDayOfMonth()).bind("d", d).bind("e", e).execute();
            }
            h.execute("INSERT INTO portfolio_day (as_of_date, units, sales, fees, ad_spend) SELECT as_of_date, "
                    + "SUM(units), SUM(ordered_sales), SUM(units * fees_per_unit), SUM(ad_spend) FROM sku_day "
                    + "GROUP BY as_of_date");
        });
        new JdbiMarketSnapshotRepository(ws.jdbi()).rebuildRecentDays();
    }
}
