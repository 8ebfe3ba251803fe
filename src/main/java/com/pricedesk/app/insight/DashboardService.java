package com.pricedesk.app.insight;

import com.pricedesk.app.catalog.CatalogService;
import com.pricedesk.app.catalog.SkuOverview;
import com.pricedesk.app.insight.Dashboard.MarginBucket;
import com.pricedesk.app.insight.Dashboard.MoveKind;
import com.pricedesk.app.insight.Dashboard.Mover;
import com.pricedesk.app.insight.Dashboard.PortfolioPoint;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.kpi.KpiCalculator;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.kpi.KpiValue;
import com.pricedesk.domain.market.PortfolioDay;
import com.pricedesk.domain.market.SkuDay;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.KpiTargetRepository;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import com.pricedesk.domain.pricing.MarginPricing;
import com.pricedesk.domain.rules.SkuFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the dashboard. A SKU's status comes from the KPI calculator over the facts known without a
 * market snapshot (price, landed cost, margin → margin and ROI KPIs); the worst KPI is the SKU's status.
 */
public final class DashboardService {
    static final int MOVERS_PER_KIND = 5;
    static final int MOVER_WEEK = 7;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Histogram edges in percent: below −20 %, 5-point steps to 60 %, and 60 % or more. */
    private static final int LOW_EDGE = -20;
    private static final int HIGH_EDGE = 60;
    private static final int STEP = 5;

    private final CatalogService catalog;
    private final MarketSnapshotRepository history;
    private final KpiTargetRepository kpiTargets;
    private final AlertFeed alerts;
    private final JobStatusFeed jobs;
    private final KpiCalculator kpis = KpiCalculator.withDefaultTolerance();
    private final Clock clock;
    /** The same KPI status the grid and {@code skus list} show, from the market facts; per SKU. */
    private final java.util.function.Supplier<Map<String, KpiStatus>> marketStatus;

    public DashboardService(CatalogService catalog, MarketSnapshotRepository history, KpiTargetRepository kpiTargets,
                            AlertFeed alerts, JobStatusFeed jobs, Clock clock) {
        this(catalog, history, kpiTargets, alerts, jobs, clock, Map::of);
    }

    /**
     * With {@code marketStatus}, SKUs are counted by their full KPI status (margin, ROI, cover, conversion,
     * ACoS, BSR...), so the dashboard agrees with the grid; SKUs it does not know fall back to margin and ROI.
     */
    public DashboardService(CatalogService catalog, MarketSnapshotRepository history, KpiTargetRepository kpiTargets,
                            AlertFeed alerts, JobStatusFeed jobs, Clock clock,
                            java.util.function.Supplier<Map<String, KpiStatus>> marketStatus) {
        this.marketStatus = marketStatus;
        this.catalog = catalog;
        this.history = history;
        this.kpiTargets = kpiTargets;
        this.alerts = alerts;
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * The dashboard over the last {@code days} complete days, ending yesterday (UTC dates, as history is
     * synced): today's sales are not in yet, and a half day would read as a collapse.
     */
    public Dashboard dashboard(int days) {
        return dashboard(days, java.util.Locale.US);
    }

    /** As {@link #dashboard(int)}, with alerts and job texts in {@code locale}. */
    public Dashboard dashboard(int days, java.util.Locale locale) {
        if (days < 1) {
            throw new IllegalArgumentException("The range must be at least one day, was " + days);
        }
        LocalDate to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        LocalDate from = to.minusDays(days - 1L);
        List<SkuOverview> skus = catalog.overview(Optional.empty());
        Map<String, SkuOverview> bySku = new HashMap<>(skus.size() * 2);
        skus.forEach(s -> bySku.put(s.sellerSku(), s));

        // One pass over the daily rows: landed cost of the units sold per day, and the last two weeks for movers.
        LocalDate moversFrom = to.minusDays(2L * MOVER_WEEK - 1);
        LocalDate scanFrom = from.isBefore(moversFrom) ? from : moversFrom;
        Map<LocalDate, BigDecimal> productCost = new HashMap<>();
        Map<String, Week> weeks = new HashMap<>();
        history.forEachDay(scanFrom, to, d -> {
            SkuOverview s = bySku.get(d.sellerSku());
            if (!d.day().isBefore(from) && d.units() != null && d.units() > 0 && s != null && s.landedCost() != null) {
                productCost.merge(d.day(), s.landedCost().amount().multiply(BigDecimal.valueOf(d.units())),
                        BigDecimal::add);
            }
            if (!d.day().isBefore(moversFrom)) {
                weeks.computeIfAbsent(d.sellerSku(), k -> new Week()).add(d, to);
            }
        });
        return new Dashboard(from, to, trend(history.portfolio(from, to), productCost), byStatus(skus),
                distribution(skus), movers(weeks, bySku), alerts.openAlerts(locale), jobs.jobs(locale));
    }

    static List<PortfolioPoint> trend(List<PortfolioDay> days, Map<LocalDate, BigDecimal> productCost) {
        List<PortfolioPoint> out = new ArrayList<>(days.size());
        for (PortfolioDay d : days) {
            BigDecimal cost = productCost.getOrDefault(d.day(), BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            BigDecimal profit = d.afterFeesAndAds().subtract(cost);
            BigDecimal margin = d.sales().signum() == 0 ? null
                    : profit.multiply(HUNDRED).divide(d.sales(), 2, RoundingMode.HALF_UP);
            out.add(new PortfolioPoint(d.day(), d.units(), d.sales(), d.afterFeesAndAds(), cost, profit, margin));
        }
        return out;
    }

    Map<KpiStatus, List<String>> byStatus(List<SkuOverview> skus) {
        KpiBook book = kpiTargets.load().orElseGet(KpiBook::defaults);
        Map<KpiStatus, List<String>> out = new EnumMap<>(KpiStatus.class);
        for (KpiStatus s : KpiStatus.values()) {
            out.put(s, new ArrayList<>());
        }
        Map<String, KpiStatus> known = marketStatus.get();
        for (SkuOverview s : skus) {
            KpiStatus full = known.get(s.sellerSku());
            out.get(full != null ? full : status(book, s)).add(s.sellerSku());
        }
        return out;
    }

    /** The worst of the SKU's margin and ROI KPIs; UNKNOWN when neither is known. */
    KpiStatus status(KpiBook book, SkuOverview s) {
        Sku sku = new Sku(s.sellerSku(), s.asin(), s.title(), s.localTitle(), s.category(), s.tier(), s.tags(), null,
                null);
        SkuFacts facts = SkuFacts.builder(s.sellerSku()).ourPrice(s.price()).landedCost(s.landedCost()).build();
        MarginPricing pricing = new KnownMargin(s.marginPct());
        List<KpiValue> values = kpis.evaluate(book.forSku(sku), facts, Optional.of(pricing));
        KpiStatus worst = KpiStatus.UNKNOWN;
        for (KpiValue v : values) {
            worst = worse(worst, v.status());
        }
        return worst;
    }

    private static KpiStatus worse(KpiStatus a, KpiStatus b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(KpiStatus s) {
        return switch (s) {
            case UNKNOWN -> 0;
            case OK -> 1;
            case WARNING -> 2;
            case BREACH -> 3;
        };
    }

    static List<MarginBucket> distribution(List<SkuOverview> skus) {
        List<MarginBucket> buckets = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        buckets.add(null);
        members.add(new ArrayList<>());
        for (int e = LOW_EDGE; e < HIGH_EDGE; e += STEP) {
            buckets.add(null);
            members.add(new ArrayList<>());
        }
        buckets.add(null);
        members.add(new ArrayList<>());
        for (SkuOverview s : skus) {
            if (s.marginPct() == null) {
                continue;
            }
            members.get(bucketOf(s.marginPct())).add(s.sellerSku());
        }
        List<MarginBucket> out = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            BigDecimal lo = i == 0 ? null : BigDecimal.valueOf(LOW_EDGE + (long) (i - 1) * STEP);
            BigDecimal hi = i == members.size() - 1 ? null : BigDecimal.valueOf(LOW_EDGE + (long) i * STEP);
            out.add(new MarginBucket(lo, hi, members.get(i)));
        }
        return out;
    }

    /** 0 for below the low edge, the last index for the high edge or more, else the 5-point step. */
    static int bucketOf(BigDecimal marginPct) {
        if (marginPct.compareTo(BigDecimal.valueOf(LOW_EDGE)) < 0) {
            return 0;
        }
        if (marginPct.compareTo(BigDecimal.valueOf(HIGH_EDGE)) >= 0) {
            return (HIGH_EDGE - LOW_EDGE) / STEP + 1;
        }
        int step = marginPct.subtract(BigDecimal.valueOf(LOW_EDGE)).divide(BigDecimal.valueOf(STEP), 0,
                RoundingMode.FLOOR).intValueExact();
        return step + 1;
    }

    static List<Mover> movers(Map<String, Week> weeks, Map<String, SkuOverview> bySku) {
        List<Mover> price = new ArrayList<>();
        List<Mover> bsr = new ArrayList<>();
        List<Mover> units = new ArrayList<>();
        weeks.forEach((sku, w) -> {
            String title = Optional.ofNullable(bySku.get(sku)).map(SkuOverview::title).orElse("");
            mover(sku, title, MoveKind.PRICE, w.priceBefore, w.priceNow).ifPresent(price::add);
            mover(sku, title, MoveKind.BSR, w.bsrBefore == null ? null : BigDecimal.valueOf(w.bsrBefore),
                    w.bsrNow == null ? null : BigDecimal.valueOf(w.bsrNow)).ifPresent(bsr::add);
            if (w.unitsKnownBefore && w.unitsKnownNow) {
                mover(sku, title, MoveKind.UNITS, BigDecimal.valueOf(w.unitsBefore), BigDecimal.valueOf(w.unitsNow))
                        .ifPresent(units::add);
            }
        });
        List<Mover> out = new ArrayList<>();
        out.addAll(top(price, Mover::changePct));
        out.addAll(top(bsr, Mover::changePct));
        // Units by how many more or fewer were sold: 1 → 3 is +200% but means little.
        out.addAll(top(units, m -> m.after().subtract(m.before())));
        return out;
    }

    private static List<Mover> top(List<Mover> movers, java.util.function.Function<Mover, BigDecimal> size) {
        return movers.stream()
                .sorted(Comparator.comparing((Mover m) -> size.apply(m).abs()).reversed()
                        .thenComparing(Mover::sellerSku))
                .limit(MOVERS_PER_KIND).toList();
    }

    private static Optional<Mover> mover(String sku, String title, MoveKind kind, BigDecimal before, BigDecimal after) {
        if (before == null || after == null || before.signum() == 0 || before.compareTo(after) == 0) {
            return Optional.empty();
        }
        BigDecimal change = after.subtract(before).multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_UP);
        return Optional.of(new Mover(sku, title, kind, before, after, change));
    }

    /** A SKU's last two weeks: price and rank a week ago and now, units sold in each week. */
    static final class Week {
        BigDecimal priceBefore;
        BigDecimal priceNow;
        Integer bsrBefore;
        Integer bsrNow;
        LocalDate priceBeforeDay;
        LocalDate priceNowDay;
        LocalDate bsrBeforeDay;
        LocalDate bsrNowDay;
        long unitsBefore;
        long unitsNow;
        boolean unitsKnownBefore;
        boolean unitsKnownNow;

        void add(SkuDay d, LocalDate to) {
            boolean thisWeek = d.day().isAfter(to.minusDays(MOVER_WEEK));
            if (d.units() != null) {
                if (thisWeek) {
                    unitsNow += d.units();
                    unitsKnownNow = true;
                } else {
                    unitsBefore += d.units();
                    unitsKnownBefore = true;
                }
            }
            // "Before" is the latest value of the earlier week, "now" the latest value overall.
            if (d.price() != null) {
                if (!thisWeek && (priceBeforeDay == null || d.day().isAfter(priceBeforeDay))) {
                    priceBefore = d.price();
                    priceBeforeDay = d.day();
                }
                if (priceNowDay == null || d.day().isAfter(priceNowDay)) {
                    priceNow = d.price();
                    priceNowDay = d.day();
                }
            }
            if (d.bsr() != null) {
                if (!thisWeek && (bsrBeforeDay == null || d.day().isAfter(bsrBeforeDay))) {
                    bsrBefore = d.bsr();
                    bsrBeforeDay = d.day();
                }
                if (bsrNowDay == null || d.day().isAfter(bsrNowDay)) {
                    bsrNow = d.bsr();
                    bsrNowDay = d.day();
                }
            }
        }
    }

    /** The margin the catalogue already computed, seen through the KPI calculator's interface. */
    private record KnownMargin(BigDecimal marginPct) implements MarginPricing {
        @Override
        public Optional<Money> priceForMargin(BigDecimal pct) {
            return Optional.empty();
        }

        @Override
        public Optional<BigDecimal> marginAt(Money price) {
            return Optional.ofNullable(marginPct);
        }
    }
}
