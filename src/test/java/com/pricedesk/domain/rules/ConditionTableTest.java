package com.pricedesk.domain.rules;

import static com.pricedesk.domain.pricing.Fixtures.NOW;
import static com.pricedesk.domain.pricing.Fixtures.US;
import static com.pricedesk.domain.pricing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.pricing.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fact a condition can test, on one known market, and every comparison; unknown facts never match. */
class ConditionTableTest {

    /** Our $20.00 against FBA $18.00 (A2), FBM $17.00 incl. shipping (A3), our own offer at $15.00, Buy Box $19.00. */
    static final SkuFacts KNOWN = SkuFacts.builder("SPAT-01").ownSellerId(US).snapshotAt(NOW).ourPrice(usd("20.00"))
            .buyBoxPrice(usd("19.00")).weHoldBuyBox(false)
            .offer(Offer.of("A2", usd("18.00"), Channel.FBA))
            .offer(Offer.of("A3", usd("17.00"), Channel.FBM))
            .offer(Offer.of(US, usd("15.00"), Channel.FBA))
            .bsr(8).bsrChange7dPct(new BigDecimal("-12.5")).daysOfCover(new BigDecimal("45"))
            .inventoryAgeDays(120).conversionPct(new BigDecimal("11.2")).acosPct(new BigDecimal("28"))
            .tacosPct(new BigDecimal("9")).landedCost(usd("7.00"))
            .change(new PriceChange(NOW.minus(Duration.ofHours(30)), usd("21.00"), usd("20.00"), Optional.empty()))
            .build();

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(Fact.OUR_PRICE, "20.00"),
                Arguments.of(Fact.BUY_BOX_PRICE, "19.00"),
                Arguments.of(Fact.LOWEST_COMPETITOR_PRICE, "17.00"),
                Arguments.of(Fact.LOWEST_FBA_PRICE, "18.00"),
                Arguments.of(Fact.LOWEST_FBM_PRICE, "17.00"),
                Arguments.of(Fact.COMPETITOR_GAP_USD, "3.00"),
                Arguments.of(Fact.COMPETITOR_GAP_PCT, "15"),
                Arguments.of(Fact.BUY_BOX_GAP_PCT, "5"),
                Arguments.of(Fact.OFFER_COUNT, "3"),
                Arguments.of(Fact.BSR, "8"),
                Arguments.of(Fact.BSR_CHANGE_7D_PCT, "-12.5"),
                Arguments.of(Fact.DAYS_OF_COVER, "45"),
                Arguments.of(Fact.INVENTORY_AGE_DAYS, "120"),
                Arguments.of(Fact.CONVERSION_PCT, "11.2"),
                Arguments.of(Fact.ACOS_PCT, "28"),
                Arguments.of(Fact.TACOS_PCT, "9"),
                Arguments.of(Fact.MARGIN_PCT, "30"),
                Arguments.of(Fact.HOURS_SINCE_LAST_CHANGE, "30"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("values")
    void eachFactReadsItsValueAndEveryComparisonHolds(Fact fact, String expected) {
        MarketView view = new MarketView(KNOWN, Optional.of(Fixtures.ECONOMICS), NOW);
        BigDecimal v = new BigDecimal(expected);
        assertThat(view.value(fact, CompetitorFilter.DEFAULT)).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo(v));
        assertThat(test(fact, Comparison.EQUAL, v, view)).isTrue();
        assertThat(test(fact, Comparison.AT_LEAST, v, view)).isTrue();
        assertThat(test(fact, Comparison.AT_MOST, v, view)).isTrue();
        assertThat(test(fact, Comparison.GREATER_THAN, v, view)).isFalse();
        assertThat(test(fact, Comparison.LESS_THAN, v, view)).isFalse();
        assertThat(test(fact, Comparison.GREATER_THAN, v.subtract(BigDecimal.ONE), view)).isTrue();
        assertThat(test(fact, Comparison.LESS_THAN, v.add(BigDecimal.ONE), view)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Fact.class)
    void anUnknownFactNeverMatchesWhateverTheComparison(Fact fact) {
        SkuFacts nothing = SkuFacts.unknown("SPAT-01", US);
        MarketView view = new MarketView(nothing, Optional.empty(), NOW);
        for (Comparison c : Comparison.values()) {
            for (String t : new String[] {"-1000000", "0", "1000000"}) {
                assertThat(test(fact, c, new BigDecimal(t), view)).as(fact + " " + c + " " + t).isFalse();
            }
        }
        assertThat(new FactCondition(fact, Comparison.AT_LEAST, BigDecimal.ZERO)
                .describe(view, CompetitorFilter.DEFAULT).english()).endsWith("unknown");
    }

    @Test
    void buyBoxConditionReadsWhetherWeHoldIt() {
        MarketView view = new MarketView(KNOWN, Optional.empty(), NOW);
        assertThat(new BuyBoxCondition(false).test(view, CompetitorFilter.DEFAULT)).isTrue();
        assertThat(new BuyBoxCondition(true).test(view, CompetitorFilter.DEFAULT)).isFalse();
        MarketView unknown = new MarketView(SkuFacts.unknown("X", US), Optional.empty(), NOW);
        assertThat(new BuyBoxCondition(false).test(unknown, CompetitorFilter.DEFAULT)).isFalse();
        assertThat(new BuyBoxCondition(true).test(unknown, CompetitorFilter.DEFAULT)).isFalse();
    }

    @ParameterizedTest(name = "{0}: BSR≤10={1}, gap≥50%={2} → {3}")
    @CsvSource({"ALL,true,true,true", "ALL,true,false,false", "ANY,true,false,true", "ANY,false,false,false"})
    void allAndAnyCombine(Conditions.Match match, boolean first, boolean second, boolean expected) {
        MarketView view = new MarketView(KNOWN, Optional.empty(), NOW);
        Condition a = new FactCondition(Fact.BSR, Comparison.AT_MOST, new BigDecimal(first ? "10" : "5"));
        Condition b = new FactCondition(Fact.COMPETITOR_GAP_PCT, Comparison.AT_LEAST, new BigDecimal(second ? "10" : "50"));
        assertThat(new Conditions(match, java.util.List.of(a, b)).test(view, CompetitorFilter.DEFAULT)).isEqualTo(expected);
    }

    @Test
    void noConditionsAlwaysMatch() {
        MarketView view = new MarketView(KNOWN, Optional.empty(), NOW);
        assertThat(Conditions.all().test(view, CompetitorFilter.DEFAULT)).isTrue();
    }

    private static boolean test(Fact fact, Comparison c, BigDecimal t, MarketView view) {
        return new FactCondition(fact, c, t).test(view, CompetitorFilter.DEFAULT);
    }
}
