package com.pricedesk.app.demo;

import com.pricedesk.app.amazon.AmazonConnectionService;
import com.pricedesk.app.sync.SyncResult;
import com.pricedesk.app.sync.SyncService;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.SettingsRepository;
import com.pricedesk.domain.port.SimulatedMarketplace;
import com.pricedesk.domain.port.SkuRepository;
import com.pricedesk.domain.port.SyncStateRepository;
import com.pricedesk.domain.port.UnitOfWork;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's living marketplace: starts the simulator in this process, connects to it like a real
 * account, lives {@link #HISTORY_DAYS} days of market fast into the history tables (daily rows,
 * written directly: going through HTTP for every past day would take minutes), and then syncs
 * today's state through the real client like any account.
 */
public final class DemoMarketService {
    public static final int HISTORY_DAYS = 90;
    /** "building" while the market is being built, "ready" once it is: a build cut short is redone. */
    static final String MARKET_KEY = "demo.market";
    private static final Logger log = LoggerFactory.getLogger(DemoMarketService.class);

    /** What building the demo market did. */
    public record Result(int days, long historyRows, List<SyncResult> sync, long millis) {
    }

    private final SimulatedMarketplace marketplace;
    private final AmazonConnectionService amazon;
    private final SyncService sync;
    private final SkuRepository skus;
    private final PriceRepository prices;
    private final MarketSnapshotRepository snapshots;
    private final SyncStateRepository syncState;
    private final SettingsRepository settings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DemoMarketService(SimulatedMarketplace marketplace, AmazonConnectionService amazon, SyncService sync,
                             SkuRepository skus, PriceRepository prices, MarketSnapshotRepository snapshots,
                             SyncStateRepository syncState, SettingsRepository settings, UnitOfWork unitOfWork,
                             Clock clock) {
        this.marketplace = marketplace;
        this.amazon = amazon;
        this.sync = sync;
        this.skus = skus;
        this.prices = prices;
        this.snapshots = snapshots;
        this.syncState = syncState;
        this.settings = settings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Builds the market anew for the workspace's catalogue: 90 days of history, then a sync of today. */
    public synchronized Result build(long seed) {
        long start = System.nanoTime();
        settings.put(MARKET_KEY, "building");
        marketplace.reset();
        unitOfWork.run(() -> {
            snapshots.deleteAll();
            syncState.deleteAll();
        });
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // Live the past before anything asks the market about today: a question would live it unseen.
        List<SimulatedMarketplace.Listing> listings = listings(seed);
        var account = marketplace.start(seed, listings, today.minusDays(HISTORY_DAYS));
        Map<String, java.math.BigDecimal> launch = new java.util.HashMap<>();
        listings.forEach(l -> launch.put(l.sellerSku(), l.price()));
        long[] rows = {0};
        int[] days = {0};
        List<SkuDay> chunk = new ArrayList<>();
        marketplace.backfill(day -> {
            chunk.addAll(day);
            days[0]++;
            // A few days per transaction: few commits, bounded memory.
            if (chunk.size() >= 5_000) {
                rows[0] += flush(chunk);
            }
        }, new WeeklyHandRepricing(launch));
        rows[0] += flush(chunk);
        amazon.connect(account, marketplace.adsAccount());
        // The backfilled days are the traffic and ads history: a sync continues after them.
        syncState.markFresh(SyncKind.TRAFFIC, today.atStartOfDay().toInstant(ZoneOffset.UTC));
        syncState.markFresh(SyncKind.ADS, today.atStartOfDay().toInstant(ZoneOffset.UTC));
        List<SyncResult> now = sync.sync(EnumSet.of(SyncKind.LISTINGS, SyncKind.OFFERS, SyncKind.INVENTORY,
                SyncKind.FEES));
        settings.put(MARKET_KEY, "ready");
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("Demo market: {} days, {} history rows, synced today in {} ms in all", days[0], rows[0], millis);
        return new Result(days[0], rows[0], now, millis);
    }

    /**
     * In a demo workspace, starts the saved simulated marketplace in this process and reconnects to
     * it (its port changes from run to run); builds it when it was never built or its build was cut
     * short (the window was closed while it ran). Returns false when the workspace is not a demo.
     */
    public synchronized boolean resumeIfDemo() {
        if (!settings.get(DemoWorkspaceService.KIND_KEY).map("demo"::equals).orElse(false)) {
            return false;
        }
        long seed = settings.get(DemoWorkspaceService.SEED_KEY).map(Long::parseLong)
                .orElse(DemoWorkspaceService.DEFAULT_SEED);
        boolean cutShort = settings.get(MARKET_KEY).map("building"::equals).orElse(false);
        if (!marketplace.hasSavedMarket() || cutShort) {
            build(seed);
            return true;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var account = marketplace.start(seed, listings(seed), today.minusDays(HISTORY_DAYS));
        amazon.connect(account, marketplace.adsAccount());
        return true;
    }

    private long flush(List<SkuDay> chunk) {
        if (chunk.isEmpty()) {
            return 0;
        }
        // The history was just emptied: every row is new, so a plain bulk insert will do.
        List<SkuDay> copy = List.copyOf(chunk);
        snapshots.insertNewDays(copy);
        chunk.clear();
        return copy.size();
    }

    /** Our catalogue as the market's listings; stock and FBA/FBM drawn from the seed. */
    private List<SimulatedMarketplace.Listing> listings(long seed) {
        Map<String, Money> current = prices.currentPrices();
        List<SimulatedMarketplace.Listing> out = new ArrayList<>();
        for (Sku s : skus.findAll()) {
            Money p = current.get(s.sellerSku());
            if (p == null || s.asin() == null) {
                continue;
            }
            Random rnd = new Random(seed ^ s.sellerSku().hashCode());
            out.add(new SimulatedMarketplace.Listing(s.sellerSku(), s.asin(), s.title(), p.amount(),
                    rnd.nextInt(10) != 0, 40 + rnd.nextInt(400)));
        }
        return out;
    }
}
