package com.pricedesk.domain.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The competing offers of one SKU under one filter, cheapest first. Built here and only here, so
 * that our own offer (by seller id) can never be counted as a competitor.
 */
public final class Competitors {
    // A total order: the same offers in any order always pick the same competitor.
    private static final Comparator<Offer> CHEAPEST_FIRST = Comparator.comparing(Offer::landedPrice)
            .thenComparing(Offer::sellerId)
            .thenComparing(Offer::channel)
            .thenComparing(Offer::condition)
            .thenComparing(o -> o.handlingDays().orElse(Integer.MAX_VALUE))
            .thenComparing(o -> o.feedbackRatingPct().orElse(java.math.BigDecimal.ZERO))
            .thenComparing(o -> o.recentMedianPrice().map(m -> m.amount()).orElse(java.math.BigDecimal.ZERO));

    private final List<Offer> offers;
    /** the answers rules ask for again and again, found once */
    private final Optional<Offer> lowest;
    private Optional<Offer> lowestFba;
    private Optional<Offer> lowestFbm;

    private Competitors(List<Offer> offers) {
        this.offers = offers;
        this.lowest = offers.isEmpty() ? Optional.empty() : Optional.of(offers.get(0));
    }

    public static Competitors of(SkuFacts facts, CompetitorFilter filter) {
        List<Offer> kept = new ArrayList<>();
        for (Offer o : facts.offers()) {
            if (!o.sellerId().equals(facts.ownSellerId()) && filter.admits(o)) {
                kept.add(o);
            }
        }
        kept.sort(CHEAPEST_FIRST);
        return new Competitors(List.copyOf(kept));
    }

    public List<Offer> all() {
        return offers;
    }

    /** The cheapest competitor on any channel. */
    public Optional<Offer> lowest() {
        return lowest;
    }

    /** The cheapest competitor fulfilled through {@code channel}. */
    public Optional<Offer> lowest(Channel channel) {
        Optional<Offer> known = channel == Channel.FBA ? lowestFba : channel == Channel.FBM ? lowestFbm : null;
        if (known != null) {
            return known;
        }
        Optional<Offer> found = Optional.empty();
        for (Offer o : offers) {
            if (o.channel() == channel) {
                found = Optional.of(o);
                break;
            }
        }
        if (channel == Channel.FBA) {
            lowestFba = found;
        } else if (channel == Channel.FBM) {
            lowestFbm = found;
        }
        return found;
    }
}
