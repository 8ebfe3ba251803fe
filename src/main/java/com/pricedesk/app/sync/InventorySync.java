package com.pricedesk.app.sync;

import com.pricedesk.domain.market.InventoryAge;
import com.pricedesk.domain.market.InventoryLevel;
import com.pricedesk.domain.market.ReportRequest;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import com.pricedesk.domain.port.UnitOfWork;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** FBA stock (inventory summaries) with its age buckets (inventory planning report), stored together. */
final class InventorySync implements KindSync {
    private final MarketSnapshotRepository snapshots;
    private final ReportWaiter reports;
    private final UnitOfWork unitOfWork;

    InventorySync(MarketSnapshotRepository snapshots, ReportWaiter reports, UnitOfWork unitOfWork) {
        this.snapshots = snapshots;
        this.reports = reports;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public SyncKind kind() {
        return SyncKind.INVENTORY;
    }

    @Override
    public int run(SyncRun run) {
        List<InventoryLevel> levels = run.gateway().inventory(List.of());
        Map<String, InventoryAge> ages = new HashMap<>();
        for (Map<String, String> r : reports.fetch(run.gateway(), ReportRequest.of(ReportRequest.INVENTORY_PLANNING))
                .rows()) {
            String sku = r.get("sku");
            if (sku != null) {
                ages.put(sku, new InventoryAge(sku, num(r, "available"), num(r, "inv-age-0-to-90-days"),
                        num(r, "inv-age-91-to-180-days"), num(r, "inv-age-181-to-270-days"),
                        num(r, "inv-age-271-to-365-days"), num(r, "inv-age-365-plus-days")));
            }
        }
        List<SkuDay> days = levels.stream()
                .map(l -> SkuDay.empty(l.sellerSku(), run.today()).withInventory(l.fulfillable())).toList();
        unitOfWork.run(() -> {
            snapshots.saveInventory(run.asOf(), levels, ages);
            snapshots.mergeDays(days, EnumSet.of(SkuDay.Field.INVENTORY));
        });
        return levels.size();
    }

    private static int num(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() ? 0 : Integer.parseInt(v.trim());
    }
}
