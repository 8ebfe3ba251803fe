package com.pricedesk.app.grid;

import com.pricedesk.app.economics.EconomicsService;
import com.pricedesk.app.repricing.MarketFactsSource;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.UnitEconomics;
import com.pricedesk.domain.cost.Waterfall;
import com.pricedesk.domain.cost.fees.FeeSchedule;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.kpi.KpiCalculator;
import com.pricedesk.domain.kpi.KpiTargets;
import com.pricedesk.domain.kpi.KpiValue;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.CostProfileRepository;
import com.pricedesk.domain.port.FxRateRepository;
import com.pricedesk.domain.port.KpiTargetRepository;
import com.pricedesk.domain.port.PriceLimitRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.SkuRepository;
import com.pricedesk.domain.pricing.BandResult;
import com.pricedesk.domain.pricing.Guardrail;
import com.pricedesk.domain.pricing.GuardrailSettings;
import com.pricedesk.domain.pricing.MarginPricing;
import com.pricedesk.domain.pricing.PriceBand;
import com.pricedesk.domain.pricing.PriceBandCalculator;
import com.pricedesk.domain.pricing.PriceLimits;
import com.pricedesk.domain.rules.Channel;
import com.pricedesk.domain.rules.CompetitorFilter;
import com.pricedesk.domain.rules.Competitors;
import com.pricedesk.domain.rules.Offer;
import com.pricedesk.domain.rules.SkuFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the grid's rows: every SKU with its unit economics at the current price, guardrail floor and
 * ceiling, latest market facts and KPI statuses. Everything is read once per call (SKUs, costs, prices,
 * fee tables, KPI targets, limits, market facts), never per SKU, so 100,000 rows stay one pass.
 */
public final class SkuGridService {
    private static final Logger log = LoggerFactory.getLogger(SkuGridService.class);
    /** Up to this many SKUs are read one by one; more are read in one pass over the whole catalogue. */
    private static final int FEW = 200;
    /** From this many SKUs on, the rows are built in parallel. */
    private static final int PARALLEL_FROM = 2_000;

    private final SkuRepository skus;
    private final CostProfileRepository costs;
    private final PriceRepository prices;
    private final FxRateRepository fxRates;
    private final EconomicsService economics;
    private final KpiTargetRepository kpiTargets;
    private final PriceLimitRepository limits;
    private final MarketFactsSource market;
    private final PriceBandCalculator bands;
    private final KpiCalculator kpis = KpiCalculator.withDefaultTolerance();
    private final GridRowCache cache;
    private final java.time.Clock clock;

    public SkuGridService(SkuRepository skus, CostProfileRepository costs, PriceRepository prices,
                          FxRateRepository fxRates, EconomicsService economics, KpiTargetRepository kpiTargets,
                          PriceLimitRepository limits, MarketFactsSource market, GuardrailSettings guardrails) {
        this(skus, costs, prices, fxRates, economics, kpiTargets, limits, market, guardrails, GridRowCache.NONE,
                java.time.Clock.systemUTC());
    }

    /** With {@code cache}: every full build is kept there, for the next start to show at once. */
    public SkuGridService(SkuRepository skus, CostProfileRepository costs, PriceRepository prices,
                          FxRateRepository fxRates, EconomicsService economics, KpiTargetRepository kpiTargets,
                          PriceLimitRepository limits, MarketFactsSource market, GuardrailSettings guardrails,
                          GridRowCache cache, java.time.Clock clock) {
        this.cache = cache;
        this.clock = clock;
        this.skus = skus;
        this.costs = costs;
        this.prices = prices;
        this.fxRates = fxRates;
        this.economics = economics;
        this.kpiTargets = kpiTargets;
        this.limits = limits;
        this.market = market;
        this.bands = new PriceBandCalculator(guardrails);
    }

    /** Every SKU of the workspace, in seller-SKU order. */
    public List<SkuGridRow> rows() {
        long t0 = System.nanoTime();
        List<Sku> all = new ArrayList<>(skus.findAll());
        all.sort(java.util.Comparator.comparing(Sku::sellerSku));
        List<SkuGridRow> rows = build(all, costs.findAll(), prices.currentPrices());
        log.info("Grid rows for {} SKUs built in {} ms", rows.size(), (System.nanoTime() - t0) / 1_000_000);
        try {
            cache.save(new GridRowCache.Snapshot(clock.instant(), rows));
        } catch (RuntimeException e) {
            // Only the next start is slower: the rows themselves are fine.
            log.warn("Could not keep the grid rows for the next start: {}", e.toString());
        }
        return rows;
    }

    /**
     * The rows of the last full build, as kept for a fast start: shown until {@link #rows()} has built
     * them afresh. Empty when there are none (first start) or they cannot be read.
     */
    public Optional<GridRowCache.Snapshot> cachedRows() {
        return cache.load();
    }

    /** The given SKUs, freshly computed (after an edit); unknown SKUs are left out. */
    public List<SkuGridRow> rows(Collection<String> sellerSkus) {
        Set<String> wanted = new LinkedHashSet<>(sellerSkus);
        if (wanted.size() > FEW) {
            List<Sku> of = skus.findAll().stream().filter(s -> wanted.contains(s.sellerSku())).toList();
            return build(of, costs.findAll(), prices.currentPrices());
        }
        List<Sku> of = new ArrayList<>();
        Map<String, CostProfile> profiles = new HashMap<>();
        Map<String, Money> current = new HashMap<>();
        for (String s : wanted) {
            skus.find(s).ifPresent(of::add);
            costs.find(s).ifPresent(p -> profiles.put(s, p));
            prices.currentPrice(s).ifPresent(p -> current.put(s, p));
        }
        return build(of, profiles, current);
    }

    /** One SKU, freshly computed. */
    public Optional<SkuGridRow> row(String sellerSku) {
        List<SkuGridRow> r = rows(List.of(sellerSku));
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    private List<SkuGridRow> build(List<Sku> of, Map<String, CostProfile> profiles, Map<String, Money> current) {
        LocalDate today = economics.today();
        Optional<FxRate> fx = fxRates.rateOn(today);
        FeeSchedule schedule = fx.isPresent() ? economics.scheduleOn(today) : null;
        KpiBook book = kpiTargets.load().orElseGet(KpiBook::defaults);
        Map<String, PriceLimits> limitBySku = limits.findAll();
        Map<String, SkuFacts> facts = market.latest(of.stream().map(Sku::sellerSku).toList());
        // Each row is pure computation on what was read above (no SQL, no shared mutable state), so
        // the rows are built on all cores; the array keeps the catalogue order.
        SkuGridRow[] out = new SkuGridRow[of.size()];
        IntStream range = IntStream.range(0, out.length);
        (out.length >= PARALLEL_FROM ? range.parallel() : range).forEach(i -> {
            Sku sku = of.get(i);
            String id = sku.sellerSku();
            CostProfile profile = profiles.get(id);
            Optional<UnitEconomics> e = schedule == null || profile == null ? Optional.empty()
                    : economics.unitEconomics(schedule, fx.get(), sku, profile);
            out[i] = row(sku, profile, current.get(id), e, book.forSku(sku),
                    limitBySku.getOrDefault(id, PriceLimits.NONE), facts.get(id));
        });
        return new ArrayList<>(Arrays.asList(out));
    }

    private SkuGridRow row(Sku sku, CostProfile profile, Money storedPrice, Optional<UnitEconomics> e,
                           KpiTargets targets, PriceLimits limit, SkuFacts fromMarket) {
        SkuFacts market = fromMarket != null ? fromMarket : SkuFacts.unknown(sku.sellerSku(), "");
        // the current price is the latest known (see PriceRepository); the snapshot's can predate a change
        Money price = storedPrice != null ? storedPrice : market.ourPrice().orElse(null);
        Money landed = e.map(u -> u.landedCost().rounded()).orElse(null);
        Money fees = null;
        Money profit = null;
        BigDecimal margin = null;
        BigDecimal roi = null;
        Money breakEven = null;
        Money floor = null;
        Money ceiling = null;
        Optional<MarginPricing> pricing = e.map(Pricing::new);
        if (e.isPresent()) {
            UnitEconomics u = e.get();
            breakEven = u.breakEven().asOptional().map(Money::rounded).orElse(null);
            if (price != null && price.amount().signum() > 0) {
                Waterfall w = u.at(price.rounded());
                fees = w.totalCosts().minus(u.landedCost()).rounded();
                profit = w.profit().rounded();
                margin = w.marginPct();
                roi = w.roiPct().orElse(null);
            }
            BigDecimal tierMin = targets.minMarginPct().orElse(BigDecimal.ZERO);
            BandResult band = bands.band(sku.tier(), tierMin, Optional.empty(), limit, market.listingMaxPrice(),
                    pricing);
            PriceBand b = band instanceof BandResult.Usable usable ? usable.band()
                    : band instanceof BandResult.FloorAboveCeiling f ? f.band() : null;
            if (b != null) {
                floor = b.floor();
                // The sanity maximum is a safety net, not the seller's ceiling: show none rather than $10,000.
                ceiling = b.ceilingBy() == Guardrail.CEILING_SANITY_MAX ? null : b.ceiling();
            }
        }
        boolean belowFloor = price != null && floor != null && price.compareTo(floor) < 0;
        Optional<Money> landedForKpi = market.landedCost().or(() -> Optional.ofNullable(landed));
        SkuFacts complete = new SkuFacts(market.sellerSku(), market.ownSellerId(), market.snapshotAt(),
                Optional.ofNullable(price), market.regularPrice(), market.buyBoxPrice(), market.weHoldBuyBox(),
                market.offers(), market.offerCount(), market.bsr(), market.bsrChange7dPct(), market.daysOfCover(),
                market.inventoryAgeDays(), market.conversionPct(), market.acosPct(), market.tacosPct(),
                market.buyBoxSharePct(), landedForKpi, market.listingMaxPrice(), market.recentChanges());
        List<KpiValue> kpiValues = kpis.evaluate(targets, complete, pricing);
        Competitors competitors = Competitors.of(market, CompetitorFilter.DEFAULT);
        return new SkuGridRow(sku.sellerSku(), sku.asin(), sku.title(), sku.localTitle(), sku.category(), sku.tier(),
                sku.tags(), profile == null ? null : profile.purchase(), profile == null ? null : profile.freightRate(),
                profile == null ? null : profile.freightBasis(), profile == null ? null : profile.packaging(), price,
                market.buyBoxPrice().orElse(null),
                market.weHoldBuyBox().orElse(null), lowest(competitors, Channel.FBA), lowest(competitors, Channel.FBM),
                landed, fees, profit, margin, roi, breakEven, floor, ceiling, belowFloor,
                market.daysOfCover().orElse(null), market.inventoryAgeDays().orElse(null),
                market.conversionPct().orElse(null), market.acosPct().orElse(null), market.tacosPct().orElse(null),
                market.bsr().orElse(null), kpiValues, SkuGridRow.worst(kpiValues), limit.manualMin().orElse(null),
                limit.manualMax().orElse(null), market.regularPrice().orElse(null));
    }

    private static Money lowest(Competitors competitors, Channel channel) {
        return competitors.lowest(channel).map(Offer::landedPrice).orElse(null);
    }

    /** One SKU's unit economics through the repricer's narrow interface, for the band and the KPIs. */
    private record Pricing(UnitEconomics e) implements MarginPricing {
        @Override
        public Optional<Money> priceForMargin(BigDecimal marginPct) {
            return e.priceForMargin(marginPct).asOptional();
        }

        @Override
        public Optional<BigDecimal> marginAt(Money price) {
            if (price == null || price.amount().signum() <= 0) {
                return Optional.empty();
            }
            return Optional.of(e.at(price.rounded()).marginPct());
        }
    }
}
