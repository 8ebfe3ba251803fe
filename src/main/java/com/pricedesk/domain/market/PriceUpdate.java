package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A new price for one SKU. Min/max may be null to keep the listing's current ones: Amazon replaces
 * the whole offer, so they are always sent back (a missing min/max would silently be dropped).
 */
public record PriceUpdate(String sellerSku, BigDecimal price, BigDecimal minimumPrice, BigDecimal maximumPrice) {

    public PriceUpdate {
        Objects.requireNonNull(sellerSku, "sellerSku");
        Objects.requireNonNull(price, "price");
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("A price must be positive: " + price.toPlainString());
        }
    }
}
