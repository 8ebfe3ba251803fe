package com.pricedesk.domain.catalog;

import java.util.List;
import java.util.Objects;

/** One listing of the seller: seller SKU, ASIN and what sizes it for fees and freight. */
public record Sku(String sellerSku, String asin, String title, String localTitle, String category, Tier tier,
                  List<String> tags, Dimensions dimensions, Weight weight) {
    public Sku {
        Objects.requireNonNull(sellerSku, "sellerSku");
        if (sellerSku.isBlank()) {
            throw new IllegalArgumentException("Seller SKU must not be blank");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(tier, "tier");
        tags = List.copyOf(tags == null ? List.of() : tags);
    }
}
