package com.pricedesk.app.insight;

import com.pricedesk.domain.kpi.KpiStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the dashboard shows: the shop's trend, SKUs by status, margin distribution, movers, alerts, jobs. */
public record Dashboard(LocalDate from, LocalDate to, List<PortfolioPoint> trend, Map<KpiStatus, List<String>> byStatus,
                        List<MarginBucket> marginDistribution, List<Mover> movers, List<AlertFeed.Alert> alerts,
                        List<JobStatusFeed.JobStatus> jobs) {
    public Dashboard {
        trend = List.copyOf(trend);
        byStatus = Map.copyOf(byStatus);
        marginDistribution = List.copyOf(marginDistribution);
        movers = List.copyOf(movers);
        alerts = List.copyOf(alerts);
        jobs = List.copyOf(jobs);
    }

    /**
     * The shop on one day, in USD: revenue, what remains after Amazon's fees and ads, the landed cost of
     * the units sold (at today's costs), and profit and margin after all of it. Margin is null without revenue.
     */
    public record PortfolioPoint(LocalDate day, int units, BigDecimal revenue, BigDecimal afterFeesAndAds,
                                 BigDecimal productCost, BigDecimal profit, BigDecimal marginPct) {
    }

    /** SKUs whose current margin lies in [fromPct, toPct); an open end is null. */
    public record MarginBucket(BigDecimal fromPct, BigDecimal toPct, List<String> skus) {
        public MarginBucket {
            skus = List.copyOf(skus);
        }
    }

    /** What moved. */
    public enum MoveKind { PRICE, BSR, UNITS }

    /**
     * One SKU that moved most over the last week: {@code before} a week ago (or the week before, for
     * units) and {@code after} now; {@code changePct} relative to before.
     */
    public record Mover(String sellerSku, String title, MoveKind kind, BigDecimal before, BigDecimal after,
                        BigDecimal changePct) {
    }
}
