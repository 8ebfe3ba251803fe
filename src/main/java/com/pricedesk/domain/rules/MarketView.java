package com.pricedesk.domain.rules;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.MarginPricing;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
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
    private static final Fact[] FACTS = Fact.values();
    // Twenty rules ask for the same few facts: each is computed once per SKU (per filter if it reads
    // competitors). Arrays by fact ordinal and a short list of filters (identity first, then equality):
    // a pass asks this for every SKU × rule, so no hashing of filter records and no map entries.
    private final Optional<BigDecimal>[] plainValues = newValues();
    private CompetitorFilter[] filters = new CompetitorFilter[2];
    private Competitors[] competitors = new Competitors[2];
    private Optional<BigDecimal>[][] competitorValues = newValueRows(2);
    private int filterCount;
    private Optional<Money> ourPrice;
    private Optional<BigDecimal> currentMargin;

    public MarketView(SkuFacts facts, Optional<MarginPricing> pricing, Instant now) {
        this.facts = facts;
        this.pricing = pricing;
        this.now = now;
    }

    @SuppressWarnings("unchecked")
    private static Optional<BigDecimal>[] newValues() {
        return (Optional<BigDecimal>[]) new Optional<?>[FACTS.length];
    }

    @SuppressWarnings("unchecked")
    private static Optional<BigDecimal>[][] newValueRows(int n) {
        return (Optional<BigDecimal>[][]) new Optional<?>[n][];
    }

    /** The slot of a filter in this view's short list, added when new. */
    private int slot(CompetitorFilter filter) {
        for (int i = 0; i < filterCount; i++) {
            if (filters[i] == filter) {
                return i;
            }
        }
        for (int i = 0; i < filterCount; i++) {
            if (filters[i].equals(filter)) {
                return i;
            }
        }
        if (filterCount == filters.length) {
            int n = filterCount * 2;
            filters = java.util.Arrays.copyOf(filters, n);
            competitors = java.util.Arrays.copyOf(competitors, n);
            competitorValues = java.util.Arrays.copyOf(competitorValues, n);
        }
        filters[filterCount] = filter;
        return filterCount++;
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
        Optional<Money> p = ourPrice;
        if (p == null) {
            p = facts.ourPrice().filter(m -> m.amount().compareTo(HALF_CENT) >= 0);
            ourPrice = p;
        }
        return p;
    }

    public Competitors competitors(CompetitorFilter filter) {
        int i = slot(filter);
        Competitors c = competitors[i];
        if (c == null) {
            c = Competitors.of(facts, filter);
            competitors[i] = c;
        }
        return c;
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
        Optional<BigDecimal>[] cache;
        if (fact.readsCompetitor()) {
            int i = slot(filter);
            cache = competitorValues[i];
            if (cache == null) {
                cache = newValues();
                competitorValues[i] = cache;
            }
        } else {
            cache = plainValues;
        }
        Optional<BigDecimal> known = cache[fact.ordinal()];
        if (known == null) {
            known = compute(fact, filter);
            cache[fact.ordinal()] = known;
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
        Optional<BigDecimal> m = currentMargin;
        if (m == null) {
            // conditions, the decision and its facts all ask: computed once per view
            m = ourPrice().flatMap(p -> pricing.flatMap(e -> e.marginAt(p)));
            currentMargin = m;
        }
        return m;
    }

    private Optional<BigDecimal> gapUsd(Optional<Money> other) {
        return ourPrice().flatMap(our -> other.map(o -> our.amount().subtract(o.amount())));
    }

    private Optional<BigDecimal> gapPct(Optional<Money> other) {
        return ourPrice().flatMap(our -> other.map(o -> our.amount().subtract(o.amount())
                .multiply(HUNDRED).divide(our.amount(), MathContext.DECIMAL64)));
    }
}
