package com.pricedesk.domain.rules;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.pricing.Phrases;
import java.util.Objects;
import java.util.Optional;

/**
 * Match the Buy Box or a competitor, or beat it by $ or % ({@code beatBy} 2% means 2% below it;
 * a negative amount stays above it).
 */
public record MatchPrice(PriceTarget target, Optional<Adjustment> beatBy) implements Action {
    public MatchPrice {
        Objects.requireNonNull(target, "target");
        beatBy = Objects.requireNonNullElse(beatBy, Optional.empty());
    }

    public static MatchPrice match(PriceTarget target) {
        return new MatchPrice(target, Optional.empty());
    }

    public static MatchPrice beat(PriceTarget target, Adjustment by) {
        return new MatchPrice(target, Optional.of(by));
    }

    @Override
    public ActionResult propose(MarketView view, CompetitorFilter filter) {
        Optional<Offer> against = switch (target) {
            case BUY_BOX -> Optional.empty();
            case LOWEST_COMPETITOR -> view.competitors(filter).lowest();
            case LOWEST_FBA -> view.competitors(filter).lowest(Channel.FBA);
            case LOWEST_FBM -> view.competitors(filter).lowest(Channel.FBM);
        };
        Optional<Money> market = target == PriceTarget.BUY_BOX ? view.facts().buyBoxPrice()
                : against.map(Offer::landedPrice);
        if (market.isEmpty()) {
            return new ActionResult.NotApplicable(Explanation.of(target.english() + " is unknown",
                    target.chinese() + "未知"));
        }
        Money price = beatBy.map(b -> b.negate().applyTo(market.get())).orElse(market.get());
        Money marketPrice = market.get();
        return new ActionResult.Proposal(price, against, market, () -> what(marketPrice));
    }

    private Explanation what(Money marketPrice) {
        String at = Phrases.money(marketPrice);
        return beatBy.isEmpty()
                ? Explanation.of("match " + target.english() + " at " + at, "跟随" + target.chinese() + " " + at)
                : Explanation.of("beat " + target.english() + " at " + at + " by " + beatBy.get().unsigned(),
                        "比" + target.chinese() + " " + at + " 低 " + beatBy.get().unsigned());
    }

    @Override
    public Direction direction() {
        return Direction.EITHER;
    }

    @Override
    public Explanation describe() {
        return beatBy.isEmpty()
                ? Explanation.of("match " + target.english(), "跟随" + target.chinese())
                : Explanation.of("beat " + target.english() + " by " + beatBy.get().unsigned(),
                        "比" + target.chinese() + "低 " + beatBy.get().unsigned());
    }
}
