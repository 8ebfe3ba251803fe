package com.pricedesk.domain.market;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The offers on one product page at one moment: ours (if listed), the competitors' and the Buy Box.
 * {@code sellerSku} is set when we asked by SKU, {@code asin} when Amazon named it.
 */
public record OfferSnapshot(
        String sellerSku,
        String asin,
        String currency,
        Instant observedAt,
        int totalOfferCount,
        Optional<MarketOffer> ourOffer,
        List<MarketOffer> competitors,
        Optional<BuyBox> buyBox,
        Optional<Integer> salesRank) {

    public OfferSnapshot {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(observedAt, "observedAt");
        competitors = List.copyOf(competitors);
        Objects.requireNonNull(ourOffer, "ourOffer");
        Objects.requireNonNull(buyBox, "buyBox");
        Objects.requireNonNull(salesRank, "salesRank");
    }

    /** True when the Buy Box is ours, judged by seller id because Amazon's MyOffer flag is unreliable. */
    public boolean weHoldBuyBox(String ourSellerId) {
        return buyBox.map(b -> ourSellerId != null && ourSellerId.equals(b.winnerSellerId())).orElse(false)
                || ourOffer.map(MarketOffer::buyBoxWinner).orElse(false);
    }
}
