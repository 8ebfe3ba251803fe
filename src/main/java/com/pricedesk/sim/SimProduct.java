package com.pricedesk.sim;

import java.math.BigDecimal;
import java.util.Objects;

/** One of our seller's products as the simulated market starts with it. */
public record SimProduct(String sellerSku, String asin, String title, BigDecimal price, boolean fulfilledByAmazon,
                         int quantity) {
    public SimProduct {
        Objects.requireNonNull(sellerSku, "sellerSku");
        Objects.requireNonNull(asin, "asin");
        Objects.requireNonNull(price, "price");
    }
}
