package com.pricedesk.app.sync;

import com.pricedesk.domain.market.ReportDocument;
import com.pricedesk.domain.market.ReportRequest;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Our listings and the prices set on them, from the all-listings report (one call for the whole shop). */
final class ListingsSync implements KindSync {
    private final MarketSnapshotRepository snapshots;
    private final ReportWaiter reports;

    ListingsSync(MarketSnapshotRepository snapshots, ReportWaiter reports) {
        this.snapshots = snapshots;
        this.reports = reports;
    }

    @Override
    public SyncKind kind() {
        return SyncKind.LISTINGS;
    }

    @Override
    public int run(SyncRun run) {
        ReportDocument doc = reports.fetch(run.gateway(), ReportRequest.of(ReportRequest.ALL_LISTINGS));
        Set<String> ours = run.skus().stream().map(s -> s.sellerSku()).collect(Collectors.toSet());
        List<SkuDay> days = new ArrayList<>();
        for (Map<String, String> row : doc.rows()) {
            String sku = row.get("seller-sku");
            String price = row.get("price");
            if (sku == null || !ours.contains(sku) || price == null || price.isBlank()) {
                continue;
            }
            days.add(SkuDay.empty(sku, run.today()).withPrice(new BigDecimal(price.trim())));
        }
        snapshots.mergeDays(days, EnumSet.of(SkuDay.Field.PRICE));
        return days.size();
    }
}
