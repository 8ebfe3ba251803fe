package com.pricedesk.sim;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Amazon's side of the rate limits: a token bucket per operation that refuses (429) instead of
 * waiting. {@code speed} > 1 refills them faster, matching the sped-up clock.
 */
final class SimRateLimits {
    private final Map<SimOperation, Bucket> buckets = new EnumMap<>(SimOperation.class);

    SimRateLimits(double speed) {
        for (SimOperation op : SimOperation.values()) {
            if (op.rateLimited()) {
                long nanos = Math.max(1, Math.round(1_000_000_000d / (op.ratePerSecond() * speed)));
                buckets.put(op, Bucket.builder().addLimit(Bandwidth.builder().capacity(op.burst())
                        .refillGreedy(1, Duration.ofNanos(nanos)).initialTokens(op.burst()).build()).build());
            }
        }
    }

    /** True when the call may proceed now. */
    boolean tryAcquire(SimOperation op) {
        Bucket b = buckets.get(op);
        return b == null || b.tryConsume(1);
    }
}
