package com.pricedesk.app.sync;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.market.FeeEstimate;
import com.pricedesk.domain.market.FeeQuery;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.SyncStateRepository;
import com.pricedesk.domain.port.UnitOfWork;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Amazon's fee estimate per SKU at its current price (FBA assumed), 20 SKUs per stored, resumable batch. */
final class FeesSync implements KindSync {
    private final MarketSnapshotRepository snapshots;
    private final SyncStateRepository state;
    private final PriceRepository prices;
    private final UnitOfWork unitOfWork;

    FeesSync(MarketSnapshotRepository snapshots, SyncStateRepository state, PriceRepository prices,
             UnitOfWork unitOfWork) {
        this.snapshots = snapshots;
        this.state = state;
        this.prices = prices;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public SyncKind kind() {
        return SyncKind.FEES;
    }

    @Override
    public int run(SyncRun run) {
        Optional<String> resumeAfter = state.freshness(SyncKind.FEES).resumeAfter();
        Map<String, Money> current = prices.currentPrices();
        List<Sku> todo = run.skus().stream().filter(s -> current.containsKey(s.sellerSku()))
                .filter(s -> resumeAfter.map(r -> s.sellerSku().compareTo(r) > 0).orElse(true)).toList();
        // FBM SKUs are estimated without FBA fees: Amazon fulfils exactly the SKUs in its FBA inventory.
        // Before inventory was ever synced, FBA is assumed and an FBM SKU is asked again if refused.
        Set<String> fba = snapshots.skusInLatestFbaInventory();
        int stored = 0;
        for (int i = 0; i < todo.size(); i += OffersSync.BATCH) {
            List<Sku> batch = todo.subList(i, Math.min(todo.size(), i + OffersSync.BATCH));
            List<FeeQuery> queries = batch.stream().map(s -> query(s, current, fba.isEmpty()
                    || fba.contains(s.sellerSku()))).toList();
            List<SkuDay> days = new ArrayList<>();
            List<FeeQuery> again = new ArrayList<>();
            for (FeeEstimate e : run.gateway().feeEstimates(queries)) {
                e.totalFees().ifPresent(f -> days.add(SkuDay.empty(e.query().id(), run.today()).withFees(f)));
                if (e.totalFees().isEmpty() && e.query().fulfilledByAmazon() && fba.isEmpty()) {
                    again.add(new FeeQuery(e.query().idType(), e.query().id(), e.query().price(), null, false));
                }
            }
            if (!again.isEmpty()) {
                for (FeeEstimate e : run.gateway().feeEstimates(again)) {
                    e.totalFees().ifPresent(f -> days.add(SkuDay.empty(e.query().id(), run.today()).withFees(f)));
                }
            }
            String last = batch.get(batch.size() - 1).sellerSku();
            unitOfWork.run(() -> {
                snapshots.mergeDays(days, EnumSet.of(SkuDay.Field.FEES));
                state.saveProgress(SyncKind.FEES, last, run.now());
            });
            stored += days.size();
        }
        return stored;
    }

    private static FeeQuery query(Sku s, Map<String, Money> current, boolean fulfilledByAmazon) {
        return new FeeQuery(FeeQuery.IdType.SELLER_SKU, s.sellerSku(), current.get(s.sellerSku()).amount(), null,
                fulfilledByAmazon);
    }
}
