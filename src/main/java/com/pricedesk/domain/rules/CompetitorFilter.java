package com.pricedesk.domain.rules;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which offers a rule treats as competitors: by condition (new only by default), channel, minimum
 * feedback rating and maximum handling time. Our own offer is never a competitor, whatever the filter.
 */
public record CompetitorFilter(Set<OfferCondition> conditions, Optional<Channel> channel,
                               Optional<BigDecimal> minFeedbackRatingPct, Optional<Integer> maxHandlingDays) {

    /** New offers on any channel, any rating, any handling time. */
    public static final CompetitorFilter DEFAULT = new CompetitorFilter(EnumSet.of(OfferCondition.NEW),
            Optional.empty(), Optional.empty(), Optional.empty());

    public CompetitorFilter {
        conditions = conditions == null || conditions.isEmpty() ? Set.of(OfferCondition.NEW) : Set.copyOf(conditions);
        channel = Objects.requireNonNullElse(channel, Optional.empty());
        minFeedbackRatingPct = Objects.requireNonNullElse(minFeedbackRatingPct, Optional.empty());
        maxHandlingDays = Objects.requireNonNullElse(maxHandlingDays, Optional.empty());
    }

    /** True when the offer passes every filter; an unknown rating or handling time fails a filter on it. */
    public boolean admits(Offer offer) {
        if (!conditions.contains(offer.condition())) {
            return false;
        }
        if (channel.isPresent() && channel.get() != offer.channel()) {
            return false;
        }
        if (minFeedbackRatingPct.isPresent()) {
            Optional<BigDecimal> rating = offer.feedbackRatingPct();
            if (rating.isEmpty() || rating.get().compareTo(minFeedbackRatingPct.get()) < 0) {
                return false;
            }
        }
        if (maxHandlingDays.isEmpty()) {
            return true;
        }
        Optional<Integer> days = offer.handlingDays();
        return days.isPresent() && days.get() <= maxHandlingDays.get();
    }
}
