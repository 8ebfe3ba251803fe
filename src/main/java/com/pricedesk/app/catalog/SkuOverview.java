package com.pricedesk.app.catalog;

import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import java.util.List;

/** What the grid and {@code skus list} show for one SKU; price and landed cost are null when unknown. */
public record SkuOverview(String sellerSku, String asin, String title, String localTitle, String category, Tier tier,
                          List<String> tags, Money price, Money landedCost) {
}
