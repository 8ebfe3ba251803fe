package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/** One seller's offer on a product page, as Amazon reported it; amounts in the snapshot's currency. */
public record MarketOffer(
        String sellerId,
        BigDecimal listingPrice,
        BigDecimal shipping,
        boolean fulfilledByAmazon,
        boolean prime,
        boolean buyBoxWinner,
        boolean mine) {

    public MarketOffer {
        Objects.requireNonNull(listingPrice, "listingPrice");
        shipping = shipping == null ? BigDecimal.ZERO : shipping;
    }

    /** What the shopper pays: listing price plus shipping. */
    public BigDecimal landedPrice() {
        return listingPrice.add(shipping);
    }
}
