package com.pricedesk.domain.rules;

import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.pricing.Phrases;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** Go to the lowest price that earns {@code marginPct} (e.g. the target margin 目标毛利率). */
public record GoToMarginPrice(BigDecimal marginPct) implements Action {
    public GoToMarginPrice {
        Objects.requireNonNull(marginPct, "marginPct");
    }

    @Override
    public ActionResult propose(MarketView view, CompetitorFilter filter) {
        if (view.pricing().isEmpty()) {
            return new ActionResult.NotApplicable(Explanation.of("unit economics are unknown", "单品利润数据未知"));
        }
        return view.pricing().get().priceForMargin(marginPct)
                .<ActionResult>map(p -> new ActionResult.Proposal(p, Optional.empty(), Optional.empty(),
                        () -> Explanation.of("price for " + Phrases.percent(marginPct) + " margin " + Phrases.money(p),
                                Phrases.percent(marginPct) + " 毛利率对应价格 " + Phrases.money(p))))
                .orElseGet(() -> new ActionResult.Unreachable(Explanation.of(
                        "no price reaches a " + Phrases.percent(marginPct) + " margin",
                        "任何价格都达不到 " + Phrases.percent(marginPct) + " 毛利率")));
    }

    @Override
    public Direction direction() {
        return Direction.EITHER;
    }

    @Override
    public Explanation describe() {
        String m = Phrases.percent(marginPct);
        return Explanation.of("go to the price for " + m + " margin", "调到 " + m + " 毛利率对应价格");
    }
}
