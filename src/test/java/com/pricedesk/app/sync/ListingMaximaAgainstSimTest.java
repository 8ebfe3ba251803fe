package com.pricedesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.amazon.RateLimiterRegistry;
import com.pricedesk.amazon.RetryPolicy;
import com.pricedesk.amazon.SpApiConnector;
import com.pricedesk.app.demo.DemoCatalog;
import com.pricedesk.app.repricing.ReferencePriceFacts;
import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.account.Secret;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Fixtures;
import com.pricedesk.domain.pricing.Guardrail;
import com.pricedesk.domain.pricing.GuardrailSettings;
import com.pricedesk.domain.pricing.PriceDecision;
import com.pricedesk.domain.pricing.PriceLimits;
import com.pricedesk.domain.pricing.RepricingInput;
import com.pricedesk.domain.pricing.RepricingOutcome;
import com.pricedesk.domain.rules.Adjustment;
import com.pricedesk.domain.rules.Conditions;
import com.pricedesk.domain.rules.MoveBy;
import com.pricedesk.domain.rules.Rule;
import com.pricedesk.domain.rules.RuleScope;
import com.pricedesk.domain.rules.RuleSet;
import com.pricedesk.domain.rules.SkuFacts;
import com.pricedesk.sim.FollowingClock;
import com.pricedesk.sim.LivingMarket;
import com.pricedesk.sim.SimConfig;
import com.pricedesk.sim.SimCredentials;
import com.pricedesk.sim.SimProduct;
import com.pricedesk.sim.SimServer;
import com.pricedesk.store.JdbiAmazonAccountRepository;
import com.pricedesk.store.JdbiMarketSnapshotRepository;
import com.pricedesk.store.JdbiPriceRepository;
import com.pricedesk.store.JdbiReferencePriceRepository;
import com.pricedesk.store.JdbiSkuRepository;
import com.pricedesk.store.JdbiSyncStateRepository;
import com.pricedesk.store.JdbiUnitOfWork;
import com.pricedesk.store.SecretSealer;
import com.pricedesk.store.Workspace;
import com.pricedesk.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Amazon's listing maximum end to end: the simulator's purchasable_offer maximum, read by the
 * listings sync through the real client into H2, merged into the engine's facts, clamping the ceiling.
 */
class ListingMaximaAgainstSimTest {
    private static final int SKUS = 45;
    private static final double SPEED = 400;
    private static final Instant NOW = Instant.parse("2026-11-29T09:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOW);
    private Workspace workspace;
    private SimServer sim;
    private LivingMarket market;
    private JdbiReferencePriceRepository references;
    private SyncService sync;
    private List<DemoCatalog.Item> items;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(dir, clock);
        var jdbi = workspace.jdbi();
        var skus = new JdbiSkuRepository(jdbi);
        var prices = new JdbiPriceRepository(jdbi);
        var accounts = new JdbiAmazonAccountRepository(jdbi, new SecretSealer(dir), clock);
        items = DemoCatalog.generate(7, SKUS);
        skus.saveAll(items.stream().map(DemoCatalog.Item::sku).toList());
        Map<String, Money> p = new LinkedHashMap<>();
        items.forEach(i -> p.put(i.sku().sellerSku(), i.price()));
        prices.saveAll(p);
        List<SimProduct> products = items.stream().map(i -> new SimProduct(i.sku().sellerSku(), i.sku().asin(),
                i.sku().title(), i.price().amount(), true, 5000)).toList();
        Clock simClock = new FollowingClock(clock);
        market = LivingMarket.create(7, products, TODAY.minusDays(20), simClock);
        sim = new SimServer(SimConfig.of(0, 7, SPEED), market, simClock);
        sim.start();
        SimCredentials c = sim.credentials();
        accounts.save(new AmazonAccount(sim.spApiEndpoint(), sim.lwaEndpoint(), c.clientId(),
                Secret.of(c.clientSecret()), Secret.of(c.refreshToken()), c.sellerId(), AmazonAccount.US_MARKETPLACE));
        references = new JdbiReferencePriceRepository(jdbi);
        RetryPolicy retry = new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(5));
        sync = new SyncService(accounts, new SpApiConnector(new RateLimiterRegistry(SPEED), retry, clock),
                Optional::empty, skus, prices, new JdbiMarketSnapshotRepository(jdbi), new JdbiSyncStateRepository(jdbi),
                new JdbiUnitOfWork(jdbi), SyncService.Polling.realTime(Duration.ofMillis(40), 500), clock, references);
    }

    @AfterEach
    void tearDown() {
        sim.close();
        workspace.close();
    }

    @Test
    void theListingsSyncRecordsAmazonsMaximumAndTheEngineCapsTheCeilingThere() {
        DemoCatalog.Item capped = items.stream().filter(i -> i.price().amount().compareTo(new BigDecimal("20")) > 0)
                .findFirst().orElseThrow();
        DemoCatalog.Item loose = items.stream().filter(i -> i != capped).findFirst().orElseThrow();
        BigDecimal cappedMax = capped.price().amount().add(new BigDecimal("0.50"));
        BigDecimal looseMax = capped.price().amount().multiply(new BigDecimal("3")).setScale(2);
        market.setPrice(capped.sku().sellerSku(), capped.price().amount(), null, cappedMax);
        market.setPrice(loose.sku().sellerSku(), loose.price().amount(), null, looseMax);

        List<SyncResult> results = sync.sync(EnumSet.of(SyncKind.LISTINGS));
        assertThat(results).extracting(SyncResult::status).containsOnly(SyncResult.Status.DONE);

        // Only the two listings that carry a maximum have one; every listing was read once.
        assertThat(references.listingMaxima(items.stream().map(i -> i.sku().sellerSku()).toList())).containsOnly(
                Map.entry(capped.sku().sellerSku(), Money.usd(cappedMax)),
                Map.entry(loose.sku().sellerSku(), Money.usd(looseMax)));
        List<String> all = items.stream().map(i -> i.sku().sellerSku()).toList();
        assertThat(references.listingMaximaDue(all, 1_000)).containsExactlyElementsOf(all);

        // The engine's facts carry it, and a +10% move stops at Amazon's maximum.
        String id = capped.sku().sellerSku();
        SkuFacts fresh = SkuFacts.builder(id).ownSellerId(Fixtures.US).snapshotAt(NOW.minusSeconds(60))
                .ourPrice(capped.price()).landedCost(Money.usd("7.00")).build();
        Map<String, SkuFacts> facts = new ReferencePriceFacts(skus -> Map.of(id, fresh), references)
                .latest(List.of(id));
        assertThat(facts.get(id).listingMaxPrice()).contains(Money.usd(cappedMax));
        Sku sku = new Sku(id, capped.sku().asin(), "t", null, "home-and-kitchen", Tier.REGULAR, List.of(), null, null);
        Rule up = new Rule("up", "Up 10%", RuleScope.EVERY_SKU, Conditions.all(), null,
                new MoveBy(Adjustment.percent("10")), Optional.empty(), 1, true);
        RepricingOutcome o = Fixtures.repricer(GuardrailSettings.DEFAULTS).evaluate(
                new RuleSet(1, Optional.empty(), List.of(up)), new RepricingInput(sku, facts.get(id),
                        Optional.of(Fixtures.ECONOMICS), KpiBook.defaults().forSku(sku), PriceLimits.NONE), NOW);
        assertThat(o).as(o.reason().english()).isInstanceOf(PriceDecision.class);
        PriceDecision d = (PriceDecision) o;
        assertThat(d.newPrice()).isEqualTo(Money.usd(cappedMax));
        assertThat(d.ceiling()).isEqualTo(Money.usd(cappedMax));
        assertThat(d.clampedBy()).containsExactly(Guardrail.CEILING_LISTING_MAX);

        // The seller's manual maximum, when lower, is the ceiling: min(manual, listing).
        Money manual = capped.price().plus(Money.usd("0.20"));
        PriceDecision lower = (PriceDecision) Fixtures.repricer(GuardrailSettings.DEFAULTS).evaluate(
                new RuleSet(1, Optional.empty(), List.of(up)), new RepricingInput(sku, facts.get(id),
                        Optional.of(Fixtures.ECONOMICS), KpiBook.defaults().forSku(sku),
                        new PriceLimits(Optional.empty(), Optional.of(manual))), NOW);
        assertThat(lower.newPrice()).isEqualTo(manual);
        assertThat(lower.clampedBy()).containsExactly(Guardrail.CEILING_MANUAL_MAX);

        // Amazon's maximum removed: the next read records none, and the ceiling loses that bound.
        market.setPrice(id, capped.price().amount(), null, null);
        clock.advance(Duration.ofHours(1));
        sync.sync(EnumSet.of(SyncKind.LISTINGS));
        assertThat(references.listingMaxima(items.stream().map(i -> i.sku().sellerSku()).toList())).doesNotContainKey(id).containsKey(loose.sku().sellerSku());
    }
}
