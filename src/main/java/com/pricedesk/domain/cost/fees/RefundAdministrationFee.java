package com.pricedesk.domain.cost.fees;

import com.pricedesk.domain.cost.PiecewiseLinear;
import java.math.BigDecimal;
import java.util.Objects;

/** Refund administration fee (退款管理费) per refunded unit: min($5.00, 20% of the referral fee). */
public record RefundAdministrationFee(BigDecimal maxFee, BigDecimal referralSharePct, String source) {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public RefundAdministrationFee {
        Objects.requireNonNull(maxFee, "max fee");
        Objects.requireNonNull(referralSharePct, "share of referral fee");
    }

    public BigDecimal on(BigDecimal referralFee) {
        return referralFee.multiply(referralSharePct.divide(HUNDRED)).min(maxFee);
    }

    public PiecewiseLinear on(PiecewiseLinear referralFee) {
        return referralFee.times(referralSharePct.divide(HUNDRED)).min(maxFee);
    }
}
