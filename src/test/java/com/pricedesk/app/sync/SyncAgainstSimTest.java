package com.pricedesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.amazon.AdsApiConnector;
import com.pricedesk.amazon.RateLimiterRegistry;
import com.pricedesk.amazon.RetryPolicy;
import com.pricedesk.amazon.SpApiConnector;
import com.pricedesk.app.demo.DemoCatalog;
import com.pricedesk.domain.account.AdsAccount;
import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.account.Secret;
import com.pricedesk.domain.market.Freshness;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.MarketplaceConnector;
import com.pricedesk.domain.port.MarketplaceGateway;
import com.pricedesk.sim.FollowingClock;
import com.pricedesk.sim.LivingMarket;
import com.pricedesk.sim.SimConfig;
import com.pricedesk.sim.SimCredentials;
import com.pricedesk.sim.SimFault;
import com.pricedesk.sim.SimOperation;
import com.pricedesk.sim.SimProduct;
import com.pricedesk.sim.SimServer;
import com.pricedesk.store.JdbiAmazonAccountRepository;
import com.pricedesk.store.JdbiMarketSnapshotRepository;
import com.pricedesk.store.JdbiPriceRepository;
import com.pricedesk.store.JdbiSkuRepository;
import com.pricedesk.store.JdbiSyncStateRepository;
import com.pricedesk.store.JdbiUnitOfWork;
import com.pricedesk.store.SecretSealer;
import com.pricedesk.store.Workspace;
import com.pricedesk.testing.MutableClock;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync end to end: the real client against the living simulator into a real H2 workspace. */
class SyncAgainstSimTest {
    private static final int SKUS = 60;
    private static final double SPEED = 400;
    private static final Instant NOW = Instant.parse("2026-11-29T09:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOW);
    private Workspace workspace;
    private SimServer sim;
    private JdbiMarketSnapshotRepository snapshots;
    private JdbiSyncStateRepository state;
    private JdbiAmazonAccountRepository accounts;
    private JdbiSkuRepository skus;
    private JdbiPriceRepository prices;
    private List<DemoCatalog.Item> items;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(dir, clock);
        var jdbi = workspace.jdbi();
        skus = new JdbiSkuRepository(jdbi);
        prices = new JdbiPriceRepository(jdbi);
        snapshots = new JdbiMarketSnapshotRepository(jdbi);
        state = new JdbiSyncStateRepository(jdbi);
        accounts = new JdbiAmazonAccountRepository(jdbi, new SecretSealer(dir), clock);
        items = DemoCatalog.generate(5, SKUS);
        skus.saveAll(items.stream().map(DemoCatalog.Item::sku).toList());
        Map<String, Money> p = new LinkedHashMap<>();
        items.forEach(i -> p.put(i.sku().sellerSku(), i.price()));
        prices.saveAll(p);
        List<SimProduct> products = items.stream().map(i -> new SimProduct(i.sku().sellerSku(), i.sku().asin(),
                i.sku().title(), i.price().amount(), true, 5000)).toList();
        // The test clock stands still between steps; the simulator's follows it and ticks meanwhile.
        Clock simClock = new FollowingClock(clock);
        LivingMarket market = LivingMarket.create(5, products, TODAY.minusDays(20), simClock);
        sim = new SimServer(SimConfig.of(0, 5, SPEED), market, simClock);
        sim.start();
        SimCredentials c = sim.credentials();
        accounts.save(new AmazonAccount(sim.spApiEndpoint(), sim.lwaEndpoint(), c.clientId(),
                Secret.of(c.clientSecret()), Secret.of(c.refreshToken()), c.sellerId(), AmazonAccount.US_MARKETPLACE));
    }

    @AfterEach
    void tearDown() {
        sim.close();
        workspace.close();
    }

    private SyncService service(MarketplaceConnector connector) {
        SimCredentials c = sim.credentials();
        AdsAccount ads = new AdsAccount(sim.spApiEndpoint(), sim.lwaEndpoint(), c.clientId(),
                Secret.of(c.clientSecret()), Secret.of(c.refreshToken()), sim.authority().adsProfileId());
        RetryPolicy retry = new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(5));
        var adsGateway = new AdsApiConnector(retry, clock).connect(ads);
        // The simulator's processing runs on the wall clock scaled by SPEED; poll in real time.
        return new SyncService(accounts, connector, () -> Optional.of(adsGateway), skus, prices, snapshots, state,
                new JdbiUnitOfWork(workspace.jdbi()), SyncService.Polling.realTime(Duration.ofMillis(40), 500),
                clock);
    }

    private MarketplaceConnector realClient() {
        RetryPolicy retry = new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(5));
        return new SpApiConnector(new RateLimiterRegistry(SPEED), retry, clock);
    }

    @Test
    void syncAllFillsEveryKindAndRecordsFreshness() {
        List<SyncResult> results = service(realClient()).syncAll();

        assertThat(results).extracting(SyncResult::status).containsOnly(SyncResult.Status.DONE);
        assertThat(results).extracting(SyncResult::kind).containsExactly(SyncKind.values());
        assertThat(snapshots.offerSnapshotCount()).isEqualTo(SKUS);
        assertThat(snapshots.inventorySnapshotCount()).isEqualTo(SKUS);
        // Seven finished days of traffic and ads, plus today's prices, offers, stock and fees.
        assertThat(snapshots.dayCount()).isEqualTo(SKUS * 8L);
        String sku = items.get(0).sku().sellerSku();
        List<SkuDay> h = snapshots.history(sku, TODAY.minusDays(30), TODAY);
        assertThat(h).hasSize(8);
        SkuDay today = h.get(7);
        assertThat(today.day()).isEqualTo(TODAY);
        assertThat(today.price()).isNotNull();
        assertThat(today.buyBoxPrice()).isNotNull();
        assertThat(today.bsr()).isPositive();
        assertThat(today.inventory()).isNotNegative();
        assertThat(today.feesPerUnit()).isPositive();
        assertThat(h.subList(0, 7)).allSatisfy(d -> {
            assertThat(d.units()).isNotNull();
            assertThat(d.sessions()).isPositive();
            assertThat(d.adSpend()).isNotNull();
        });
        // Daily sales, fees and ads add up in the portfolio view.
        var portfolio = snapshots.portfolio(TODAY.minusDays(7), TODAY);
        assertThat(portfolio).hasSize(8);
        java.math.BigDecimal sales = java.math.BigDecimal.ZERO;
        java.math.BigDecimal spend = java.math.BigDecimal.ZERO;
        for (DemoCatalog.Item i : items) {
            SkuDay y = snapshots.history(i.sku().sellerSku(), TODAY.minusDays(1), TODAY.minusDays(1)).get(0);
            sales = sales.add(y.orderedSales());
            spend = spend.add(y.adSpend());
        }
        assertThat(portfolio.get(6).sales()).isEqualByComparingTo(sales);
        assertThat(portfolio.get(6).adSpend()).isEqualByComparingTo(spend);

        for (Freshness f : state.all()) {
            assertThat(f.freshAsOf()).as(f.kind().key()).isPresent();
            assertThat(f.resumeAfter()).as(f.kind().key()).isEmpty();
        }
        assertThat(state.freshness(SyncKind.OFFERS).freshAsOf()).contains(NOW);
        // Traffic is fresh up to the end of yesterday: the last finished day.
        assertThat(state.freshness(SyncKind.TRAFFIC).freshAsOf())
                .contains(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    @Test
    void runningTwiceStoresNoDuplicates() {
        SyncService sync = service(realClient());
        sync.syncAll();
        long offers = snapshots.offerSnapshotCount();
        long inventory = snapshots.inventorySnapshotCount();
        long days = snapshots.dayCount();
        clock.advance(Duration.ofMinutes(20));
        List<SyncResult> again = sync.syncAll();

        assertThat(snapshots.offerSnapshotCount()).isEqualTo(offers);
        assertThat(snapshots.inventorySnapshotCount()).isEqualTo(inventory);
        assertThat(snapshots.dayCount()).isEqualTo(days);
        // Traffic and ads had nothing new: their finished days were all stored already.
        assertThat(again).filteredOn(r -> r.kind() == SyncKind.TRAFFIC).extracting(SyncResult::items)
                .containsExactly(0);
    }

    @Test
    void aFailureHalfWayKeepsWhatWasStoredAndTheNextSyncResumesAfterIt() {
        AtomicInteger batches = new AtomicInteger();
        List<Integer> sizes = new ArrayList<>();
        MarketplaceConnector real = realClient();
        // Counts offer batches and arms an Amazon error in the simulator before the third one.
        MarketplaceConnector counting = account -> {
            MarketplaceGateway g = real.connect(account);
            return (MarketplaceGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {MarketplaceGateway.class}, (proxy, method, args) -> {
                        if (method.getName().equals("offersForSkus")) {
                            sizes.add(((List<?>) args[0]).size());
                            if (batches.incrementAndGet() == 3) {
                                sim.faults().inject(SimOperation.GET_LISTING_OFFERS_BATCH,
                                        new SimFault.Status(400, "InvalidInput", "Injected failure"), 1);
                            }
                        }
                        try {
                            return method.invoke(g, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };

        assertThatThrownBy(() -> service(counting).sync(EnumSet.of(SyncKind.OFFERS)))
                .isInstanceOf(SyncFailedException.class)
                .satisfies(e -> assertThat(((SyncFailedException) e).results()).last()
                        .extracting(SyncResult::status).isEqualTo(SyncResult.Status.FAILED));
        assertThat(snapshots.offerSnapshotCount()).isEqualTo(40);
        Freshness interrupted = state.freshness(SyncKind.OFFERS);
        assertThat(interrupted.freshAsOf()).isEmpty();
        assertThat(interrupted.resumeAfter()).isPresent();

        sizes.clear();
        List<SyncResult> resumed = service(counting).sync(EnumSet.of(SyncKind.OFFERS));
        assertThat(resumed.get(0).items()).isEqualTo(SKUS - 40);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(SKUS - 40);
        assertThat(snapshots.offerSnapshotCount()).isEqualTo(SKUS);
        assertThat(state.freshness(SyncKind.OFFERS).resumeAfter()).isEmpty();
        assertThat(state.freshness(SyncKind.OFFERS).freshAsOf()).contains(NOW);
    }

    @Test
    void ourPriceChangeThroughTheClientChangesWhatTheMarketDoesNext() {
        SyncService sync = service(realClient());
        MarketplaceGateway gateway = realClient().connect(accounts.find().orElseThrow());
        String sku = items.get(1).sku().sellerSku();
        var ours = gateway.listing(sku).ourPrice();
        var lower = ours.multiply(new java.math.BigDecimal("0.5")).setScale(2, java.math.RoundingMode.HALF_UP);
        gateway.updatePrice(new com.pricedesk.domain.market.PriceUpdate(sku, lower, null, null));
        clock.advance(Duration.ofDays(1));
        sync.sync(EnumSet.of(SyncKind.LISTINGS, SyncKind.OFFERS, SyncKind.TRAFFIC));
        List<SkuDay> h = snapshots.history(sku, TODAY, TODAY.plusDays(1));
        assertThat(h.get(h.size() - 1).price()).isEqualByComparingTo(lower);
        // Half price holds the Buy Box yesterday and sells at the new price.
        SkuDay yesterday = h.stream().filter(d -> d.day().equals(TODAY)).findFirst().orElseThrow();
        assertThat(yesterday.units()).isPositive();
        assertThat(yesterday.orderedSales()).isEqualByComparingTo(lower.multiply(
                java.math.BigDecimal.valueOf(yesterday.units())));
    }
}
