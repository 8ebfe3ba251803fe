package com.pricedesk.amazon;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One waiting token bucket per SP-API operation, shared by every caller in the process: Amazon
 * counts calls per operation and per seller+app, so two gateways must not each think they have the
 * whole quota. Created once in the composition root.
 * <p>
 * Each bucket mirrors Amazon's (and the simulator's): the same rate, the same burst, greedy refill,
 * full at the start. Mirroring alone is not enough, because Amazon counts a call when it
 * <em>arrives</em>, later than we took our token: when Amazon's bucket is full during that gap it
 * wastes the refill ours gets, and the next call would find Amazon one token short (the 429 seen on
 * a burst-1 operation). So a call still in flight (token taken, no answer yet) keeps its place: the
 * bucket refills only up to {@code burst − calls in flight}. With that rule our bucket never holds
 * more than Amazon's, whatever the network's delays, so our own pacing cannot cause a 429 when we
 * are the only caller; it costs one round trip per call only while the bucket is at its cap.
 * <p>
 * Time is read from the same millisecond clock Amazon's side of the simulator uses and tokens are
 * counted in whole nanoseconds of refill, so the two buckets agree exactly; a small rate margin
 * ({@value #DEFAULT_SAFETY_MARGIN}) covers a remote server's rounding.
 */
public final class RateLimiterRegistry {
    private static final Logger log = LoggerFactory.getLogger(RateLimiterRegistry.class);
    static final double DEFAULT_SAFETY_MARGIN = 0.002;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final double speed;
    private final double safetyMargin;
    private final LongSupplier millis;
    private final Map<SpApiOperation, Mirror> buckets = new EnumMap<>(SpApiOperation.class);

    /** Amazon's default rates in real time. */
    public RateLimiterRegistry() {
        this(1.0);
    }

    /** {@code speed} > 1 runs the buckets faster, to match a simulator whose clock runs faster. */
    public RateLimiterRegistry(double speed) {
        this(speed, DEFAULT_SAFETY_MARGIN, System::currentTimeMillis);
    }

    RateLimiterRegistry(double speed, double safetyMargin, LongSupplier millis) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
        this.speed = speed;
        this.safetyMargin = safetyMargin;
        this.millis = millis;
        for (SpApiOperation op : SpApiOperation.values()) {
            buckets.put(op, new Mirror(op.ratePerSecond(), op.burst(), periodNanos(op.ratePerSecond()), millis.getAsLong()));
        }
    }

    /**
     * Blocks until the operation may be called, and counts the call as in flight until
     * {@link #completed} is called for it (which the caller must do, answer or not).
     */
    public void acquire(SpApiOperation op) throws InterruptedException {
        buckets.get(op).acquire();
    }

    /** The call taken by {@link #acquire} has its answer (or failed): its place in the burst refills again. */
    public void completed(SpApiOperation op, Duration tokenToAnswer) {
        buckets.get(op).release(tokenToAnswer.toNanos());
    }

    /**
     * The mean time from a call's token to its answer so far (zero before any call): on a burst-1
     * operation each call also waits the previous one's round trip, so this is what pacing costs
     * beyond the quota (printed by the quota benchmark).
     */
    public Duration meanRoundTrip(SpApiOperation op) {
        return buckets.get(op).meanRoundTrip();
    }

    /** The shortest honest wait between two calls, used as the floor of the 429 backoff. */
    public Duration minimumInterval(SpApiOperation op) {
        return Duration.ofNanos(buckets.get(op).period());
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
        Mirror b = buckets.get(op);
        double current = b.rate();
        if (Math.abs(applied - current) / current < 0.01) {
            return;
        }
        b.changeRate(applied, periodNanos(applied));
        log.info("Amazon applies {}/s to {} (was {}/s); pacing adjusted", applied, op.operationId(), current);
    }

    /** The rate currently used for {@code op}, in requests per (unscaled) second. */
    public double rate(SpApiOperation op) {
        return buckets.get(op).rate();
    }

    /** Calls of {@code op} taken and not yet answered (for tests). */
    int inFlight(SpApiOperation op) {
        return buckets.get(op).inFlight();
    }

    /** One token's worth of refill, in nanoseconds of (sped-up) time, as Amazon's side rounds it, plus the margin. */
    private long periodNanos(double ratePerSecond) {
        double nanos = 1_000_000_000d / (ratePerSecond * speed);
        return Math.max(1, Math.round(nanos) + (long) Math.ceil(nanos * safetyMargin));
    }

    /** A greedy bucket counted in nanoseconds of refill; one token = {@code period} of them. */
    private final class Mirror {
        private final int burst;
        private double rate;
        private long period;
        /** Refill held, in nanoseconds; a call needs {@code period}. */
        private long level;
        private long lastMillis;
        private int inFlight;
        private long answered;
        private long roundTrips;

        Mirror(double rate, int burst, long period, long now) {
            this.rate = rate;
            this.burst = burst;
            this.period = period;
            this.level = burst * period;
            this.lastMillis = now;
        }

        synchronized void acquire() throws InterruptedException {
            while (true) {
                refill();
                if (level >= period) {
                    level -= period;
                    inFlight++;
                    return;
                }
                if (inFlight >= burst) {
                    wait(); // the cap is below one token until a call in flight answers
                } else {
                    long missing = period - level;
                    wait(Math.max(1, (missing + NANOS_PER_MILLI - 1) / NANOS_PER_MILLI));
                }
            }
        }

        synchronized void release(long roundTripNanos) {
            refill(); // the refill up to now was capped with this call still in flight
            if (inFlight > 0) {
                inFlight--;
            }
            answered++;
            roundTrips += roundTripNanos;
            notifyAll();
        }

        synchronized Duration meanRoundTrip() {
            return answered == 0 ? Duration.ZERO : Duration.ofNanos(roundTrips / answered);
        }

        synchronized double rate() {
            return rate;
        }

        synchronized long period() {
            return period;
        }

        synchronized int inFlight() {
            return inFlight;
        }

        synchronized void changeRate(double newRate, long newPeriod) {
            refill();
            // Keep the same number of tokens held.
            level = (long) ((double) level / period * newPeriod);
            rate = newRate;
            period = newPeriod;
            notifyAll();
        }

        private void refill() {
            long now = millis.getAsLong();
            long elapsed = now - lastMillis;
            if (elapsed <= 0) {
                return; // same millisecond, or the wall clock stepped back: no refill
            }
            lastMillis = now;
            long cap = (long) Math.max(0, burst - inFlight) * period;
            if (level < cap) {
                long gained = elapsed >= Long.MAX_VALUE / NANOS_PER_MILLI ? Long.MAX_VALUE : elapsed * NANOS_PER_MILLI;
                level = gained >= cap - level ? cap : level + gained;
            } else if (level > cap) {
                level = cap;
            }
        }
    }
}
