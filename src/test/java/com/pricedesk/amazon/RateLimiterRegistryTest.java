package com.pricedesk.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterRegistryTest {

    @Test
    void secondCallOfABurstOneOperationWaitsForTheRefill() throws Exception {
        // 0.5/s at speed 10: one call per 200 ms (plus the safety margin).
        RateLimiterRegistry limits = new RateLimiterRegistry(10);
        limits.acquire(SpApiOperation.GET_LISTING_OFFERS_BATCH);
        long start = System.nanoTime();
        limits.acquire(SpApiOperation.GET_LISTING_OFFERS_BATCH);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
    }

    @Test
    void burstIsAvailableAtOnce() throws Exception {
        RateLimiterRegistry limits = new RateLimiterRegistry(1);
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            limits.acquire(SpApiOperation.GET_LISTINGS_ITEM);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(150));
    }

    @Test
    void appliedRateHeaderReplacesTheDefault() {
        RateLimiterRegistry limits = new RateLimiterRegistry(1);
        limits.observeLimit(SpApiOperation.GET_ITEM_OFFERS_BATCH, "0.5");
        limits.observeLimit(SpApiOperation.GET_LISTINGS_ITEM, "not a number");
        limits.observeLimit(SpApiOperation.PATCH_LISTINGS_ITEM, null);

        assertThat(limits.rate(SpApiOperation.GET_ITEM_OFFERS_BATCH)).isEqualTo(0.5);
        assertThat(limits.rate(SpApiOperation.GET_LISTINGS_ITEM)).isEqualTo(5.0);
        assertThat(limits.minimumInterval(SpApiOperation.GET_ITEM_OFFERS_BATCH))
                .isLessThan(Duration.ofMillis(2100)).isGreaterThanOrEqualTo(Duration.ofMillis(2000));
    }

    @Test
    void aSlowAnswerHoldsBackTheNextCall() throws Exception {
        // 0.5/s at speed 10: ~205 ms a call. The first answer took 160 ms and nothing is known about
        // this connection yet, so the next call also waits half of it (the way there).
        RateLimiterRegistry limits = new RateLimiterRegistry(10);
        limits.acquire(SpApiOperation.GET_LISTING_OFFERS_BATCH);
        long start = System.nanoTime();
        limits.completed(SpApiOperation.GET_LISTING_OFFERS_BATCH, Duration.ofMillis(160));
        limits.acquire(SpApiOperation.GET_LISTING_OFFERS_BATCH);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(270));
    }
}
