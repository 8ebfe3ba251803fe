package com.pricedesk.app.kpi;

import com.pricedesk.app.economics.EconomicsService;
import com.pricedesk.app.repricing.MarketFactsSource;
import com.pricedesk.app.repricing.UnitEconomicsMarginPricing;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.cost.UnitEconomics;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.kpi.KpiCalculator;
import com.pricedesk.domain.kpi.KpiValue;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.CostProfileRepository;
import com.pricedesk.domain.port.KpiTargetRepository;
import com.pricedesk.domain.port.PriceLimitRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.SkuRepository;
import com.pricedesk.domain.pricing.MarginPricing;
import com.pricedesk.domain.pricing.PriceLimits;
import com.pricedesk.domain.rules.SkuFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * KPI status per SKU (考核指标状态) for the grid, the dashboard and {@code skus list}: the latest market
 * facts, the unit economics and the KPI targets, turned by {@link KpiCalculator} into a value and a
 * status per target and an overall status.
 *
 * <p>Built for bulk use: one call for all (or many) SKUs reads every table once, so 100,000 SKUs cost a
 * handful of queries, not one per SKU. Call it off the FX thread (it runs SQL). Usage:
 * <pre>{@code
 * Map<String, SkuKpiStatus> all = kpiStatus.all();          // every SKU, by seller SKU
 * Map<String, SkuKpiStatus> some = kpiStatus.forSkus(skus);  // the SKUs the caller already holds
 * Optional<SkuKpiStatus> one = kpiStatus.forSku("KT-SPAT-3P-BLK");
 * }</pre>
 * Our price is the latest snapshot's, else the workspace's current price; unknown facts give UNKNOWN
 * values, never zeros.
 */
public final class KpiStatusService {
    private final SkuRepository skus;
    private final PriceRepository prices;
    private final CostProfileRepository costs;
    private final KpiTargetRepository kpis;
    private final PriceLimitRepository limits;
    private final MarketFactsSource market;
    private final EconomicsService economics;
    private final KpiCalculator calculator;
    private final Clock clock;

    public KpiStatusService(SkuRepository skus, PriceRepository prices, CostProfileRepository costs,
                            KpiTargetRepository kpis, PriceLimitRepository limits, MarketFactsSource market,
                            EconomicsService economics, KpiCalculator calculator, Clock clock) {
        this.skus = skus;
        this.prices = prices;
        this.costs = costs;
        this.kpis = kpis;
        this.limits = limits;
        this.market = market;
        this.economics = economics;
        this.calculator = calculator;
        this.clock = clock;
    }

    /** Every SKU of the workspace, in seller-SKU order. */
    public Map<String, SkuKpiStatus> all() {
        return forSkus(skus.findAll());
    }

    /** One SKU, or empty when the workspace has no such SKU. */
    public Optional<SkuKpiStatus> forSku(String sellerSku) {
        return skus.find(sellerSku).map(s -> forSkus(List.of(s)).get(sellerSku));
    }

    /** The SKUs named (those the workspace holds), in seller-SKU order. */
    public Map<String, SkuKpiStatus> forSellerSkus(Collection<String> sellerSkus) {
        java.util.Set<String> wanted = new java.util.HashSet<>(sellerSkus);
        return forSkus(skus.findAll().stream().filter(s -> wanted.contains(s.sellerSku())).toList());
    }

    /** The given SKUs, in the given order. */
    public Map<String, SkuKpiStatus> forSkus(Collection<Sku> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        List<Sku> list = List.copyOf(of);
        KpiBook book = kpis.load().orElseGet(KpiBook::defaults);
        Map<String, Money> current = prices.currentPrices();
        Map<String, PriceLimits> limitBySku = limits.findAll();
        Map<String, UnitEconomics> unit = economics.unitEconomics(LocalDate.now(clock), list, costs.findAll());
        Map<String, SkuFacts> facts = market.latest(list.stream().map(Sku::sellerSku).toList());
        Map<String, SkuKpiStatus> out = new LinkedHashMap<>(list.size() * 2);
        for (Sku sku : list) {
            String id = sku.sellerSku();
            UnitEconomics e = unit.get(id);
            Optional<MarginPricing> pricing = Optional.ofNullable(e).map(UnitEconomicsMarginPricing::of);
            SkuFacts f = complete(facts.get(id), id, current.get(id), e);
            List<KpiValue> values = calculator.evaluate(book.forSku(sku), f, pricing);
            out.put(id, new SkuKpiStatus(id, f, values, SkuKpiStatus.overall(values),
                    limitBySku.getOrDefault(id, PriceLimits.NONE)));
        }
        return out;
    }

    /** The market facts with what the workspace itself knows filled in: our price and landed cost. */
    static SkuFacts complete(SkuFacts fromMarket, String sellerSku, Money currentPrice, UnitEconomics e) {
        SkuFacts f = fromMarket != null ? fromMarket : SkuFacts.unknown(sellerSku, "");
        // the latest known price first: the snapshot's can predate a change confirmed since
        Optional<Money> ourPrice = Optional.ofNullable(currentPrice).or(f::ourPrice);
        Optional<Money> landed = f.landedCost().or(() -> Optional.ofNullable(e).map(UnitEconomics::landedCost));
        return new SkuFacts(f.sellerSku(), f.ownSellerId(), f.snapshotAt(), ourPrice, f.regularPrice(),
                f.buyBoxPrice(), f.weHoldBuyBox(), f.offers(), f.offerCount(), f.bsr(), f.bsrChange7dPct(),
                f.daysOfCover(), f.inventoryAgeDays(), f.conversionPct(), f.acosPct(), f.tacosPct(),
                f.buyBoxSharePct(), landed, f.listingMaxPrice(), f.recentChanges());
    }
}
