package com.pricedesk.app.sync;

import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.market.Freshness;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.port.AdsGateway;
import com.pricedesk.domain.port.AmazonAccountRepository;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import com.pricedesk.domain.port.MarketplaceConnector;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.SkuRepository;
import com.pricedesk.domain.port.SyncStateRepository;
import com.pricedesk.domain.port.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls marketplace data into the workspace's snapshot tables, kind by kind, through the connected
 * account's client (which paces calls within Amazon's quotas). Each kind records when its data was
 * last fresh; the stale-data guard reads that through {@link #freshness()}.
 */
public final class SyncService {
    private static final Logger log = LoggerFactory.getLogger(SyncService.class);

    private final AmazonAccountRepository accounts;
    private final MarketplaceConnector connector;
    /** Why {@code sync ads} did nothing, and what to do instead. */
    public static final String ADS_NOT_CONNECTED = "No Amazon Ads account is connected: connect one (connect "
            + "--ads-profile-id) or import the Sponsored Products report from Excel (import-ads FILE)";

    private final Supplier<Optional<AdsGateway>> ads;
    private final SkuRepository skus;
    private final SyncStateRepository state;
    private final Clock clock;
    private final Map<SyncKind, KindSync> kinds = new EnumMap<>(SyncKind.class);

    /** How long to wait between polls of a report, and how often at most. */
    public record Polling(ReportWaiter.Pause pause, Duration interval, int maxPolls) {
        public static Polling realTime(Duration interval, int maxPolls) {
            return new Polling(d -> Thread.sleep(d.toMillis()), interval, maxPolls);
        }
    }

    public SyncService(AmazonAccountRepository accounts, MarketplaceConnector connector,
                       Supplier<Optional<AdsGateway>> ads, SkuRepository skus, PriceRepository prices,
                       MarketSnapshotRepository snapshots, SyncStateRepository state, UnitOfWork unitOfWork,
                       Polling polling, Clock clock) {
        this(accounts, connector, ads, skus, prices, snapshots, state, unitOfWork, polling, clock,
                com.pricedesk.domain.port.ReferencePriceRepository.NONE);
    }

    /** With {@code references}: the listings sync also records Amazon's listing maxima there. */
    public SyncService(AmazonAccountRepository accounts, MarketplaceConnector connector,
                       Supplier<Optional<AdsGateway>> ads, SkuRepository skus, PriceRepository prices,
                       MarketSnapshotRepository snapshots, SyncStateRepository state, UnitOfWork unitOfWork,
                       Polling polling, Clock clock, com.pricedesk.domain.port.ReferencePriceRepository references) {
        this.accounts = accounts;
        this.connector = connector;
        this.ads = ads;
        this.skus = skus;
        this.state = state;
        this.clock = clock;
        ReportWaiter reports = new ReportWaiter(polling.pause(), polling.interval(), polling.maxPolls());
        add(new ListingsSync(snapshots, reports, references));
        add(new OffersSync(snapshots, state, unitOfWork));
        add(new InventorySync(snapshots, reports, unitOfWork));
        add(new TrafficSync(snapshots, state, reports, unitOfWork));
        add(new FeesSync(snapshots, state, prices, unitOfWork));
        add(new AdsSync(snapshots, state, polling.pause(), polling.interval(), polling.maxPolls(), unitOfWork));
    }

    private void add(KindSync k) {
        kinds.put(k.kind(), k);
    }

    /** Syncs every kind. */
    public List<SyncResult> syncAll() {
        return sync(EnumSet.allOf(SyncKind.class));
    }

    /**
     * Syncs the given kinds in a fixed order. Throws {@link NotConnectedException} without an account,
     * and {@link SyncFailedException} (carrying what got done) when Amazon fails part way.
     */
    public List<SyncResult> sync(Set<SyncKind> wanted) {
        AmazonAccount account = accounts.find().orElseThrow(NotConnectedException::new);
        List<Sku> ordered = skus.findAll().stream().sorted(Comparator.comparing(Sku::sellerSku)).toList();
        SyncRun run = new SyncRun(connector.connect(account), ads.get(), account.sellerId(), ordered, clock.instant());
        List<SyncResult> results = new ArrayList<>();
        for (SyncKind kind : EnumSet.copyOf(wanted)) {
            if (kind == SyncKind.ADS && run.ads().isEmpty()) {
                results.add(new SyncResult(kind, SyncResult.Status.SKIPPED, 0, state.freshness(kind).freshAsOf(),
                        Optional.of(ADS_NOT_CONNECTED)));
                continue;
            }
            KindSync k = kinds.get(kind);
            try {
                int items = k.run(run);
                if (!k.marksOwnFreshness()) {
                    state.markFresh(kind, run.now());
                }
                Optional<Instant> fresh = state.freshness(kind).freshAsOf();
                results.add(new SyncResult(kind, SyncResult.Status.DONE, items, fresh, Optional.empty()));
                log.info("Synced {}: {} rows, fresh as of {}", kind.key(), items, fresh.orElse(null));
            } catch (MarketplaceException e) {
                log.warn("Sync of {} failed; the next sync resumes where this one stopped", kind.key(), e);
                results.add(new SyncResult(kind, SyncResult.Status.FAILED, 0, state.freshness(kind).freshAsOf(),
                        Optional.of(e.getMessage())));
                throw new SyncFailedException(results, e);
            }
        }
        return results;
    }

    /** Per kind: when it was last fresh, and whether an interrupted sync is waiting to resume. */
    public List<Freshness> freshness() {
        return state.all();
    }
}
