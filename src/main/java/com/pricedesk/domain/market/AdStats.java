package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/** Sponsored Products results of one advertised SKU over a period; money in the account's currency. */
public record AdStats(String sellerSku, String asin, LocalDate start, LocalDate end, long impressions, long clicks,
                      BigDecimal cost, BigDecimal sales7d, int purchases7d, int unitsSold7d) {

    /** ACoS in percent (cost ÷ attributed sales), empty when nothing was sold. */
    public Optional<BigDecimal> acosPercent() {
        if (sales7d.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(cost.multiply(BigDecimal.valueOf(100)).divide(sales7d, 2, RoundingMode.HALF_UP));
    }
}
