package com.pricedesk.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.amazon.RateLimiterRegistry;
import com.pricedesk.amazon.RetryPolicy;
import com.pricedesk.amazon.SpApiConnector;
import com.pricedesk.app.demo.DemoCatalog;
import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.account.Secret;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.money.Money;
import com.pricedesk.sim.FollowingClock;
import com.pricedesk.sim.LivingMarket;
import com.pricedesk.sim.SimConfig;
import com.pricedesk.sim.SimCredentials;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merchant-fulfilled SKUs get fee estimates too: referral only, no FBA fee. */
class FbmFeesAgainstSimTest {
    private static final int SKUS = 24;
    private static final double SPEED = 200;
    private static final Instant NOW = Instant.parse("2026-11-29T09:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOW);
    private Workspace workspace;
    private SimServer sim;
    private JdbiMarketSnapshotRepository snapshots;
    private SyncService sync;
    private List<DemoCatalog.Item> items;
    private Set<String> fbm;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(dir, clock);
        var jdbi = workspace.jdbi();
        JdbiSkuRepository skus = new JdbiSkuRepository(jdbi);
        JdbiPriceRepository prices = new JdbiPriceRepository(jdbi);
        snapshots = new JdbiMarketSnapshotRepository(jdbi);
        JdbiAmazonAccountRepository accounts = new JdbiAmazonAccountRepository(jdbi, new SecretSealer(dir), clock);
        items = DemoCatalog.generate(9, SKUS);
        skus.saveAll(items.stream().map(DemoCatalog.Item::sku).toList());
        Map<String, Money> p = new LinkedHashMap<>();
        items.forEach(i -> p.put(i.sku().sellerSku(), i.price()));
        prices.saveAll(p);
        // Every third SKU ships from the seller's own warehouse.
        fbm = items.stream().filter(i -> items.indexOf(i) % 3 == 0).map(i -> i.sku().sellerSku())
                .collect(Collectors.toSet());
        List<SimProduct> products = items.stream().map(i -> new SimProduct(i.sku().sellerSku(), i.sku().asin(),
                i.sku().title(), i.price().amount(), !fbm.contains(i.sku().sellerSku()), 500)).toList();
        Clock simClock = new FollowingClock(clock);
        sim = new SimServer(SimConfig.of(0, 9, SPEED), LivingMarket.create(9, products, TODAY.minusDays(3), simClock),
                simClock);
        sim.start();
        SimCredentials c = sim.credentials();
        accounts.save(new AmazonAccount(sim.spApiEndpoint(), sim.lwaEndpoint(), c.clientId(),
                Secret.of(c.clientSecret()), Secret.of(c.refreshToken()), c.sellerId(), AmazonAccount.US_MARKETPLACE));
        RetryPolicy retry = new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(5));
        sync = new SyncService(accounts, new SpApiConnector(new RateLimiterRegistry(SPEED), retry, clock),
                Optional::empty, skus, prices, snapshots, new JdbiSyncStateRepository(jdbi),
                new JdbiUnitOfWork(jdbi), SyncService.Polling.realTime(Duration.ofMillis(40), 500), clock);
    }

    @AfterEach
    void tearDown() {
        sim.close();
        workspace.close();
    }

    private BigDecimal fees(DemoCatalog.Item i) {
        return snapshots.history(i.sku().sellerSku(), TODAY, TODAY).get(0).feesPerUnit();
    }

    private static BigDecimal referral(Money price) {
        return price.amount().multiply(new BigDecimal("0.15")).setScale(2, RoundingMode.HALF_UP)
                .max(new BigDecimal("0.30"));
    }

    @Test
    void beforeInventoryWasSyncedFbmSkusAreAskedAgainWithoutFba() {
        List<SyncResult> r = sync.sync(EnumSet.of(SyncKind.FEES));

        assertThat(r.get(0).status()).isEqualTo(SyncResult.Status.DONE);
        for (DemoCatalog.Item i : items) {
            assertThat(fees(i)).as(i.sku().sellerSku()).isNotNull();
            if (fbm.contains(i.sku().sellerSku())) {
                assertThat(fees(i)).isEqualByComparingTo(referral(i.price()));
            } else {
                assertThat(fees(i)).isGreaterThan(referral(i.price()));
            }
        }
    }

    @Test
    void afterInventoryTheFbaSkusAreKnownAndEverySkuGetsItsEstimate() {
        sync.sync(EnumSet.of(SyncKind.INVENTORY, SyncKind.FEES));

        assertThat(snapshots.skusInLatestFbaInventory()).hasSize(SKUS - fbm.size()).doesNotContainAnyElementsOf(fbm);
        assertThat(items).allSatisfy(i -> assertThat(fees(i)).as(i.sku().sellerSku()).isNotNull());
        assertThat(items.stream().filter(i -> fbm.contains(i.sku().sellerSku())))
                .allSatisfy(i -> assertThat(fees(i)).isEqualByComparingTo(referral(i.price())));
        List<SkuDay> days = items.stream().map(i -> snapshots.history(i.sku().sellerSku(), TODAY, TODAY).get(0)).toList();
        assertThat(days).hasSize(SKUS);
    }
}
