package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The whole shop on one day: sales, Amazon fees and ad spend, and what remains of sales after them
 * (before product cost, which the economics screens add per SKU).
 */
public record PortfolioDay(LocalDate day, int units, BigDecimal sales, BigDecimal fees, BigDecimal adSpend,
                           BigDecimal afterFeesAndAds) {
}
