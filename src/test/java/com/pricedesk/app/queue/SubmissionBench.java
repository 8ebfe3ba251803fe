package com.pricedesk.app.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.bench.BenchReport;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.sim.SimOperation;
import com.pricedesk.sim.SimServer;
import com.pricedesk.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 approved changes submitted to the simulator at Amazon's limits (run {@code SPEED} times
 * faster on both sides), through the feed path: time ÷ the quota-bound minimum of that path.
 * <p>
 * The feed path's calls: the live-price check before sending and the read-back after, both 20
 * listings per searchListingsItems call (5/s, burst 5), createFeedDocument and createFeed once,
 * getFeed while Amazon processes. The bound is the search bucket in two phases (each starting from a
 * full burst, since the bucket refills while Amazon processes) plus the feed's processing time (60 s).
 */
@Tag("bench")
class SubmissionBench {
    private static final int CHANGES = 10_000;
    private static final double SPEED = Double.parseDouble(System.getProperty("bench.speed", "20"));
    /** searchListingsItems: 5/s, burst 5, 20 SKUs a call. */
    private static final double SEARCH_RATE = 5;
    private static final int SEARCH_BURST = 5;
    private static final double FEED_PROCESSING_S = 60;

    @TempDir
    Path dir;

    @Test
    void submit10000ApprovedChanges() throws Exception {
        BenchReport.machine();
        Clock clock = Clock.systemUTC();
        try (SimServer sim = SubmissionRig.startSim(CHANGES, SPEED, clock);
             Workspace ws = Workspace.open(dir, clock)) {
            SubmissionRig rig = new SubmissionRig(ws, SPEED, SubmissionRig.quickRetries(), clock);
            rig.seed(sim);
            rig.quickSettings(50, 600);
            rig.approveBatch(sim.market().listings(), clock);

            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SubmissionService.Report report = rig.submission.submitApproved();
            double seconds = BenchReport.msSince(t0) / 1000;

            assertThat(report.path()).isEqualTo(SubmissionService.Path.FEED);
            assertThat(rig.changes.inStates(EnumSet.of(ChangeState.CONFIRMED))).hasSize(CHANGES);
            assertThat(sim.stats().changeIdsSeen().values()).allMatch(n -> n == 1).hasSize(CHANGES);
            int gets = sim.stats().calls(SimOperation.GET_LISTINGS_ITEM);
            int searches = sim.stats().calls(SimOperation.SEARCH_LISTINGS_ITEMS);
            // Single listing reads, if any, are counted at the search's pace too (5/s): never below the truth.
            double minimum = (Math.max(0, searches + gets - 2 * SEARCH_BURST) / SEARCH_RATE + FEED_PROCESSING_S) / SPEED;
            BenchReport.figure("submit_10000_feed_s", seconds);
            BenchReport.figure("submit_10000_feed_minimum_s", minimum);
            BenchReport.figure("submit_10000_feed_ratio", seconds / minimum);
            BenchReport.figure("submit_10000_speed", SPEED);
            BenchReport.figure("submit_10000_main_thread_cpu_ms", (threads.getCurrentThreadCpuTime() - cpu0) / 1e6);
            BenchReport.figure("submit_10000_load_average",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            BenchReport.figure("submit_10000_get_listings_calls", gets);
            BenchReport.figure("submit_10000_search_listings_calls", searches);
            BenchReport.figure("submit_10000_429_seen", sim.stats().throttled(SimOperation.GET_LISTINGS_ITEM)
                    + sim.stats().throttled(SimOperation.SEARCH_LISTINGS_ITEMS) + sim.stats().throttled(SimOperation.CREATE_FEED));
        }
    }
}
