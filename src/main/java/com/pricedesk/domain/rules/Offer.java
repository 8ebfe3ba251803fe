package com.pricedesk.domain.rules;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One offer on the listing: seller, landed price (price plus shipping, what the buyer pays),
 * channel, condition, feedback, handling time and, when known, that seller's recent median price.
 */
public record Offer(String sellerId, Money landedPrice, Channel channel, OfferCondition condition,
                    Optional<BigDecimal> feedbackRatingPct, Optional<Integer> handlingDays,
                    Optional<Money> recentMedianPrice) {
    public Offer {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(landedPrice, "landedPrice");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(condition, "condition");
        feedbackRatingPct = Objects.requireNonNullElse(feedbackRatingPct, Optional.empty());
        handlingDays = Objects.requireNonNullElse(handlingDays, Optional.empty());
        recentMedianPrice = Objects.requireNonNullElse(recentMedianPrice, Optional.empty());
    }

    /** A new-condition offer with no feedback, handling or history known. */
    public static Offer of(String sellerId, Money landedPrice, Channel channel) {
        return new Offer(sellerId, landedPrice, channel, OfferCondition.NEW, Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
