package com.pricedesk.app.jobs;

import java.time.Duration;

/** After {@code n} failures in a row a job waits {@code first × 2^(n−1)}, never longer than {@code max}. */
public record BackOff(Duration first, Duration max) {
    public static final BackOff DEFAULT = new BackOff(Duration.ofMinutes(1), Duration.ofHours(1));

    public BackOff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("Back-off needs 0 < first <= max, was " + first + ", " + max);
        }
    }

    public Duration delay(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        Duration d = first;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
