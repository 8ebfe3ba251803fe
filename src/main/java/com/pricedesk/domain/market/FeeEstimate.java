package com.pricedesk.domain.market;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Amazon's fee estimate for one query. Amazon can answer 200 with an error inside (a ClientError
 * for one ASIN), so a failed estimate carries that error instead of fees.
 */
public record FeeEstimate(FeeQuery query, String currency, Optional<BigDecimal> totalFees, List<FeeLine> fees,
                          Optional<MarketplaceError> error) {

    /** One fee (ReferralFee, FBAFees, ...) after any fee promotion. */
    public record FeeLine(String feeType, BigDecimal finalFee) {
    }

    public FeeEstimate {
        fees = List.copyOf(fees);
    }
}
