package com.pricedesk.domain.rules;

import static com.pricedesk.domain.pricing.Fixtures.NOW;
import static com.pricedesk.domain.pricing.Fixtures.US;
import static com.pricedesk.domain.pricing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Fixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every action type on one market (our $20.00, Buy Box $19.00, FBA $18.00, FBM $17.00, regular $24.99). */
class ActionTableTest {
    static final SkuFacts FACTS = SkuFacts.builder("S").ownSellerId(US).snapshotAt(NOW).ourPrice(usd("20.00"))
            .regularPrice(usd("24.99")).buyBoxPrice(usd("19.00"))
            .offer(Offer.of("A2", usd("18.00"), Channel.FBA)).offer(Offer.of("A3", usd("17.00"), Channel.FBM))
            .build();

    static Stream<Arguments> actions() {
        return Stream.of(
                Arguments.of(MatchPrice.match(PriceTarget.BUY_BOX), "19.00", Direction.EITHER),
                Arguments.of(MatchPrice.match(PriceTarget.LOWEST_COMPETITOR), "17.00", Direction.EITHER),
                Arguments.of(MatchPrice.beat(PriceTarget.LOWEST_FBA, Adjustment.amount("0.01")), "17.99", Direction.EITHER),
                Arguments.of(MatchPrice.beat(PriceTarget.LOWEST_FBM, Adjustment.percent("2")), "16.66", Direction.EITHER),
                Arguments.of(MatchPrice.beat(PriceTarget.BUY_BOX, Adjustment.amount("-0.50")), "19.50", Direction.EITHER),
                Arguments.of(new MoveBy(Adjustment.percent("-3")), "19.40", Direction.DOWN),
                Arguments.of(new MoveBy(Adjustment.percent("5")), "21.00", Direction.UP),
                Arguments.of(new MoveBy(Adjustment.amount("-1.25")), "18.75", Direction.DOWN),
                Arguments.of(new MoveBy(Adjustment.amount("0.50")), "20.50", Direction.UP),
                Arguments.of(new GoToMarginPrice(new BigDecimal("20")), "16.93", Direction.EITHER),
                Arguments.of(new StepToward(usd("24.00"), Adjustment.amount("1.00")), "21.00", Direction.EITHER),
                Arguments.of(new StepToward(usd("20.40"), Adjustment.amount("1.00")), "20.40", Direction.EITHER),
                Arguments.of(new StepToward(usd("15.00"), Adjustment.percent("10")), "18.00", Direction.EITHER),
                Arguments.of(new RestoreRegularPrice(), "24.99", Direction.EITHER));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("actions")
    void eachActionProposesItsPrice(Action action, String expected, Direction direction) {
        MarketView view = new MarketView(FACTS, Optional.of(Fixtures.ECONOMICS), NOW);
        ActionResult r = action.propose(view, CompetitorFilter.DEFAULT);
        assertThat(r).isInstanceOf(ActionResult.Proposal.class);
        Money price = ((ActionResult.Proposal) r).price();
        assertThat(price.amount().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(expected);
        assertThat(action.direction()).isEqualTo(direction);
        assertThat(action.describe().english()).isNotBlank();
        assertThat(action.describe().chinese()).isNotBlank();
    }

    @Test
    void competitorActionsNameTheCompetitorTheyAnswer() {
        MarketView view = new MarketView(FACTS, Optional.empty(), NOW);
        var p = (ActionResult.Proposal) MatchPrice.match(PriceTarget.LOWEST_FBA).propose(view, CompetitorFilter.DEFAULT);
        assertThat(p.against().map(Offer::sellerId)).contains("A2");
    }

    @Test
    void actionsWithNothingToActOnDoNotApply() {
        MarketView empty = new MarketView(SkuFacts.builder("S").ownSellerId(US).ourPrice(usd("20.00")).build(),
                Optional.empty(), NOW);
        for (Action a : new Action[] {MatchPrice.match(PriceTarget.BUY_BOX), MatchPrice.match(PriceTarget.LOWEST_FBM),
                new GoToMarginPrice(BigDecimal.TEN), new RestoreRegularPrice()}) {
            assertThat(a.propose(empty, CompetitorFilter.DEFAULT)).as(a.toString())
                    .isInstanceOf(ActionResult.NotApplicable.class);
        }
    }

    @Test
    void aMarginNoPriceCanReachIsUnreachable() {
        MarketView view = new MarketView(FACTS, Optional.of(Fixtures.ECONOMICS), NOW);
        // 15% referral: no price keeps 90% of itself.
        assertThat(new GoToMarginPrice(new BigDecimal("90")).propose(view, CompetitorFilter.DEFAULT))
                .isInstanceOf(ActionResult.Unreachable.class);
    }
}
