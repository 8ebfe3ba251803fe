package com.pricedesk.domain.kpi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * KPI targets of a tier, or a SKU's overrides of them (absent = "as the tier says"). Percentages in
 * percent. {@code maxDaysOfCover} is the turnover target; {@code maxBsr} the rank to stay within.
 */
public record KpiTargets(Optional<BigDecimal> minMarginPct, Optional<BigDecimal> targetMarginPct,
                         Optional<BigDecimal> minRoiPct, Optional<BigDecimal> maxDaysOfCover,
                         Optional<BigDecimal> minConversionPct, Optional<BigDecimal> maxAcosPct,
                         Optional<BigDecimal> maxTacosPct, Optional<Integer> maxBsr,
                         Optional<BigDecimal> minBuyBoxSharePct) {

    public static final KpiTargets NONE = new KpiTargets(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public KpiTargets {
        minMarginPct = Objects.requireNonNullElse(minMarginPct, Optional.empty());
        targetMarginPct = Objects.requireNonNullElse(targetMarginPct, Optional.empty());
        minRoiPct = Objects.requireNonNullElse(minRoiPct, Optional.empty());
        maxDaysOfCover = Objects.requireNonNullElse(maxDaysOfCover, Optional.empty());
        minConversionPct = Objects.requireNonNullElse(minConversionPct, Optional.empty());
        maxAcosPct = Objects.requireNonNullElse(maxAcosPct, Optional.empty());
        maxTacosPct = Objects.requireNonNullElse(maxTacosPct, Optional.empty());
        maxBsr = Objects.requireNonNullElse(maxBsr, Optional.empty());
        minBuyBoxSharePct = Objects.requireNonNullElse(minBuyBoxSharePct, Optional.empty());
        if (minMarginPct.isPresent() && targetMarginPct.isPresent()
                && targetMarginPct.get().compareTo(minMarginPct.get()) < 0) {
            throw new IllegalArgumentException("The target margin " + targetMarginPct.get()
                    + "% is below the minimum margin " + minMarginPct.get() + "%");
        }
    }

    /** These targets with every target the override sets replacing ours. */
    public KpiTargets overriddenBy(KpiTargets o) {
        return new KpiTargets(o.minMarginPct.or(() -> minMarginPct), o.targetMarginPct.or(() -> targetMarginPct),
                o.minRoiPct.or(() -> minRoiPct), o.maxDaysOfCover.or(() -> maxDaysOfCover),
                o.minConversionPct.or(() -> minConversionPct), o.maxAcosPct.or(() -> maxAcosPct),
                o.maxTacosPct.or(() -> maxTacosPct), o.maxBsr.or(() -> maxBsr),
                o.minBuyBoxSharePct.or(() -> minBuyBoxSharePct));
    }

    public KpiTargets withMinMargin(BigDecimal pct) {
        return new KpiTargets(Optional.of(pct), targetMarginPct, minRoiPct, maxDaysOfCover, minConversionPct,
                maxAcosPct, maxTacosPct, maxBsr, minBuyBoxSharePct);
    }

    public KpiTargets withTargetMargin(BigDecimal pct) {
        return new KpiTargets(minMarginPct, Optional.of(pct), minRoiPct, maxDaysOfCover, minConversionPct,
                maxAcosPct, maxTacosPct, maxBsr, minBuyBoxSharePct);
    }
}
