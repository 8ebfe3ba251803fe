package com.pricedesk.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
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

    // getListingOffersBatch at speed 1 on a hand-driven clock: 0.5/s, burst 1, one token per 2,000 ms.
    private static final SpApiOperation OFFERS = SpApiOperation.GET_LISTING_OFFERS_BATCH;
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final RateLimiterRegistry paced = new RateLimiterRegistry(1, 0, now::get);

    /** One call that leaves as soon as it may and is answered {@code roundTripMs} later. */
    private void call(long roundTripMs) throws InterruptedException {
        now.addAndGet(paced.untilNextToken(OFFERS).toMillis());
        assertThat(paced.untilNextToken(OFFERS)).isZero();
        paced.acquire(OFFERS);
        now.addAndGet(roundTripMs);
        paced.completed(OFFERS, Duration.ofMillis(roundTripMs));
    }

    @Test
    void untilRoundTripsAreKnownTheNextCallWaitsAWholePeriodAfterTheAnswer() throws Exception {
        for (int i = 0; i < RateLimiterRegistry.RoundTrips.WARM - 1; i++) {
            call(300);
            assertThat(paced.untilNextToken(OFFERS)).isEqualTo(Duration.ofMillis(2000));
        }
        assertThat(paced.meanCredit(OFFERS)).isZero();
    }

    @Test
    void steadyRoundTripsAreGivenBackSoCallsLeaveAPeriodApartFromTheirSends() throws Exception {
        for (int i = 0; i < RateLimiterRegistry.RoundTrips.WARM; i++) {
            call(300);
        }
        // Quartiles 300 ms, spread 0: all but the 2 ms minimum margin counts as after Amazon's arrival,
        // so the next call leaves one period (+ 2 ms) after the previous one left, not after its answer.
        assertThat(paced.untilNextToken(OFFERS)).isEqualTo(Duration.ofMillis(1702));
        long previousSend = now.get() - 300;
        call(300);
        assertThat(now.get() - 300 - previousSend).isEqualTo(2002);
    }

    @Test
    void theSpreadOfRoundTripsIsKeptAsAMargin() throws Exception {
        for (int i = 0; i < RateLimiterRegistry.RoundTrips.WARM; i++) {
            call(i % 2 == 0 ? 280 : 320);
        }
        // Lower quartile 280 less the spread 40 = 240 given back of this call's 320 ms in flight.
        assertThat(paced.untilNextToken(OFFERS)).isEqualTo(Duration.ofMillis(2000 - 240));
    }

    @Test
    void jitteryRoundTripsEarnNoCredit() throws Exception {
        for (int i = 0; i < RateLimiterRegistry.RoundTrips.WARM * 2; i++) {
            call(i % 2 == 0 ? 100 : 400);
        }
        assertThat(paced.untilNextToken(OFFERS)).isEqualTo(Duration.ofMillis(2000));
        assertThat(paced.meanCredit(OFFERS)).isZero();
    }

    @Test
    void aThrottleWhileWePaceTurnsTheCreditOffForThatOperation() throws Exception {
        for (int i = 0; i < RateLimiterRegistry.RoundTrips.WARM; i++) {
            call(300);
        }
        paced.throttled(OFFERS);
        call(300);
        assertThat(paced.untilNextToken(OFFERS)).isEqualTo(Duration.ofMillis(2000));
        // Other operations keep theirs.
        assertThat(paced.untilNextToken(SpApiOperation.GET_LISTINGS_ITEM)).isZero();
    }

    @Test
    void aCallStillInFlightHoldsItsPlaceWhateverTheHistory() throws Exception {
        for (int i = 0; i < RateLimiterRegistry.RoundTrips.WARM; i++) {
            call(300);
        }
        now.addAndGet(paced.untilNextToken(OFFERS).toMillis());
        paced.acquire(OFFERS);
        now.addAndGet(5000); // hung: Amazon may not have seen it yet
        assertThat(paced.untilNextToken(OFFERS)).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
        paced.completed(OFFERS, Duration.ofMillis(5000));
        // Only the usual post-arrival part (lower quartile 300 less the 2 ms margin) is given back: the
        // slow call is dated 298 ms before its answer, not at its send.
        assertThat(paced.untilNextToken(OFFERS)).isEqualTo(Duration.ofMillis(2000 - 298));
    }
}
