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
 * bucket refills only up to {@code burst − calls in flight}. With that rule alone our bucket never
 * holds more than Amazon's, whatever the network's delays, but each call of a burst-1 operation then
 * costs its whole round trip on top of the quota's period (6 % at the simulator's speed 5, 5–10 %
 * against Amazon's 2 s period for offers).
 * <p>
 * Most of a round trip comes after the arrival (Amazon's processing and the answer's way back), so
 * when an answer comes the bucket gets back part of the refill it held back ({@link RoundTrips#credit}):
 * the call is dated as counted at {@code send + margin}, where the margin is the recent spread of round
 * trips, but never earlier than {@code answer − (lower quartile − margin)}. That is later than Amazon
 * counted it unless the call's way there was slower than the next call's by more than the margin.
 * Round trips that vary a lot earn nothing back (the safe rule). If Amazon still answers 429 while we
 * pace, the bet was wrong on this network: {@link #throttled} turns the credit off for that operation.
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
     * Amazon answered 429 to {@code op} although our pacing let the call go: stop crediting answered
     * round trips for it (see the class comment) and pace from answers only, as the safe rule does.
     */
    public void throttled(SpApiOperation op) {
        if (buckets.get(op).stopCrediting()) {
            log.info("{}: Amazon throttled a paced call; pacing from answers from now on", op.operationId());
        }
    }

    /**
     * The mean refill given back per answered call so far: what arrival-aware pacing saved per call
     * (printed by the quota benchmark).
     */
    public Duration meanCredit(SpApiOperation op) {
        return buckets.get(op).meanCredit();
    }

    /** How long a call of {@code op} would wait now (for tests; zero when a token is there). */
    Duration untilNextToken(SpApiOperation op) {
        return buckets.get(op).untilNextToken();
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
        /** Refill the in-flight cap held back and no answer has given back yet, in nanoseconds. */
        private long heldBack;
        private long credited;
        private boolean crediting = true;
        private final RoundTrips recent = new RoundTrips();

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
            recent.add(roundTripNanos);
            if (crediting) {
                long back = Math.min(heldBack, recent.credit(roundTripNanos));
                long cap = (long) (burst - inFlight) * period;
                back = Math.max(0, Math.min(back, cap - level));
                level += back;
                heldBack -= back;
                credited += back;
            }
            if (inFlight == 0) {
                heldBack = 0; // nothing in flight: whatever was held back belongs to answered calls
            }
            notifyAll();
        }

        synchronized boolean stopCrediting() {
            boolean was = crediting;
            crediting = false;
            return was;
        }

        synchronized Duration meanCredit() {
            return answered == 0 ? Duration.ZERO : Duration.ofNanos(credited / answered);
        }

        synchronized Duration untilNextToken() {
            refill();
            if (level >= period) {
                return Duration.ZERO;
            }
            return inFlight >= burst ? Duration.ofNanos(Long.MAX_VALUE) : Duration.ofNanos(period - level);
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
            long full = (long) burst * period;
            long gained = elapsed >= Long.MAX_VALUE / NANOS_PER_MILLI ? Long.MAX_VALUE : elapsed * NANOS_PER_MILLI;
            if (level < cap) {
                long room = full - level;
                long wouldHave = gained >= room ? full : level + gained; // without the in-flight cap
                level = gained >= cap - level ? cap : level + gained;
                heldBack += wouldHave - level;
            } else if (level > cap) {
                level = cap;
            } else if (inFlight > 0 && level < full) {
                heldBack += Math.min(gained, full - level);
            }
        }
    }

    /**
     * The last {@value #SIZE} round trips of one operation, and how much of an answered call's round
     * trip may be taken as having come after Amazon counted it. The margin kept is the interquartile
     * spread of recent round trips (at least {@value #MIN_MARGIN_NANOS} ns): a call is dated no earlier
     * than {@code send + margin}, and no earlier than {@code answer − (lower quartile − margin)}, so a
     * slow answer is not assumed to have been slow only after its arrival. Nothing is given back until
     * {@value #WARM} round trips are known, and a machine or network whose round trips vary a lot gets
     * nothing back at all.
     */
    static final class RoundTrips {
        static final int SIZE = 32;
        static final int WARM = 8;
        static final long MIN_MARGIN_NANOS = 2_000_000;
        private final long[] nanos = new long[SIZE];
        private final long[] sorted = new long[SIZE];
        private int count;

        void add(long roundTripNanos) {
            nanos[count % SIZE] = Math.max(0, roundTripNanos);
            count++;
        }

        /** Refill to give back for a call just answered after {@code roundTripNanos} (already added). */
        long credit(long roundTripNanos) {
            if (count < WARM) {
                return 0;
            }
            int n = Math.min(count, SIZE);
            System.arraycopy(nanos, 0, sorted, 0, n);
            java.util.Arrays.sort(sorted, 0, n);
            long lowerQuartile = sorted[n / 4];
            long upperQuartile = sorted[(3 * n) / 4];
            long margin = Math.max(MIN_MARGIN_NANOS, upperQuartile - lowerQuartile);
            return Math.max(0, Math.min(roundTripNanos, lowerQuartile) - margin);
        }
    }
}
