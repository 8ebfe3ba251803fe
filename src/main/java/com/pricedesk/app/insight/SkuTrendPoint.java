package com.pricedesk.app.insight;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The ratios of one SKU on one day, derived from its daily row; null when an input is unknown or the
 * ratio is undefined (no ad sales, no sessions, nothing sold lately), never a made-up zero.
 *
 * @param marginPct     margin at that day's price with today's costs and fees
 * @param priceChanged  true when our price differs from the day before (a change marker)
 * @param daysOfCover   stock ÷ average daily units over the trailing week
 */
public record SkuTrendPoint(LocalDate day, BigDecimal marginPct, BigDecimal acosPct, BigDecimal tacosPct,
                            BigDecimal conversionPct, BigDecimal daysOfCover, boolean priceChanged) {
}
