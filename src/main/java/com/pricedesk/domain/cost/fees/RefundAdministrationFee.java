package com.pricedesk.domain.cost.fees;

import com.pricedesk.domain.cost.PiecewiseLinear;
import java.math.BigDecimal;
import java.util.Objects;

/** Refund administration fee (退款管理费) per refunded unit: min($5.00, 20% of the referral fee). */
public record RefundAdministrationFee(BigDecimal maxFee, BigDecimal referralSharePct, String source) {

    public RefundAdministrationFee {
        Objects.requireNonNull(maxFee, "max fee");
        Objects.requireNonNull(referralSharePct, "share of referral fee");
    }

    public BigDecimal on(BigDecimal referralFee) {
        return referralFee.multiply(referralSharePct.movePointLeft(2)).min(maxFee);
    }

    public PiecewiseLinear on(PiecewiseLinear referralFee) {
        return referralFee.times(referralSharePct.movePointLeft(2)).min(maxFee);
    }
}
