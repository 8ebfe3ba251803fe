package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.util.List;

/**
 * Our listing's prices: the price we set ({@code ourPrice}) with its seller-allowed min/max, and the
 * price Amazon currently shows ({@code livePrice}), which lags behind an accepted change.
 * Any of the amounts may be null when the listing does not carry them.
 */
public record ListingPrice(
        String sellerSku,
        String asin,
        String productType,
        String currency,
        BigDecimal ourPrice,
        BigDecimal minimumPrice,
        BigDecimal maximumPrice,
        BigDecimal livePrice,
        List<String> status,
        List<ListingIssue> issues) {

    public ListingPrice {
        status = List.copyOf(status);
        issues = List.copyOf(issues);
    }
}
