package com.pricedesk.amazon;

import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.account.Secret;
import com.pricedesk.domain.port.MarketplaceGateway;
import com.pricedesk.sim.DeterministicMarket;
import com.pricedesk.sim.SimConfig;
import com.pricedesk.sim.SimCredentials;
import com.pricedesk.sim.SimServer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** A simulator on a free loopback port and a real client pointed at it. */
final class SimHarness implements AutoCloseable {
    final SimServer sim;
    final RateLimiterRegistry limits;
    final Clock clock;
    final RetryPolicy retry;

    SimHarness(int products, double speed, Clock clock, RetryPolicy retry) throws IOException {
        this.clock = clock;
        this.retry = retry;
        this.sim = new SimServer(SimConfig.of(0, 7, speed), new DeterministicMarket(7,
                DeterministicMarket.sampleProducts(7, products)), clock);
        this.sim.start();
        this.limits = new RateLimiterRegistry(speed);
    }

    static RetryPolicy quickRetries() {
        return new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    AmazonAccount account() {
        SimCredentials c = sim.credentials();
        return new AmazonAccount(sim.spApiEndpoint(), sim.lwaEndpoint(), c.clientId(), Secret.of(c.clientSecret()),
                Secret.of(c.refreshToken()), c.sellerId(), AmazonAccount.US_MARKETPLACE);
    }

    MarketplaceGateway gateway() {
        return new SpApiConnector(limits, retry, clock).connect(account());
    }

    @Override
    public void close() {
        sim.close();
    }
}
