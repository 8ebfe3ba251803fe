package com.pricedesk.app.sync;

import com.pricedesk.domain.market.AdStats;
import com.pricedesk.domain.market.AdsReportStatus;
import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.ProcessingState;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.domain.port.AdsGateway;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import com.pricedesk.domain.port.SyncStateRepository;
import com.pricedesk.domain.port.UnitOfWork;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/** Sponsored Products spend and sales per SKU and day, one Ads report per finished day, like traffic. */
final class AdsSync implements KindSync {
    private final MarketSnapshotRepository snapshots;
    private final SyncStateRepository state;
    private final ReportWaiter.Pause pause;
    private final java.time.Duration interval;
    private final int maxPolls;
    private final UnitOfWork unitOfWork;

    AdsSync(MarketSnapshotRepository snapshots, SyncStateRepository state, ReportWaiter.Pause pause,
            java.time.Duration interval, int maxPolls, UnitOfWork unitOfWork) {
        this.snapshots = snapshots;
        this.state = state;
        this.pause = pause;
        this.interval = interval;
        this.maxPolls = maxPolls;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public SyncKind kind() {
        return SyncKind.ADS;
    }

    @Override
    public boolean marksOwnFreshness() {
        return true;
    }

    @Override
    public int run(SyncRun run) {
        AdsGateway ads = run.ads().orElseThrow();
        LocalDate first = state.freshness(SyncKind.ADS).freshAsOf().map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC))
                .orElse(run.today().minusDays(TrafficSync.FIRST_SYNC_DAYS));
        int stored = 0;
        for (LocalDate day = first; day.isBefore(run.today()); day = day.plusDays(1)) {
            List<AdStats> rows = ads.advertisedProductRows(await(ads, ads.requestAdvertisedProductReport(day, day)));
            LocalDate d = day;
            List<SkuDay> days = rows.stream()
                    .map(r -> SkuDay.empty(r.sellerSku(), d).withAds(r.cost(), r.sales7d())).toList();
            unitOfWork.run(() -> {
                snapshots.mergeDays(days, EnumSet.of(SkuDay.Field.ADS));
                state.markFresh(SyncKind.ADS, d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            });
            stored += days.size();
        }
        return stored;
    }

    private String await(AdsGateway ads, String reportId) {
        for (int i = 0; i < maxPolls; i++) {
            AdsReportStatus s = ads.reportStatus(reportId);
            if (s.state() == ProcessingState.DONE) {
                return reportId;
            }
            if (s.state().finished()) {
                throw new MarketplaceException("getAdsReport", 0, new MarketplaceError("ReportFailed",
                        s.failureReason().orElse("Ads report " + reportId + " failed")), null);
            }
            try {
                pause.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new MarketplaceException("getAdsReport", 0, new MarketplaceError("ReportNotReady",
                "Ads report " + reportId + " was not ready in time"), null);
    }
}
