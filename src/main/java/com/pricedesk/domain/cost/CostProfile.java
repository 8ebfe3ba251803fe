package com.pricedesk.domain.cost;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Every cost component of PRODUCT.md §3 for one SKU, each amount in its own currency.
 * Percentages are in percent (12.5 means 12.5%). {@code customsValue} null means "the purchase price".
 */
public record CostProfile(
        Money purchase,
        FreightBasis freightBasis,
        Money freightRate,
        int volumetricDivisor,
        BigDecimal tariffPct,
        Money customsValue,
        Money packaging,
        Money labeling,
        Money prep,
        Money other,
        Money inboundPlacement,
        BigDecimal returnRatePct,
        BigDecimal unsellablePct,
        BigDecimal tacosPct,
        BigDecimal storageMonths) {

    /** Air/sea forwarders in China quote volumetric weight as L×W×H(cm) / 6000. */
    public static final int DEFAULT_VOLUMETRIC_DIVISOR = 6000;

    public CostProfile {
        Objects.requireNonNull(purchase, "purchase");
        Objects.requireNonNull(freightBasis, "freightBasis");
        Objects.requireNonNull(freightRate, "freightRate");
        if (volumetricDivisor <= 0) {
            throw new IllegalArgumentException("Volumetric divisor must be positive, was " + volumetricDivisor);
        }
        // Tariffs may exceed 100% (US duties on some Chinese goods did in 2025), so only shares are capped.
        tariffPct = nonNegative(tariffPct, "tariff %");
        returnRatePct = share(returnRatePct, "return rate %");
        unsellablePct = share(unsellablePct, "unsellable share %");
        tacosPct = share(tacosPct, "TACoS %");
        storageMonths = nonNegative(storageMonths, "months in storage");
        packaging = zeroIfNull(packaging);
        labeling = zeroIfNull(labeling);
        prep = zeroIfNull(prep);
        other = zeroIfNull(other);
        inboundPlacement = zeroIfNull(inboundPlacement);
    }

    private static Money zeroIfNull(Money m) {
        return m == null ? Money.zero(Money.USD) : m;
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static BigDecimal share(BigDecimal v, String what) {
        BigDecimal checked = nonNegative(v, what);
        if (checked.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(what + " must be at most 100, was " + checked.toPlainString());
        }
        return checked;
    }

    private static BigDecimal nonNegative(BigDecimal v, String what) {
        if (v == null) {
            return BigDecimal.ZERO;
        }
        if (v.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + v.toPlainString());
        }
        return v;
    }
}
