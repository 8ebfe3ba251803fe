package com.pricedesk.amazon;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One waiting token bucket per SP-API operation, shared by every caller in the process: Amazon
 * counts calls per operation and per seller+app, so two gateways must not each think they have the
 * whole quota. Created once in the composition root.
 */
public final class RateLimiterRegistry {
    private static final Logger log = LoggerFactory.getLogger(RateLimiterRegistry.class);
    /**
     * Pace a little under the limit (2 % plus 5 ms a call, the 5 ms shrunk with the simulator's
     * speed like every other duration) so that jitter does not make a call reach Amazon before
     * Amazon's own bucket has refilled. At real speed that costs 4.5 % on the fastest operations.
     */
    private static final double DEFAULT_SAFETY_MARGIN = 0.02;
    private static final long JITTER_ALLOWANCE_NANOS = 5_000_000L;
    /** Buckets count thousandths of a call, so that a few milliseconds of lateness can be charged. */
    private static final long MILLI = 1000;

    private final double speed;
    private final double safetyMargin;
    private final Map<SpApiOperation, Bucket> buckets = new EnumMap<>(SpApiOperation.class);
    private final Map<SpApiOperation, Double> rates = new EnumMap<>(SpApiOperation.class);
    private final Map<SpApiOperation, AtomicLong> fastestAnswerNanos = new EnumMap<>(SpApiOperation.class);

    /** Amazon's default rates in real time. */
    public RateLimiterRegistry() {
        this(1.0);
    }

    /** {@code speed} > 1 runs the buckets faster, to match a simulator whose clock runs faster. */
    public RateLimiterRegistry(double speed) {
        this(speed, DEFAULT_SAFETY_MARGIN);
    }

    RateLimiterRegistry(double speed, double safetyMargin) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
        this.speed = speed;
        this.safetyMargin = safetyMargin;
        for (SpApiOperation op : SpApiOperation.values()) {
            rates.put(op, op.ratePerSecond());
            buckets.put(op, Bucket.builder().addLimit(bandwidth(op.ratePerSecond(), op.burst())).build());
            fastestAnswerNanos.put(op, new AtomicLong(-1));
        }
    }

    /**
     * Blocks until the operation may be called. Waits and then tries again instead of reserving a
     * future token, so that lateness charged by {@link #completed} while we wait still counts.
     */
    public void acquire(SpApiOperation op) throws InterruptedException {
        Bucket b = bucket(op);
        while (true) {
            ConsumptionProbe probe = b.tryConsumeAndReturnRemaining(MILLI);
            if (probe.isConsumed()) {
                return;
            }
            TimeUnit.NANOSECONDS.sleep(Math.max(probe.getNanosToWaitForRefill(), 100_000L));
        }
    }

    /**
     * Reports how long a call took from its token to its answer. Amazon counted the call when it
     * arrived, which may be later than we assumed: the first call of a connection pays for the TLS
     * handshake, a congested one for the queue. The next call is held back by half the extra time
     * (the way there is about half a round trip; the rest is Amazon working after it counted us),
     * and by half the whole answer time the first time, when nothing is known yet.
     */
    public void completed(SpApiOperation op, Duration tokenToAnswer) {
        long nanos = tokenToAnswer.toNanos();
        AtomicLong fastest = fastestAnswerNanos.get(op);
        long previous = fastest.getAndAccumulate(nanos, (old, now) -> old < 0 ? now : Math.min(old, now));
        long late = (previous < 0 ? nanos : nanos - Math.min(previous, nanos)) / 2;
        long period = minimumInterval(op).toNanos();
        long debt = Math.min(MILLI, Math.round((double) late / period * MILLI));
        if (debt > 0) {
            bucket(op).consumeIgnoringRateLimits(debt);
        }
    }

    /** The shortest honest wait between two calls, used as the floor of the 429 backoff. */
    public Duration minimumInterval(SpApiOperation op) {
        synchronized (rates) {
            return refillPeriod(rates.get(op));
        }
    }

    /**
     * Adopts the rate Amazon says it applied ({@code x-amzn-RateLimit-Limit}), up or down. The header
     * is often missing, so this is only ever a correction of the model's default.
     */
    public void observeLimit(SpApiOperation op, String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return;
        }
        double applied;
        try {
            applied = Double.parseDouble(headerValue.trim());
        } catch (NumberFormatException e) {
            log.debug("Ignoring unreadable x-amzn-RateLimit-Limit '{}' for {}", headerValue, op.operationId());
            return;
        }
        if (!(applied > 0) || Double.isInfinite(applied)) {
            return;
        }
        synchronized (rates) {
            double current = rates.get(op);
            if (Math.abs(applied - current) / current < 0.01) {
                return;
            }
            rates.put(op, applied);
            bucket(op).replaceConfiguration(BucketConfiguration.builder().addLimit(bandwidth(applied, op.burst())).build(),
                    TokensInheritanceStrategy.AS_IS);
            log.info("Amazon applies {}/s to {} (was {}/s); pacing adjusted", applied, op.operationId(), current);
        }
    }

    /** The rate currently used for {@code op}, in requests per (unscaled) second. */
    public double rate(SpApiOperation op) {
        synchronized (rates) {
            return rates.get(op);
        }
    }

    private Bucket bucket(SpApiOperation op) {
        return buckets.get(op);
    }

    private Bandwidth bandwidth(double ratePerSecond, int burst) {
        return Bandwidth.builder().capacity(burst * MILLI).refillGreedy(MILLI, refillPeriod(ratePerSecond))
                .initialTokens(burst * MILLI).build();
    }

    private Duration refillPeriod(double ratePerSecond) {
        double seconds = (1.0 / (ratePerSecond * speed)) * (1.0 + safetyMargin);
        return Duration.ofNanos(Math.max(1, Math.round(seconds * 1_000_000_000d))
                + Math.round(JITTER_ALLOWANCE_NANOS / speed));
    }
}
