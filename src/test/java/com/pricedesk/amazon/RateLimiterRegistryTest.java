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
        limits.completed(SpApiOperation.GET_LISTING_OFFERS_BATCH, Duration.ZERO);
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
    void aCallInFlightKeepsItsPlaceSoTheBucketDoesNotRefillPastAmazons() throws Exception {
        // 0.5/s at speed 10: one call per ~200 ms, burst 1. Amazon may count the first call only when
        // it arrives, up to its answer 300 ms later; its bucket stays full (wasting refill) until then,
        // so ours must not refill either: the next call waits a whole period after the answer.
        RateLimiterRegistry limits = new RateLimiterRegistry(10);
        limits.acquire(SpApiOperation.GET_LISTING_OFFERS_BATCH);
        assertThat(limits.inFlight(SpApiOperation.GET_LISTING_OFFERS_BATCH)).isEqualTo(1);
        Thread.sleep(300);
        limits.completed(SpApiOperation.GET_LISTING_OFFERS_BATCH, Duration.ofMillis(300));
        long start = System.nanoTime();
        limits.acquire(SpApiOperation.GET_LISTING_OFFERS_BATCH);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
    }

    @Test
    void answeredCallsLeaveTheWholeBurstToRefill() throws Exception {
        // getListingsItem: 5/s, burst 10, at speed 100 a token every ~2 ms.
        RateLimiterRegistry limits = new RateLimiterRegistry(100);
        for (int i = 0; i < 10; i++) {
            limits.acquire(SpApiOperation.GET_LISTINGS_ITEM);
            limits.completed(SpApiOperation.GET_LISTINGS_ITEM, Duration.ZERO);
        }
        Thread.sleep(100);
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            limits.acquire(SpApiOperation.GET_LISTINGS_ITEM);
            limits.completed(SpApiOperation.GET_LISTINGS_ITEM, Duration.ZERO);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(150));
        assertThat(limits.inFlight(SpApiOperation.GET_LISTINGS_ITEM)).isZero();
    }
}
