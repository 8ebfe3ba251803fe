package com.pricedesk.amazon;

import java.time.Duration;

/**
 * Bounded exponential backoff: retry {@code maxRetries} times, waiting base·2^n (at most
 * {@code maxDelay}) with jitter, so that a throttled or failing Amazon is never hammered in a loop.
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration requestTimeout) {

    /** Amazon's advice: about 5 retries, capped near a minute. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(30));
    }

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
    }

    /**
     * The wait before retry number {@code retry} (0 for the first), never shorter than {@code floor}
     * (one token's worth of the operation's rate after a 429). {@code random} in [0,1) gives the jitter:
     * between half and all of the exponential step, so simultaneous callers spread out.
     */
    Duration delay(int retry, Duration floor, double random) {
        long base = baseDelay.toMillis();
        long step = retry >= 30 ? Long.MAX_VALUE : base << retry;
        long capped = Math.min(step, maxDelay.toMillis());
        long jittered = capped / 2 + (long) (random * (capped - capped / 2));
        return Duration.ofMillis(Math.max(jittered, floor.toMillis()));
    }
}
