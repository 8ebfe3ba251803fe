package com.pricedesk.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.queue.ApprovalQueue;
import com.pricedesk.app.queue.EmergencyStop;
import com.pricedesk.app.queue.QueueBoard;
import com.pricedesk.app.queue.QueueSettings;
import com.pricedesk.bench.BenchReport;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import com.pricedesk.store.JdbiPriceChangeRepository;
import com.pricedesk.store.JdbiPriceLimitRepository;
import com.pricedesk.store.JdbiPriceRepository;
import com.pricedesk.store.JdbiSettingsRepository;
import com.pricedesk.store.JdbiSkuRepository;
import com.pricedesk.store.JdbiUnitOfWork;
import com.pricedesk.store.Workspace;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Price changes tab's refresh on a busy workspace: 300 SKUs, 300 proposed changes and 4,700 older
 * ones (rejected) in the queue. Goals: the default (Proposed) view reloads and formats in under 300 ms;
 * every state (5,000 rows) in under 1 s; one change's details in under 50 ms. All of it runs off the
 * FX thread; the figures are what the operator waits for after each approve.
 */
@Tag("bench")
class QueueTabBench {
    private static final int SKUS = 300;
    private static final int OLD = 4_700;
    @TempDir
    Path dir;

    @Test
    void refreshesTheTabOnABusyQueue() {
        BenchReport.machine();
        Clock clock = Clock.systemUTC();
        try (Workspace w = Workspace.open(dir, clock)) {
            var jdbi = w.jdbi();
            var skus = new JdbiSkuRepository(jdbi);
            var prices = new JdbiPriceRepository(jdbi);
            var settings = new JdbiSettingsRepository(jdbi);
            var changes = new JdbiPriceChangeRepository(jdbi);
            EmergencyStop stop = new EmergencyStop(settings, clock);
            List<Sku> catalogue = new ArrayList<>();
            for (int i = 0; i < SKUS; i++) {
                catalogue.add(new Sku(String.format("SKU-%04d", i), String.format("B0%08d", i), "Product number " + i
                        + " with a long enough title to look real", null, "home-and-kitchen", Tier.REGULAR, List.of(),
                        null, null));
            }
            skus.saveAll(catalogue);
            ApprovalQueue queue = new ApprovalQueue(changes, skus, prices, new JdbiPriceLimitRepository(jdbi),
                    new QueueSettings(settings), stop, new JdbiUnitOfWork(jdbi), clock);
            List<QueuedChange> old = changes.insert(proposals(OLD, clock.instant()), Explanation.of("p", "p"));
            queue.reject(old.stream().map(QueuedChange::id).toList(), "bench");
            List<QueuedChange> open = changes.insert(proposals(SKUS, clock.instant()), Explanation.of("p", "p"));
            QueueBoard board = new QueueBoard(changes, skus, stop, (s, p) -> Optional.of(BigDecimal.TEN),
                    s -> Optional.empty());
            QueueViewModel vm = new QueueViewModel(new AppQueueBackend(board, queue, null, stop, "bench"),
                    new CurrentThreadTaskExecutor(), new Messages(Messages.ENGLISH), clock);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int warm = 0; warm < 3; warm++) {
                vm.load();
            }
            int runs = 10;
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                vm.load();
            }
            BenchReport.figure("queue_tab_proposed_300_of_5000_ms", BenchReport.msSince(t0) / runs);
            BenchReport.figure("queue_tab_proposed_300_of_5000_cpu_ms",
                    (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / runs);
            assertThat(vm.rows()).hasSize(SKUS);

            vm.stateProperty().set(null);
            cpu0 = threads.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                vm.load();
            }
            BenchReport.figure("queue_tab_all_5000_ms", BenchReport.msSince(t0) / runs);
            BenchReport.figure("queue_tab_all_5000_cpu_ms", (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / runs);
            assertThat(vm.rows()).hasSize(SKUS + OLD);

            cpu0 = threads.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                vm.select(open.get(i).id());
            }
            BenchReport.figure("queue_tab_detail_ms", BenchReport.msSince(t0) / runs);
            BenchReport.figure("queue_tab_detail_cpu_ms", (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / runs);
            assertThat(vm.detailProperty().get().events()).hasSize(1);
            assertThat(changes.find(open.get(0).id()).orElseThrow().state()).isEqualTo(ChangeState.PROPOSED);
        }
    }

    private static List<QueuedChange> proposals(int n, Instant at) {
        List<QueuedChange> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(QueuedChange.proposed(String.format("SKU-%04d", i % SKUS), Money.usd("19.99"), Money.usd("19.39"),
                    Money.usd("15.00"), Money.usd("29.99"), "r1", "Win the Buy Box", 1,
                    Explanation.of("competitor at $18.90 is 5.4% below us and BSR 8 <= 10: -3% = $19.39",
                            "竞品 $18.90 比我们低 5.4%，BSR 8 <= 10：降价 3% = $19.39"), "bench", at));
        }
        return out;
    }
}
