package com.pricedesk.sim;

import java.time.Duration;

/**
 * How to run the simulator. {@code port} 0 picks a free port. {@code speed} > 1 runs its clock
 * faster: rate limits refill and access tokens expire that many times sooner.
 */
public record SimConfig(int port, long seed, double speed, Duration tokenLifetime) {

    /** Amazon's access tokens live one hour. */
    public static final Duration AMAZON_TOKEN_LIFETIME = Duration.ofHours(1);

    public SimConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive");
        }
    }

    public static SimConfig of(int port, long seed, double speed) {
        return new SimConfig(port, seed, speed, AMAZON_TOKEN_LIFETIME);
    }

    /** The token lifetime in real time: a faster clock makes tokens expire sooner. */
    Duration realTokenLifetime() {
        long millis = Math.max(1000, Math.round(tokenLifetime.toMillis() / speed));
        return Duration.ofMillis(millis);
    }
}
