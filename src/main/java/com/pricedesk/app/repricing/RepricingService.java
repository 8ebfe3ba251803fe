package com.pricedesk.app.repricing;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.LandedCost;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.CostProfileRepository;
import com.pricedesk.domain.port.FxRateRepository;
import com.pricedesk.domain.port.KpiTargetRepository;
import com.pricedesk.domain.port.PriceLimitRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.RuleSetRepository;
import com.pricedesk.domain.port.SkuRepository;
import com.pricedesk.domain.pricing.HeldDecision;
import com.pricedesk.domain.pricing.NoChange;
import com.pricedesk.domain.pricing.MarginPricing;
import com.pricedesk.domain.pricing.PriceDecision;
import com.pricedesk.domain.pricing.PriceLimits;
import com.pricedesk.domain.pricing.PricingConflict;
import com.pricedesk.domain.pricing.Repricer;
import com.pricedesk.domain.pricing.RepricingInput;
import com.pricedesk.domain.pricing.RepricingOutcome;
import com.pricedesk.domain.rules.ConflictReport;
import com.pricedesk.domain.rules.RuleSet;
import com.pricedesk.domain.rules.SkuFacts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rules engine over all SKUs, or one, on current data: loads the rule set, KPI targets,
 * limits, prices, landed costs and market facts, and lets the domain {@link Repricer} decide. A dry
 * run changes nothing; queueing the decisions is the approval queue's job.
 */
public final class RepricingService {
    private static final Logger log = LoggerFactory.getLogger(RepricingService.class);

    private final SkuRepository skus;
    private final PriceRepository prices;
    private final CostProfileRepository costs;
    private final FxRateRepository fxRates;
    private final RuleSetRepository ruleSets;
    private final KpiTargetRepository kpis;
    private final PriceLimitRepository limits;
    private final MarketFactsSource market;
    private final MarginPricingSource economics;
    private final Repricer repricer;
    private final Clock clock;

    public RepricingService(SkuRepository skus, PriceRepository prices, CostProfileRepository costs,
                            FxRateRepository fxRates, RuleSetRepository ruleSets, KpiTargetRepository kpis,
                            PriceLimitRepository limits, MarketFactsSource market, MarginPricingSource economics,
                            Repricer repricer, Clock clock) {
        this.skus = skus;
        this.prices = prices;
        this.costs = costs;
        this.fxRates = fxRates;
        this.ruleSets = ruleSets;
        this.kpis = kpis;
        this.limits = limits;
        this.market = market;
        this.economics = economics;
        this.repricer = repricer;
        this.clock = clock;
    }

    /** Evaluates every SKU, or only {@code sellerSku}; nothing is stored or queued. */
    public RepricingRun dryRun(Optional<String> sellerSku) {
        return evaluate(sellerSku.map(s -> List.of(skus.find(s).orElseThrow(() -> new UnknownSkuException(s))))
                .orElseGet(skus::findAll));
    }

    /** Evaluates only the given SKUs (the grid's selection); nothing is stored or queued. */
    public RepricingRun dryRun(java.util.Collection<String> sellerSkus) {
        return evaluate(sellerSkus.stream().distinct()
                .map(s -> skus.find(s).orElseThrow(() -> new UnknownSkuException(s))).toList());
    }

    private RepricingRun evaluate(List<Sku> targets) {
        Instant now = clock.instant();
        RuleSet rules = ruleSets.current().orElse(RuleSet.empty());
        KpiBook book = kpis.load().orElseGet(KpiBook::defaults);
        Map<String, PriceLimits> limitBySku = limits.findAll();
        Map<String, Money> priceBySku = prices.currentPrices();
        Map<String, CostProfile> costBySku = costs.findAll();
        Optional<FxRate> fx = fxRates.rateOn(LocalDate.now(clock));
        Map<String, SkuFacts> facts = market.latest(targets.stream().map(Sku::sellerSku).toList());

        List<PriceDecision> decisions = new ArrayList<>();
        List<HeldDecision> held = new ArrayList<>();
        List<PricingConflict> conflicts = new ArrayList<>();
        List<NoChange> unchanged = new ArrayList<>();
        Map<String, MarginPricing> pricingBySku = economics.forSkus(targets, costBySku);
        // Inputs are built and evaluated on all cores for a large shop; each SKU's work is independent.
        List<RepricingInput> inputs = (targets.size() >= Repricer.PARALLEL_FROM ? targets.parallelStream() : targets.stream())
                .map(sku -> new RepricingInput(sku, complete(facts.get(sku.sellerSku()), sku, priceBySku,
                        costBySku.get(sku.sellerSku()), fx), Optional.ofNullable(pricingBySku.get(sku.sellerSku())),
                        book.forSku(sku),
                        limitBySku.getOrDefault(sku.sellerSku(), PriceLimits.NONE)))
                .toList();
        for (RepricingOutcome out : repricer.evaluateAll(rules, inputs, now)) {
            if (out instanceof PriceDecision d) {
                decisions.add(d);
            } else if (out instanceof HeldDecision h) {
                held.add(h);
            } else if (out instanceof PricingConflict c) {
                conflicts.add(c);
            } else if (out instanceof NoChange n) {
                unchanged.add(n);
            }
        }
        log.info("Repricing dry run over {} SKUs with rule set v{}: {} decisions, {} held, {} conflicts",
                targets.size(), rules.version(), decisions.size(), held.size(), conflicts.size());
        return new RepricingRun(now, rules, decisions, held, conflicts, unchanged, new ConflictReport().conflicts(rules));
    }

    /** Fills what the workspace itself knows (our price, landed cost) into the market facts. */
    private SkuFacts complete(SkuFacts fromMarket, Sku sku, Map<String, Money> priceBySku, CostProfile cost,
                              Optional<FxRate> fx) {
        // No snapshot: only our own facts are known, and the stale-data guard holds the SKU.
        SkuFacts f = fromMarket != null ? fromMarket : SkuFacts.unknown(sku.sellerSku(), "");
        // The current price is the latest known (confirmed after a change, or seen later by the offers sync);
        // the snapshot's can be older: the price before a change confirmed since.
        Optional<Money> ourPrice = Optional.ofNullable(priceBySku.get(sku.sellerSku())).or(f::ourPrice);
        Optional<Money> landed = f.landedCost().or(() -> landedCost(sku, cost, fx));
        return new SkuFacts(f.sellerSku(), f.ownSellerId(), f.snapshotAt(), ourPrice, f.regularPrice(), f.buyBoxPrice(),
                f.weHoldBuyBox(), f.offers(), f.offerCount(), f.bsr(), f.bsrChange7dPct(), f.daysOfCover(),
                f.inventoryAgeDays(), f.conversionPct(), f.acosPct(), f.tacosPct(), f.buyBoxSharePct(), landed,
                f.listingMaxPrice(), f.recentChanges());
    }

    private static Optional<Money> landedCost(Sku sku, CostProfile cost, Optional<FxRate> fx) {
        if (cost == null || fx.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LandedCost.of(cost, sku.dimensions(), sku.weight(), fx.get()).total());
        } catch (IllegalArgumentException e) {
            // Unknown rather than wrong: the suspicious-price guard then checks only what it can.
            log.warn("Landed cost of {} is unknown: {}", sku.sellerSku(), e.getMessage());
            return Optional.empty();
        }
    }
}
