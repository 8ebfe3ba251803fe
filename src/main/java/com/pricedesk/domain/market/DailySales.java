package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of Amazon's Sales and Traffic report by ASIN for one day. */
public record DailySales(String sellerSku, String asin, LocalDate day, int units, int sessions,
                         BigDecimal orderedSales, BigDecimal buyBoxPercent) {
}
