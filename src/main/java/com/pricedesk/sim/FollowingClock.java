package com.pricedesk.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The in-process simulator's clock: it follows the application's clock, and while that one stands
 * still (a fixed clock in tests and scripted runs) it keeps ticking in real time from there, so that
 * reports and feeds still finish. A jump of the application's clock (a test moving a day on) is
 * followed at once.
 */
public final class FollowingClock extends Clock {
    private final Clock app;
    private Instant base;
    private long baseNanos;

    public FollowingClock(Clock app) {
        this.app = app;
        this.base = app.instant();
        this.baseNanos = System.nanoTime();
    }

    @Override
    public synchronized Instant instant() {
        Instant now = app.instant();
        if (!now.equals(base)) {
            base = now;
            baseNanos = System.nanoTime();
            return now;
        }
        return base.plus(Duration.ofNanos(System.nanoTime() - baseNanos));
    }

    @Override
    public ZoneId getZone() {
        return app.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new FollowingClock(app.withZone(zone));
    }
}
