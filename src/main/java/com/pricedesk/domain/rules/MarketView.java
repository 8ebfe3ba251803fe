package com.pricedesk.domain.rules;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.MarginPricing;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One SKU's facts as the rules read them at {@code now}: raw facts plus the derived ones (lowest
 * competitor under a filter, gaps, current margin, hours since our last change). Unknown stays unknown.
 */
public final class MarketView {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private final SkuFacts facts;
    private final Optional<MarginPricing> pricing;
    private final Instant now;
    private final Map<CompetitorFilter, Competitors> competitors = new HashMap<>(2);
    // Twenty rules ask for the same few facts: each is computed once per SKU (per filter if it reads competitors).
    private final Map<Fact, Optional<BigDecimal>> plainValues = new EnumMap<>(Fact.class);
    private final Map<CompetitorFilter, Map<Fact, Optional<BigDecimal>>> competitorValues = new HashMap<>(2);

    public MarketView(SkuFacts facts, Optional<MarginPricing> pricing, Instant now) {
        this.facts = facts;
        this.pricing = pricing;
        this.now = now;
    }

    public SkuFacts facts() {
        return facts;
    }

    public Optional<MarginPricing> pricing() {
        return pricing;
    }

    public Instant now() {
        return now;
    }

    /**
     * Our price, when known and at least a cent: a zero, negative or sub-cent price (which Amazon
     * would show as $0.00) is not a price to reason from.
     */
    public Optional<Money> ourPrice() {
        return facts.ourPrice().filter(p -> p.amount().compareTo(HALF_CENT) >= 0);
    }

    public Competitors competitors(CompetitorFilter filter) {
        return competitors.computeIfAbsent(filter, f -> Competitors.of(facts, f));
    }

    /** The offer a competitor fact is read from, if the fact reads one. */
    public Optional<Offer> offerBehind(Fact fact, CompetitorFilter filter) {
        return switch (fact) {
            case LOWEST_COMPETITOR_PRICE, COMPETITOR_GAP_USD, COMPETITOR_GAP_PCT -> competitors(filter).lowest();
            case LOWEST_FBA_PRICE -> competitors(filter).lowest(Channel.FBA);
            case LOWEST_FBM_PRICE -> competitors(filter).lowest(Channel.FBM);
            default -> Optional.empty();
        };
    }

    /** The value of a fact, or empty when unknown. */
    public Optional<BigDecimal> value(Fact fact, CompetitorFilter filter) {
        Map<Fact, Optional<BigDecimal>> cache = fact.readsCompetitor()
                ? competitorValues.computeIfAbsent(filter, f -> new EnumMap<>(Fact.class)) : plainValues;
        Optional<BigDecimal> known = cache.get(fact);
        if (known == null) {
            known = compute(fact, filter);
            cache.put(fact, known);
        }
        return known;
    }

    private Optional<BigDecimal> compute(Fact fact, CompetitorFilter filter) {
        return switch (fact) {
            case OUR_PRICE -> ourPrice().map(Money::amount);
            case BUY_BOX_PRICE -> facts.buyBoxPrice().map(Money::amount);
            case LOWEST_COMPETITOR_PRICE, LOWEST_FBA_PRICE, LOWEST_FBM_PRICE ->
                    offerBehind(fact, filter).map(o -> o.landedPrice().amount());
            case COMPETITOR_GAP_USD -> gapUsd(competitors(filter).lowest().map(Offer::landedPrice));
            case COMPETITOR_GAP_PCT -> gapPct(competitors(filter).lowest().map(Offer::landedPrice));
            case BUY_BOX_GAP_PCT -> gapPct(facts.buyBoxPrice());
            case OFFER_COUNT -> facts.effectiveOfferCount().map(BigDecimal::valueOf);
            case BSR -> facts.bsr().map(BigDecimal::valueOf);
            case BSR_CHANGE_7D_PCT -> facts.bsrChange7dPct();
            case DAYS_OF_COVER -> facts.daysOfCover();
            case INVENTORY_AGE_DAYS -> facts.inventoryAgeDays().map(BigDecimal::valueOf);
            case CONVERSION_PCT -> facts.conversionPct();
            case ACOS_PCT -> facts.acosPct();
            case TACOS_PCT -> facts.tacosPct();
            case MARGIN_PCT -> currentMarginPct();
            case HOURS_SINCE_LAST_CHANGE -> facts.lastChange()
                    .map(c -> BigDecimal.valueOf(Duration.between(c.at(), now).toMinutes())
                            .divide(BigDecimal.valueOf(60), MathContext.DECIMAL64));
        };
    }

    /** Margin at our current price, when both the price and the unit economics are known. */
    public Optional<BigDecimal> currentMarginPct() {
        return ourPrice().flatMap(p -> pricing.flatMap(m -> m.marginAt(p)));
    }

    private Optional<BigDecimal> gapUsd(Optional<Money> other) {
        return ourPrice().flatMap(our -> other.map(o -> our.amount().subtract(o.amount())));
    }

    private Optional<BigDecimal> gapPct(Optional<Money> other) {
        return ourPrice().flatMap(our -> other.map(o -> our.amount().subtract(o.amount())
                .multiply(HUNDRED).divide(our.amount(), MathContext.DECIMAL64)));
    }
}
