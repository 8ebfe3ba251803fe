package com.pricedesk.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = RetryPolicy.defaults();

    @Test
    void delaysGrowExponentiallyWithJitterAndAreCapped() {
        assertThat(policy.delay(0, Duration.ZERO, 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delay(0, Duration.ZERO, 0.999)).isBetween(Duration.ofMillis(990), Duration.ofMillis(1000));
        assertThat(policy.delay(3, Duration.ZERO, 0.0)).isEqualTo(Duration.ofMillis(4000));
        assertThat(policy.delay(20, Duration.ZERO, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delay(62, Duration.ZERO, 0.5)).isLessThanOrEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void throttledRetryWaitsAtLeastOneTokenOfTheOperationsRate() {
        // getCompetitiveSummary-like 0.033/s: never retry sooner than ~30 s.
        assertThat(policy.delay(0, Duration.ofSeconds(30), 0.0)).isEqualTo(Duration.ofSeconds(30));
    }
}
