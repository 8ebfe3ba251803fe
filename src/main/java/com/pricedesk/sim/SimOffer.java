package com.pricedesk.sim;

import java.math.BigDecimal;

/** An offer on a product page of the simulated market (ours or a competitor's). */
public record SimOffer(String sellerId, BigDecimal listingPrice, BigDecimal shipping, boolean fulfilledByAmazon,
                       boolean prime, int feedbackCount, int feedbackPositivePercent) {

    public BigDecimal landedPrice() {
        return listingPrice.add(shipping);
    }
}
