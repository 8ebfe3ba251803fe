package com.pricedesk.app.queue;

import com.pricedesk.amazon.RateLimiterRegistry;
import com.pricedesk.amazon.RetryPolicy;
import com.pricedesk.amazon.SpApiConnector;
import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.account.Secret;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import com.pricedesk.sim.DeterministicMarket;
import com.pricedesk.sim.SimConfig;
import com.pricedesk.sim.SimCredentials;
import com.pricedesk.sim.SimListing;
import com.pricedesk.sim.SimServer;
import com.pricedesk.store.JdbiAlertRepository;
import com.pricedesk.store.JdbiAmazonAccountRepository;
import com.pricedesk.store.JdbiPriceChangeRepository;
import com.pricedesk.store.JdbiPriceLimitRepository;
import com.pricedesk.store.JdbiPriceRepository;
import com.pricedesk.store.JdbiSettingsRepository;
import com.pricedesk.store.JdbiSkuRepository;
import com.pricedesk.store.JdbiUnitOfWork;
import com.pricedesk.store.SecretSealer;
import com.pricedesk.store.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The approval queue and submission wired as the composition root wires them (real H2 repositories,
 * the real SP-API client), against a simulator; shared by the submission tests, the crash-safety
 * child process and the benchmark.
 */
final class SubmissionRig {
    final Workspace workspace;
    final JdbiPriceChangeRepository changes;
    final JdbiAlertRepository alerts;
    final JdbiPriceRepository prices;
    final JdbiSettingsRepository settingsRepo;
    final QueueSettings settings;
    final EmergencyStop stop;
    final ApprovalQueue queue;
    final SubmissionService submission;
    final JdbiAmazonAccountRepository accounts;

    SubmissionRig(Workspace workspace, double speed, RetryPolicy retry, Clock clock) {
        this.workspace = workspace;
        var jdbi = workspace.jdbi();
        this.changes = new JdbiPriceChangeRepository(jdbi);
        this.alerts = new JdbiAlertRepository(jdbi);
        this.prices = new JdbiPriceRepository(jdbi);
        this.settingsRepo = new JdbiSettingsRepository(jdbi);
        this.settings = new QueueSettings(settingsRepo);
        this.stop = new EmergencyStop(settingsRepo, clock);
        var limits = new JdbiPriceLimitRepository(jdbi);
        var unitOfWork = new JdbiUnitOfWork(jdbi);
        this.accounts = new JdbiAmazonAccountRepository(jdbi, new SecretSealer(workspace.dataDir()), clock);
        this.queue = new ApprovalQueue(changes, new JdbiSkuRepository(jdbi), prices, limits, settings, stop, unitOfWork,
                clock);
        var connector = new SpApiConnector(new RateLimiterRegistry(speed), retry, clock);
        this.submission = new SubmissionService(changes, alerts, prices, limits, settings, stop, unitOfWork,
                () -> accounts.find().map(connector::connect), clock);
    }

    static RetryPolicy quickRetries() {
        return new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(2));
    }

    static SimServer startSim(int products, double speed, Clock clock) throws IOException {
        SimServer sim = new SimServer(SimConfig.of(0, 11, speed), new DeterministicMarket(11,
                DeterministicMarket.sampleProducts(11, products)), clock);
        sim.start();
        return sim;
    }

    /** The simulator's listings as the workspace's SKUs and prices, and its account as the connected one. */
    void seed(SimServer sim) {
        List<Sku> skus = new ArrayList<>();
        Map<String, Money> current = new HashMap<>();
        for (SimListing l : sim.market().listings()) {
            skus.add(new Sku(l.sellerSku(), l.asin(), l.title(), null, "home-and-kitchen", Tier.REGULAR, List.of(),
                    null, null));
            current.put(l.sellerSku(), Money.usd(l.price()));
        }
        new JdbiSkuRepository(workspace.jdbi()).saveAll(skus);
        prices.saveAll(current);
        SimCredentials c = sim.credentials();
        accounts.save(new AmazonAccount(sim.spApiEndpoint(), sim.lwaEndpoint(), c.clientId(), Secret.of(c.clientSecret()),
                Secret.of(c.refreshToken()), c.sellerId(), AmazonAccount.US_MARKETPLACE));
    }

    /** Fast settings for tests: short confirmation time and polling. */
    void quickSettings(int feedThreshold, long confirmSeconds) {
        settings.put(QueueSettings.FEED_THRESHOLD, Integer.toString(feedThreshold));
        settings.put(QueueSettings.CONFIRM_TIMEOUT_SECONDS, Long.toString(confirmSeconds));
        settings.put(QueueSettings.WAIT_SECONDS, Long.toString(confirmSeconds + 2));
        settings.put(QueueSettings.POLL_MILLIS, "50");
    }

    /** Proposes 3 % below the listing's price for each of {@code listings}, and approves them. */
    List<QueuedChange> approveBatch(List<SimListing> listings, Clock clock) {
        List<QueuedChange> proposals = new ArrayList<>();
        for (SimListing l : listings) {
            Money old = Money.usd(l.price());
            Money next = Money.usd(l.price().multiply(new BigDecimal("0.97")).setScale(2, RoundingMode.HALF_UP));
            proposals.add(QueuedChange.proposed(l.sellerSku(), old, next, Money.usd("1.00"), Money.usd("999.00"),
                    "r1", "Follow the Buy Box", 1, Explanation.of("test move", "测试调价"), "test", clock.instant()));
        }
        List<QueuedChange> stored = changes.insert(proposals, Explanation.of("proposed", "提出"));
        return queue.approve(stored.stream().map(QueuedChange::id).toList(), "test");
    }

    /** Submits until nothing is approved or in flight any more (at most {@code rounds} runs). */
    void submitUntilSettled(int rounds) {
        for (int i = 0; i < rounds; i++) {
            submission.submitApproved();
            if (changes.inStates(java.util.EnumSet.of(ChangeState.APPROVED, ChangeState.SUBMITTING,
                    ChangeState.SUBMITTED)).isEmpty()) {
                return;
            }
        }
    }
}
