package com.pricedesk.domain.rules;

import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.pricing.Phrases;
import java.util.Optional;

/** Go back to the regular (list) price, e.g. once a competitor's undercut is over. */
public record RestoreRegularPrice() implements Action {

    @Override
    public ActionResult propose(MarketView view, CompetitorFilter filter) {
        return view.facts().regularPrice()
                .<ActionResult>map(p -> new ActionResult.Proposal(p, Optional.empty(), Optional.empty(),
                        () -> Explanation.of("restore the regular price " + Phrases.money(p), "恢复常规售价 " + Phrases.money(p))))
                .orElseGet(() -> new ActionResult.NotApplicable(Explanation.of(
                        "the regular price is unknown; set it (skus regular-price)",
                        "常规售价未知；请先设置（skus regular-price）"), true));
    }

    @Override
    public Direction direction() {
        return Direction.EITHER;
    }

    @Override
    public Explanation describe() {
        return Explanation.of("restore the regular price", "恢复常规售价");
    }
}
