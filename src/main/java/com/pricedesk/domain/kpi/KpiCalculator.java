package com.pricedesk.domain.kpi;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.MarginPricing;
import com.pricedesk.domain.rules.SkuFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a SKU's facts into a value and status per KPI target it has. Margin is OK at or above the
 * target margin, WARNING between the minimum and the target, BREACH below the minimum. Every other
 * KPI is OK when it meets its target, WARNING when it misses by at most {@code tolerancePct} of the
 * target, BREACH beyond. An unknown fact gives UNKNOWN, never a made-up zero.
 */
public final class KpiCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final BigDecimal tolerancePct;

    public KpiCalculator(BigDecimal tolerancePct) {
        if (tolerancePct.signum() < 0) {
            throw new IllegalArgumentException("The KPI warning tolerance must not be negative");
        }
        this.tolerancePct = tolerancePct;
    }

    /** A 10% warning band, the default of the KPI screen. */
    public static KpiCalculator withDefaultTolerance() {
        return new KpiCalculator(BigDecimal.TEN);
    }

    public List<KpiValue> evaluate(KpiTargets targets, SkuFacts facts, Optional<MarginPricing> pricing) {
        Optional<Money> price = facts.ourPrice().filter(p -> p.amount().signum() > 0);
        Optional<BigDecimal> margin = price.flatMap(p -> pricing.flatMap(m -> m.marginAt(p)));
        List<KpiValue> out = new ArrayList<>();
        margin(targets, margin).ifPresent(out::add);
        Optional<BigDecimal> roi = margin.flatMap(m -> price.flatMap(p -> facts.landedCost()
                .filter(c -> c.amount().signum() > 0)
                .map(c -> m.multiply(p.amount()).divide(c.amount(), MathContext.DECIMAL64))));
        add(out, Kpi.ROI, targets.minRoiPct(), roi);
        add(out, Kpi.DAYS_OF_COVER, targets.maxDaysOfCover(), facts.daysOfCover());
        add(out, Kpi.CONVERSION, targets.minConversionPct(), facts.conversionPct());
        add(out, Kpi.ACOS, targets.maxAcosPct(), facts.acosPct());
        add(out, Kpi.TACOS, targets.maxTacosPct(), facts.tacosPct());
        add(out, Kpi.BSR, targets.maxBsr().map(BigDecimal::valueOf), facts.bsr().map(BigDecimal::valueOf));
        add(out, Kpi.BUY_BOX_SHARE, targets.minBuyBoxSharePct(), facts.buyBoxSharePct());
        return out;
    }

    private static Optional<KpiValue> margin(KpiTargets targets, Optional<BigDecimal> margin) {
        if (targets.minMarginPct().isEmpty() && targets.targetMarginPct().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal shown = targets.targetMarginPct().orElseGet(() -> targets.minMarginPct().get());
        if (margin.isEmpty()) {
            return Optional.of(new KpiValue(Kpi.MARGIN, margin, shown, KpiStatus.UNKNOWN));
        }
        BigDecimal m = margin.get();
        KpiStatus status;
        if (targets.minMarginPct().isPresent() && m.compareTo(targets.minMarginPct().get()) < 0) {
            status = KpiStatus.BREACH;
        } else if (targets.targetMarginPct().isPresent() && m.compareTo(targets.targetMarginPct().get()) < 0) {
            status = KpiStatus.WARNING;
        } else {
            status = KpiStatus.OK;
        }
        return Optional.of(new KpiValue(Kpi.MARGIN, margin, shown, status));
    }

    private void add(List<KpiValue> out, Kpi kpi, Optional<BigDecimal> target, Optional<BigDecimal> value) {
        if (target.isEmpty()) {
            return;
        }
        out.add(new KpiValue(kpi, value, target.get(), value.map(v -> status(kpi, v, target.get()))
                .orElse(KpiStatus.UNKNOWN)));
    }

    KpiStatus status(Kpi kpi, BigDecimal value, BigDecimal target) {
        // The band is a share of the target's size, so negative targets (clearance ROI) work the same way.
        BigDecimal band = target.abs().multiply(tolerancePct).divide(HUNDRED, MathContext.DECIMAL64);
        if (kpi.higherIsBetter()) {
            if (value.compareTo(target) >= 0) {
                return KpiStatus.OK;
            }
            return value.compareTo(target.subtract(band)) >= 0 ? KpiStatus.WARNING : KpiStatus.BREACH;
        }
        if (value.compareTo(target) <= 0) {
            return KpiStatus.OK;
        }
        return value.compareTo(target.add(band)) <= 0 ? KpiStatus.WARNING : KpiStatus.BREACH;
    }
}
