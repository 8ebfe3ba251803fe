package com.pricedesk.domain.rules;

import com.pricedesk.domain.pricing.Explanation;
import java.util.Objects;

/** Move our price by ±% or ±$, e.g. −3%. */
public record MoveBy(Adjustment by) implements Action {
    public MoveBy {
        Objects.requireNonNull(by, "by");
    }

    @Override
    public ActionResult propose(MarketView view, CompetitorFilter filter) {
        return view.ourPrice()
                .<ActionResult>map(p -> new ActionResult.Proposal(by.applyTo(p), java.util.Optional.empty(),
                        java.util.Optional.empty(), this::describe))
                .orElseGet(() -> new ActionResult.NotApplicable(Explanation.of("our price is unknown", "我们的售价未知")));
    }

    @Override
    public Direction direction() {
        int s = by.value().signum();
        return s < 0 ? Direction.DOWN : s > 0 ? Direction.UP : Direction.EITHER;
    }

    @Override
    public Explanation describe() {
        return Explanation.of(by.signed(), (by.value().signum() < 0 ? "降价 " : "涨价 ") + by.unsigned());
    }
}
