package com.pricedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.SkuDetail;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.ui.detail.SkuDetailView;
import com.pricedesk.ui.detail.SkuDetailViewModel;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a SKU with a one-year chart (goal ≤ 300 ms): the history of 2,000 SKUs × 365 days is in the
 * workspace; we time the background load (SKU, economics, 365 daily rows, derived ratios) and then, on
 * the FX thread, building the detail screen with its waterfall and six trend charts and laying it out.
 */
@Tag("bench")
class SkuDetailBench {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final int OTHER_SKUS = 2_000;
    private static final int DAYS = 365;

    @TempDir
    Path dir;

    @Test
    void openASkuWithAOneYearChart() throws Exception {
        BenchReport.machine();
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (AppContext app = AppContext.open(dir, clock)) {
            app.demo().create(7L, 60, false);
            app.marketHistory().deleteAll();
            List<String> skus = app.catalog().overview(java.util.Optional.empty()).stream()
                    .map(s -> s.sellerSku()).toList();
            SplittableRandom rnd = new SplittableRandom(3);
            List<String> all = new ArrayList<>(skus);
            for (int i = 0; i < OTHER_SKUS; i++) {
                all.add(String.format("OTHER-%05d", i));
            }
            for (int day = DAYS - 1; day >= 0; day--) {
                LocalDate d = TODAY.minusDays(day);
                List<SkuDay> batch = new ArrayList<>(all.size());
                for (String s : all) {
                    BigDecimal price = BigDecimal.valueOf(1499 + rnd.nextInt(300), 2);
                    int units = rnd.nextInt(20);
                    batch.add(new SkuDay(s, d, price, price.add(BigDecimal.ONE), price.subtract(BigDecimal.ONE), units,
                            100 + rnd.nextInt(200), price.multiply(BigDecimal.valueOf(units)), 1 + rnd.nextInt(90_000),
                            BigDecimal.valueOf(rnd.nextInt(2000), 2), BigDecimal.valueOf(rnd.nextInt(6000), 2),
                            rnd.nextInt(500), BigDecimal.valueOf(500, 2)));
                }
                app.marketHistory().mergeDays(batch, EnumSet.allOf(SkuDay.Field.class));
            }

            CompletableFuture<Void> started = new CompletableFuture<>();
            try {
                Platform.startup(() -> started.complete(null));
            } catch (IllegalStateException alreadyRunning) {
                started.complete(null);
            }
            started.get(60, TimeUnit.SECONDS);
            Messages msg = new Messages(Messages.ENGLISH);

            open(app, skus.get(0), msg); // warm the JIT, fonts and CSS once
            double worstLoad = 0;
            double worstScreen = 0;
            double worstTotal = 0;
            double worstScreenCpu = 0;
            double worstTotalCpu = 0;
            double charts = 0;
            for (int i = 1; i <= 10; i++) {
                double[] t = open(app, skus.get(i * 5), msg);
                worstLoad = Math.max(worstLoad, t[0]);
                worstScreen = Math.max(worstScreen, t[1]);
                worstTotal = Math.max(worstTotal, t[0] + t[1]);
                worstScreenCpu = Math.max(worstScreenCpu, t[3]);
                worstTotalCpu = Math.max(worstTotalCpu, t[2] + t[3]);
                charts = t[4];
            }
            BenchReport.figure("detail_open_365d_load_worst_ms", worstLoad);
            BenchReport.figure("detail_open_365d_screen_worst_ms", worstScreen);
            BenchReport.figure("detail_open_365d_total_worst_ms", worstTotal);
            // CPU of the loading thread and of the FX thread: fairer than wall time on a shared machine.
            BenchReport.figure("detail_open_365d_screen_cpu_worst_ms", worstScreenCpu);
            BenchReport.figure("detail_open_365d_total_cpu_worst_ms", worstTotalCpu);
            // Charts built and drawn at opening (waterfall + the trend charts in view at 1360 x 820).
            BenchReport.figure("detail_open_charts_drawn", charts);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** {load ms, screen ms, load CPU ms, screen CPU ms, charts drawn} for one SKU. */
    private static double[] open(AppContext app, String sku, Messages msg) throws Exception {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        SkuDetail detail = app.skuDetails().detail(sku, DAYS);
        double load = BenchReport.msSince(t0);
        double loadCpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        assertThat(detail.history()).hasSize(DAYS);
        CompletableFuture<double[]> screen = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                long c1 = THREADS.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                SkuDetailViewModel vm = new SkuDetailViewModel(sku, (s, d) -> detail,
                        new CurrentThreadTaskExecutor(), msg);
                SkuDetailView view = new SkuDetailView(vm, new CurrentThreadTaskExecutor(), () -> { });
                vm.daysProperty().set(DAYS); // loads: the one-year range
                Scene scene = new Scene(view, 1360, 820);
                view.applyCss();
                view.layout();
                assertThat(view.trendCards()).hasSize(6);
                assertThat(view.trendCards().get(0).itemCount()).isGreaterThanOrEqualTo(3 * DAYS);
                scene.getRoot();
                double wall = BenchReport.msSince(t1);
                double cpu = (THREADS.getCurrentThreadCpuTime() - c1) / 1e6;
                long drawn = view.trendCards().stream().filter(c -> c.isShown()).count()
                        + (view.waterfallCard().isShown() ? 1 : 0);
                screen.complete(new double[] {wall, cpu, drawn});
            } catch (Throwable e) {
                screen.completeExceptionally(e);
            }
        });
        double[] s = screen.get(60, TimeUnit.SECONDS);
        return new double[] {load, s[0], loadCpu, s[1], s[2]};
    }
}
