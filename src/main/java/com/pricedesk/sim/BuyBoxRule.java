package com.pricedesk.sim;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A deliberately simple featured-offer rule: lowest landed price wins, ties go to FBA, then to the
 * better feedback, then to the seller id (so the answer is always the same for the same market).
 */
final class BuyBoxRule {
    private static final Comparator<SimOffer> ORDER = Comparator.comparing(SimOffer::landedPrice)
            .thenComparing(o -> !o.fulfilledByAmazon())
            .thenComparing(o -> -o.feedbackPositivePercent())
            .thenComparing(SimOffer::sellerId);

    private BuyBoxRule() {
    }

    static Optional<SimOffer> winner(List<SimOffer> offers) {
        return offers.stream().min(ORDER);
    }
}
