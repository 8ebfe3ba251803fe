package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An exact test model of unit economics: profit(P) = P − landed − referral% × P − fixed FBA fee.
 * Margin is monotonic in P, so price-for-margin has a closed form, rounded up to whole cents.
 */
public record SimpleMarginPricing(BigDecimal landed, BigDecimal referralPct, BigDecimal fbaFee) implements MarginPricing {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static SimpleMarginPricing of(String landed, String referralPct, String fbaFee) {
        return new SimpleMarginPricing(new BigDecimal(landed), new BigDecimal(referralPct), new BigDecimal(fbaFee));
    }

    @Override
    public Optional<Money> priceForMargin(BigDecimal marginPct) {
        BigDecimal share = BigDecimal.ONE.subtract(referralPct.divide(HUNDRED)).subtract(marginPct.divide(HUNDRED,
                MathContext.DECIMAL64));
        if (share.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal p = landed.add(fbaFee).divide(share, 10, RoundingMode.CEILING).setScale(2, RoundingMode.CEILING);
        return Optional.of(Money.usd(p.max(new BigDecimal("0.01"))));
    }

    @Override
    public Optional<BigDecimal> marginAt(Money price) {
        BigDecimal p = price.amount();
        if (p.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal profit = p.subtract(landed).subtract(p.multiply(referralPct).divide(HUNDRED)).subtract(fbaFee);
        return Optional.of(profit.multiply(HUNDRED).divide(p, MathContext.DECIMAL64));
    }
}
