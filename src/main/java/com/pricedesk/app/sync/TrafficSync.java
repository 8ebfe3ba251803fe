package com.pricedesk.app.sync;

import com.pricedesk.domain.market.ReportDocument;
import com.pricedesk.domain.market.ReportRequest;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import com.pricedesk.domain.port.SyncStateRepository;
import com.pricedesk.domain.port.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sales and traffic per SKU and day, one report per finished day since the last synced one. Each day
 * is stored together with "fresh up to the end of that day", so a failure leaves whole days only and
 * the next run starts at the first missing day.
 */
final class TrafficSync implements KindSync {
    /** A first sync (no history yet) fetches this many days. */
    static final int FIRST_SYNC_DAYS = 7;

    private final MarketSnapshotRepository snapshots;
    private final SyncStateRepository state;
    private final ReportWaiter reports;
    private final UnitOfWork unitOfWork;

    TrafficSync(MarketSnapshotRepository snapshots, SyncStateRepository state, ReportWaiter reports,
                UnitOfWork unitOfWork) {
        this.snapshots = snapshots;
        this.state = state;
        this.reports = reports;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public SyncKind kind() {
        return SyncKind.TRAFFIC;
    }

    @Override
    public boolean marksOwnFreshness() {
        return true;
    }

    @Override
    public int run(SyncRun run) {
        LocalDate first = state.freshness(SyncKind.TRAFFIC).freshAsOf()
                .map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC))
                .orElse(run.today().minusDays(FIRST_SYNC_DAYS));
        Set<String> ours = run.skus().stream().map(s -> s.sellerSku()).collect(Collectors.toSet());
        int stored = 0;
        for (LocalDate day = first; day.isBefore(run.today()); day = day.plusDays(1)) {
            Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant end = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            ReportDocument doc = reports.fetch(run.gateway(), new ReportRequest(ReportRequest.SALES_AND_TRAFFIC,
                    start, end.minusSeconds(1), Map.of("dateGranularity", "DAY", "asinGranularity", "SKU")));
            LocalDate d = day;
            List<SkuDay> days = run.gateway().salesAndTrafficRows(doc, day).stream()
                    .filter(r -> ours.contains(r.sellerSku()))
                    .map(r -> SkuDay.empty(r.sellerSku(), d).withSales(r.units(), r.sessions(), r.orderedSales()))
                    .toList();
            unitOfWork.run(() -> {
                snapshots.mergeDays(days, EnumSet.of(SkuDay.Field.SALES));
                state.markFresh(SyncKind.TRAFFIC, end);
            });
            stored += days.size();
        }
        return stored;
    }

}
