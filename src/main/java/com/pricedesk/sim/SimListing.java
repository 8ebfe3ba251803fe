package com.pricedesk.sim;

import java.math.BigDecimal;

/** Our listing in the simulated market: the price we set, its min/max, and the stock. Null min/max = unset. */
public record SimListing(String sellerSku, String asin, String title, String productType, BigDecimal price,
                         BigDecimal minimumPrice, BigDecimal maximumPrice, boolean fulfilledByAmazon, int quantity,
                         BigDecimal fbaFee) {
}
