package com.pricedesk.sim;

import com.pricedesk.sim.MarketState.CompetitorState;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The living market's Buy Box: the lowest landed price wins after penalties for merchant fulfilment,
 * slow handling and a weak or thin seller rating, so a cheaper FBM offer can lose to FBA. Used
 * offers never win the new-condition Buy Box. The answer is always one offer, or none.
 */
final class FeaturedOfferRule {

    /** A candidate: who, the landed price, and the score the rule ranks by (lower is better). */
    record Candidate(String sellerId, BigDecimal landedPrice, double score) {
    }

    private static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::score)
            .thenComparing(Candidate::sellerId);

    private FeaturedOfferRule() {
    }

    static Optional<Candidate> winner(List<Candidate> candidates) {
        return candidates.stream().min(ORDER);
    }

    static Candidate ours(String sellerId, BigDecimal price, boolean fba) {
        return new Candidate(sellerId, price, price.doubleValue() * (1 + (fba ? 0 : 0.04)));
    }

    static Candidate of(CompetitorState c) {
        BigDecimal landed = c.price.add(c.shipping);
        double penalty = (c.fba ? 0 : 0.04) + Math.max(0, c.handlingDays - 2) * 0.02
                + (c.feedbackPercent < 90 ? 0.05 : 0) + (c.feedbackCount < 50 ? 0.05 : 0)
                - (c.behaviour == CompetitorBehaviour.AMAZON ? 0.01 : 0);
        return new Candidate(c.sellerId, landed, landed.doubleValue() * (1 + penalty));
    }
}
