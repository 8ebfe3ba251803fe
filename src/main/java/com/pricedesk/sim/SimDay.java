package com.pricedesk.sim;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What happened to one of our listings on one simulated day: the prices the shopper saw, traffic and
 * sales, the rank at the end of the day, ads, and the stock left. {@code buyBoxPrice} and
 * {@code lowestCompetitorPrice} are null when nobody held the Buy Box / nobody competed.
 */
public record SimDay(String sellerSku, LocalDate day, BigDecimal price, BigDecimal buyBoxPrice,
                     BigDecimal lowestCompetitorPrice, boolean weHeldBuyBox, int sessions, int units,
                     BigDecimal orderedSales, int rank, long adImpressions, long adClicks, BigDecimal adSpend,
                     BigDecimal adSales, int adUnits, int inventoryEnd) {
}
