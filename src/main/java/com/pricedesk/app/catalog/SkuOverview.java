package com.pricedesk.app.catalog;

import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the grid and {@code skus list} show for one SKU. Every figure is null when unknown (no price,
 * no cost profile, no exchange rate): unknown is shown as unknown, never as zero.
 *
 * @param marginPct       margin at the current price after all fees, in percent
 * @param floor           the price for the tier's minimum margin
 * @param belowFloorMargin true when the current price earns less than the tier's minimum margin
 */
public record SkuOverview(String sellerSku, String asin, String title, String localTitle, String category, Tier tier,
                          List<String> tags, Money price, Money landedCost, BigDecimal marginPct, Money breakEven,
                          Money floor, boolean belowFloorMargin) {
}
