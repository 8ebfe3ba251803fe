package com.pricedesk.app.sync;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.market.MarketOffer;
import com.pricedesk.domain.market.OfferLookup;
import com.pricedesk.domain.market.OfferSnapshot;
import com.pricedesk.domain.market.SalesRank;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import com.pricedesk.domain.port.SyncStateRepository;
import com.pricedesk.domain.port.UnitOfWork;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Offers, Buy Box and sales ranks of our SKUs, 20 at a time (Amazon's batch size). Each batch is
 * stored with the resume point in one transaction, so an interrupted sync continues after the
 * last stored batch and never stores a batch twice.
 */
final class OffersSync implements KindSync {
    static final int BATCH = 20;

    private final MarketSnapshotRepository snapshots;
    private final SyncStateRepository state;
    private final UnitOfWork unitOfWork;

    OffersSync(MarketSnapshotRepository snapshots, SyncStateRepository state, UnitOfWork unitOfWork) {
        this.snapshots = snapshots;
        this.state = state;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public SyncKind kind() {
        return SyncKind.OFFERS;
    }

    @Override
    public int run(SyncRun run) {
        Optional<String> resumeAfter = state.freshness(SyncKind.OFFERS).resumeAfter();
        List<Sku> todo = run.skus().stream()
                .filter(s -> resumeAfter.map(r -> s.sellerSku().compareTo(r) > 0).orElse(true)).toList();
        int stored = 0;
        for (int i = 0; i < todo.size(); i += BATCH) {
            List<Sku> batch = todo.subList(i, Math.min(todo.size(), i + BATCH));
            List<OfferLookup> lookups = run.gateway().offersForSkus(batch.stream().map(Sku::sellerSku).toList());
            Map<String, Integer> ranks = ranks(run, batch);
            List<OfferSnapshot> found = new ArrayList<>();
            List<SkuDay> days = new ArrayList<>();
            for (OfferLookup l : lookups) {
                if (l.snapshot().isEmpty()) {
                    continue;
                }
                OfferSnapshot s = l.snapshot().get();
                String sku = s.sellerSku() != null ? s.sellerSku() : l.requested();
                OfferSnapshot keyed = new OfferSnapshot(sku, s.asin(), s.currency(), s.observedAt(),
                        s.totalOfferCount(), s.ourOffer(), s.competitors(), s.buyBox(), s.salesRank());
                found.add(keyed);
                // Our price is the listings kind's column: an out-of-stock offer is missing from the page.
                SkuDay d = SkuDay.empty(sku, run.today())
                        .withBuyBox(s.buyBox().map(b -> b.landedPrice()).orElse(null), lowest(s))
                        .withBsr(ranks.get(s.asin()));
                days.add(d);
            }
            String last = batch.get(batch.size() - 1).sellerSku();
            unitOfWork.run(() -> {
                snapshots.saveOffers(run.asOf(), found, run.sellerId());
                snapshots.mergeDays(days, EnumSet.of(SkuDay.Field.BUY_BOX, SkuDay.Field.BSR));
                state.saveProgress(SyncKind.OFFERS, last, run.now());
            });
            stored += found.size();
        }
        return stored;
    }

    private static Map<String, Integer> ranks(SyncRun run, List<Sku> batch) {
        List<String> asins = batch.stream().map(Sku::asin).filter(a -> a != null && !a.isBlank()).distinct().toList();
        Map<String, Integer> out = new HashMap<>();
        if (asins.isEmpty()) {
            return out;
        }
        for (SalesRank r : run.gateway().salesRanks(asins)) {
            r.mainCategory().ifPresent(m -> out.put(r.asin(), m.rank()));
        }
        return out;
    }

    private static BigDecimal lowest(OfferSnapshot s) {
        return s.competitors().stream().map(MarketOffer::landedPrice).min(BigDecimal::compareTo).orElse(null);
    }
}
