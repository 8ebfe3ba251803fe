package com.pricedesk.domain.rules;

import com.pricedesk.domain.pricing.Explanation;
import java.util.Set;

/** "We hold the Buy Box" (or, with {@code held} false, "we lost it"); unknown Buy Box status never matches. */
public record BuyBoxCondition(boolean held) implements Condition {

    @Override
    public boolean test(MarketView view, CompetitorFilter filter) {
        return view.facts().weHoldBuyBox().map(h -> h == held).orElse(false);
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public Explanation describe(MarketView view, CompetitorFilter filter) {
        return view.facts().weHoldBuyBox().isEmpty()
                ? Explanation.of("Buy Box owner unknown", "购物车归属未知")
                : describe();
    }

    @Override
    public Explanation describe() {
        return held ? Explanation.of("we hold the Buy Box", "我们持有购物车")
                : Explanation.of("we do not hold the Buy Box", "我们未持有购物车");
    }
}
