package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The seller's guardrail settings (价格保护). They can be tightened or loosened within bounds, never
 * switched off: a max step of 0% or 100%, no minimum interval or a stale age of a month are refused.
 */
public record GuardrailSettings(BigDecimal maxStepPct, BigDecimal maxDailyChangePct, Duration minInterval,
                                RoundingStyle rounding, Duration staleAfter, int maxChangesPerWindow,
                                Duration changeWindow, int priceWarSteps, BigDecimal suspiciousMedianRatio,
                                BigDecimal clearanceMaxLossPct, Money sanityMaxPrice) {

    public static final GuardrailSettings DEFAULTS = new GuardrailSettings(new BigDecimal("10"), new BigDecimal("20"),
            Duration.ofHours(1), RoundingStyle.NONE, Duration.ofHours(6), 6, Duration.ofHours(24), 3,
            new BigDecimal("0.5"), new BigDecimal("30"), Money.usd("10000.00"));

    public GuardrailSettings {
        within(maxStepPct, "0.1", "50", "The max step per change (单次最大调幅) %");
        within(maxDailyChangePct, "0.1", "90", "The max change per day %");
        if (maxDailyChangePct.compareTo(maxStepPct) < 0) {
            throw new IllegalArgumentException("The max change per day must be at least the max step per change");
        }
        Objects.requireNonNull(minInterval, "minInterval");
        if (minInterval.compareTo(Duration.ofMinutes(5)) < 0) {
            throw new IllegalArgumentException("The minimum interval between changes must be at least 5 minutes");
        }
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(staleAfter, "staleAfter");
        if (staleAfter.isNegative() || staleAfter.isZero() || staleAfter.compareTo(Duration.ofDays(2)) > 0) {
            throw new IllegalArgumentException("Market data must count as stale after at most 2 days");
        }
        if (maxChangesPerWindow < 1 || maxChangesPerWindow > 48) {
            throw new IllegalArgumentException("Changes per window must be between 1 and 48, was " + maxChangesPerWindow);
        }
        Objects.requireNonNull(changeWindow, "changeWindow");
        if (changeWindow.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("The change-count window must be at least one hour");
        }
        if (priceWarSteps < 2 || priceWarSteps > 20) {
            throw new IllegalArgumentException("Price-war damping needs 2 to 20 steps, was " + priceWarSteps);
        }
        within(suspiciousMedianRatio, "0.1", "0.9", "The suspicious share of a competitor's median");
        within(clearanceMaxLossPct, "0", "60", "The clearance loss limit %");
        Objects.requireNonNull(sanityMaxPrice, "sanityMaxPrice");
        if (sanityMaxPrice.amount().signum() <= 0) {
            throw new IllegalArgumentException("The sanity maximum price must be positive");
        }
    }

    public GuardrailSettings withRounding(RoundingStyle style) {
        return new GuardrailSettings(maxStepPct, maxDailyChangePct, minInterval, style, staleAfter, maxChangesPerWindow,
                changeWindow, priceWarSteps, suspiciousMedianRatio, clearanceMaxLossPct, sanityMaxPrice);
    }

    public GuardrailSettings withMaxStep(BigDecimal pct) {
        return new GuardrailSettings(pct, maxDailyChangePct.max(pct), minInterval, rounding, staleAfter,
                maxChangesPerWindow, changeWindow, priceWarSteps, suspiciousMedianRatio, clearanceMaxLossPct,
                sanityMaxPrice);
    }

    private static void within(BigDecimal v, String min, String max, String what) {
        Objects.requireNonNull(v, what);
        if (v.compareTo(new BigDecimal(min)) < 0 || v.compareTo(new BigDecimal(max)) > 0) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", was " + v);
        }
    }
}
