package com.pricedesk.app.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.insight.WaterfallSteps.Kind;
import com.pricedesk.app.insight.WaterfallSteps.Step;
import com.pricedesk.domain.cost.Waterfall;
import com.pricedesk.domain.cost.WaterfallLine;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The waterfall's reading order and that its bars meet: each cost starts where the last one ended. */
class WaterfallStepsTest {
    private static Waterfall at(String price) {
        return new Waterfall(Money.usd(price), List.of(
                new WaterfallLine("purchase", Money.usd("4.0004"), ""),
                new WaterfallLine("freight", Money.usd("1.20"), ""),
                new WaterfallLine("tariff", Money.usd("0"), ""),
                new WaterfallLine("referral", Money.usd("3.00"), ""),
                new WaterfallLine("fba", Money.usd("5.42"), ""),
                new WaterfallLine("advertising", Money.usd("2.00"), "")), Money.usd("5.2004"));
    }

    @Test
    void priceThenAmazonFeesThenLandedCostThenAdsThenProfit() {
        List<Step> steps = WaterfallSteps.of(at("19.99"));
        assertThat(steps).extracting(Step::key)
                .containsExactly("price", "referral", "fba", "purchase", "freight", "advertising", "profit");
        assertThat(steps).extracting(Step::kind).containsExactly(Kind.PRICE, Kind.AMAZON_FEE, Kind.AMAZON_FEE,
                Kind.LANDED_COST, Kind.LANDED_COST, Kind.ADVERTISING, Kind.PROFIT);
        for (int i = 1; i < steps.size() - 1; i++) {
            assertThat(steps.get(i).top()).isEqualByComparingTo(steps.get(i - 1).kind() == Kind.PRICE
                    ? steps.get(i - 1).top() : steps.get(i - 1).bottom());
        }
        assertThat(steps.get(6).amount()).isEqualByComparingTo("4.37");
        assertThat(steps.get(6).bottom()).isEqualByComparingTo("0");
    }

    @Test
    void aLossHangsBelowZero() {
        Step profit = WaterfallSteps.of(at("9.99")).get(6);
        assertThat(profit.amount()).isEqualByComparingTo(new BigDecimal("-5.63"));
        assertThat(profit.bottom()).isEqualByComparingTo("-5.63");
        assertThat(profit.top()).isEqualByComparingTo("0");
    }
}
