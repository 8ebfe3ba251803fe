package com.pricedesk.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.market.FeedStatus;
import com.pricedesk.domain.market.OfferLookup;
import com.pricedesk.domain.market.PriceUpdate;
import com.pricedesk.domain.port.MarketplaceGateway;
import com.pricedesk.sim.SimListing;
import com.pricedesk.sim.SimOperation;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's quota benchmark: offers for 2,000 SKUs and 500 prices against the simulator enforcing
 * Amazon's limits, sped up by {@code -Dbench.speed} (default 10). Prints measured time ÷ the
 * quota-bound minimum (goal ≤ 1.05, zero 429s) for offers, for patches and for one feed.
 */
@Tag("bench")
class QuotaEfficiencyBench {

    @Test
    void offersAndPricesNearTheQuotaCeiling() throws Exception {
        double speed = Double.parseDouble(System.getProperty("bench.speed", "10"));
        com.pricedesk.bench.BenchReport.machine();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        try (SimHarness h = new SimHarness(2000, speed, Clock.systemUTC(), RetryPolicy.defaults())) {
            MarketplaceGateway gw = h.gateway();
            List<String> skus = h.sim.market().listings().stream().map(SimListing::sellerSku).toList();
            gw.verifyConnection();

            long t0 = System.nanoTime();
            List<OfferLookup> offers = gw.offersForSkus(skus);
            double offersSeconds = (System.nanoTime() - t0) / 1e9;
            // 100 calls, the first from the burst of 1, then one per 1/0.5 s (sped up).
            double offersMinimum = (100 - 1) / (0.5 * speed);

            List<PriceUpdate> updates = IntStream.range(0, 500).mapToObj(i -> new PriceUpdate(skus.get(i),
                    new BigDecimal("19.99"), new BigDecimal("9.99"), new BigDecimal("49.99"))).toList();
            long t1 = System.nanoTime();
            // Four callers share the quota, as a submission service would: one caller alone is bound
            // by round trips, not by the quota, once the simulator runs fast.
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                for (var f : pool.invokeAll(updates.stream().<java.util.concurrent.Callable<Object>>map(u -> () ->
                        gw.updatePrice(u)).toList())) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            double patchSeconds = (System.nanoTime() - t1) / 1e9;
            // Read-modify-write: 500 reads (5/s, burst 10) and 500 patches (5/s, burst 5) in step.
            double patchMinimum = (500 - 5) / (5 * speed);

            long t2 = System.nanoTime();
            String feedId = gw.submitPriceFeed(updates);
            double feedSubmitSeconds = (System.nanoTime() - t2) / 1e9;
            FeedStatus status = gw.feedStatus(feedId);
            int feedPolls = 1;
            double lastPollSeconds = 0;
            while (!status.state().finished()) {
                Thread.sleep(Math.max(1, Math.round(500 / speed)));
                long p0 = System.nanoTime();
                status = gw.feedStatus(feedId);
                feedPolls++;
                lastPollSeconds = (System.nanoTime() - p0) / 1e9;
            }
            double feedSeconds = (System.nanoTime() - t2) / 1e9;
            // The simulator takes 60 s (sped up) to process a feed; createFeed's burst of 15 is not binding.
            double feedMinimum = 60 / speed;

            int throttled = 0;
            for (SimOperation op : SimOperation.values()) {
                throttled += h.sim.stats().throttled(op);
            }
            var r = (java.util.function.BiConsumer<String, Double>) com.pricedesk.bench.BenchReport::figure;
            r.accept("quota_speed", speed);
            r.accept("quota_offers_2000_s", offersSeconds);
            r.accept("quota_offers_2000_ratio", offersSeconds / offersMinimum);
            r.accept("quota_patch_500_s", patchSeconds);
            r.accept("quota_patch_500_ratio", patchSeconds / patchMinimum);
            r.accept("quota_feed_500_s", feedSeconds);
            r.accept("quota_feed_500_ratio", feedSeconds / feedMinimum);
            r.accept("quota_feed_500_submit_s", feedSubmitSeconds);
            r.accept("quota_feed_500_last_poll_s", lastPollSeconds);
            r.accept("quota_feed_500_polls", (double) feedPolls);
            r.accept("quota_offers_2000_overhead_per_call_ms", (offersSeconds - offersMinimum) / 100 * 1000);
            // Burst 1: a call may leave one period after Amazon counted the previous one, which we only
            // know lies between its send and its answer. The pacing gives back the part of each round
            // trip that steady round trips show comes after the arrival (mean credit); what is left of
            // the round trip is the margin that keeps the run free of 429s.
            double creditMs = h.limits.meanCredit(com.pricedesk.amazon.SpApiOperation.GET_LISTING_OFFERS_BATCH)
                    .toNanos() / 1e6;
            r.accept("quota_offers_2000_mean_credit_ms", creditMs);
            double rttMs = h.limits.meanRoundTrip(com.pricedesk.amazon.SpApiOperation.GET_LISTING_OFFERS_BATCH)
                    .toNanos() / 1e6;
            r.accept("quota_offers_2000_mean_round_trip_ms", rttMs);
            r.accept("quota_offers_2000_ratio_beyond_round_trips",
                    (offersSeconds - 100 * Math.max(0, rttMs - creditMs) / 1000) / offersMinimum);
            r.accept("quota_429_seen", (double) throttled);
            r.accept("quota_main_thread_cpu_ms", (threads.getCurrentThreadCpuTime() - cpu0) / 1e6);
            r.accept("quota_load_average", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
            System.out.printf("bench quota speed=%.0f offers: %.2fs / %.2fs = %.3f; patch x500: %.2fs / %.2fs = %.3f;"
                            + " feed x500: %.2fs / %.2fs = %.3f; 429s: %d%n", speed, offersSeconds, offersMinimum,
                    offersSeconds / offersMinimum, patchSeconds, patchMinimum, patchSeconds / patchMinimum,
                    feedSeconds, feedMinimum, feedSeconds / feedMinimum, throttled);
            // The figures are the result; correctness is what must hold whatever the machine's load.
            assertThat(throttled).as("429s caused by our own pacing").isZero();
            assertThat(offers).hasSize(2000).allSatisfy(o -> assertThat(o.snapshot()).isPresent());
            assertThat(status.state()).isEqualTo(com.pricedesk.domain.market.ProcessingState.DONE);
            assertThat(gw.listing(skus.get(499)).ourPrice()).isEqualByComparingTo("19.99");
        }
    }
}
