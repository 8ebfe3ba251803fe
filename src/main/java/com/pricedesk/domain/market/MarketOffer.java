package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One seller's offer on a product page, as Amazon reported it; amounts in the snapshot's currency.
 * {@code feedbackRatingPct} (positive feedback, 0-100) and {@code handlingDays} (the longest time
 * before the offer ships) are null when Amazon did not say.
 */
public record MarketOffer(
        String sellerId,
        BigDecimal listingPrice,
        BigDecimal shipping,
        boolean fulfilledByAmazon,
        boolean prime,
        boolean buyBoxWinner,
        boolean mine,
        ItemCondition condition,
        BigDecimal feedbackRatingPct,
        Integer handlingDays) {

    public MarketOffer {
        Objects.requireNonNull(listingPrice, "listingPrice");
        shipping = shipping == null ? BigDecimal.ZERO : shipping;
        condition = condition == null ? ItemCondition.NEW : condition;
    }

    /** A new-condition offer with no feedback or handling time known. */
    public MarketOffer(String sellerId, BigDecimal listingPrice, BigDecimal shipping, boolean fulfilledByAmazon,
                       boolean prime, boolean buyBoxWinner, boolean mine) {
        this(sellerId, listingPrice, shipping, fulfilledByAmazon, prime, buyBoxWinner, mine, ItemCondition.NEW, null,
                null);
    }

    /** What the shopper pays: listing price plus shipping. */
    public BigDecimal landedPrice() {
        return listingPrice.add(shipping);
    }
}
