package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/** The featured offer (Buy Box) price; the winner's seller id when Amazon names it, else null. */
public record BuyBox(BigDecimal listingPrice, BigDecimal shipping, String winnerSellerId) {

    public BuyBox {
        Objects.requireNonNull(listingPrice, "listingPrice");
        shipping = shipping == null ? BigDecimal.ZERO : shipping;
    }

    public BigDecimal landedPrice() {
        return listingPrice.add(shipping);
    }
}
