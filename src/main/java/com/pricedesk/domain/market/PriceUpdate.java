package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A new price for one SKU. Min/max may be null to keep the listing's current ones: Amazon replaces
 * the whole offer, so they are always sent back (a missing min/max would silently be dropped).
 * {@code changeId} (null when the price does not come from the approval queue) travels to Amazon
 * with the request, so each queued change can be traced there and counted by the simulator.
 */
public record PriceUpdate(String sellerSku, BigDecimal price, BigDecimal minimumPrice, BigDecimal maximumPrice,
                          Long changeId) {

    public PriceUpdate(String sellerSku, BigDecimal price, BigDecimal minimumPrice, BigDecimal maximumPrice) {
        this(sellerSku, price, minimumPrice, maximumPrice, null);
    }

    public PriceUpdate {
        Objects.requireNonNull(sellerSku, "sellerSku");
        Objects.requireNonNull(price, "price");
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("A price must be positive: " + price.toPlainString());
        }
        if (changeId != null && changeId <= 0) {
            throw new IllegalArgumentException("A change id must be positive: " + changeId);
        }
    }
}
