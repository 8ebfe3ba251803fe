package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.rules.PriceChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Clamps a proposed cent price into the allowed range: the band, the max step per change from our
 * price, and the max change per day from our price before today's first change. When our price is
 * already outside the band, the step is waived only as far as needed to get back inside.
 */
public final class MoveLimiter {

    /** The clamped price, the guardrails that clamped it, and the range it had to stay in (for rounding). */
    public record Limited(Money price, List<Guardrail> clampedBy, Money low, Money high) {
    }

    private final GuardrailSettings settings;

    public MoveLimiter(GuardrailSettings settings) {
        this.settings = settings;
    }

    /** Empty when the limits leave no room at all (our price is outside today's allowed range). */
    public Optional<Limited> limit(Money old, Money proposed, PriceBand band, List<PriceChange> history, Instant now) {
        BigDecimal step = settings.maxStepPct().movePointLeft(2);
        Money stepLow = Cents.up(old.times(BigDecimal.ONE.subtract(step)));
        Money stepHigh = Cents.down(old.times(BigDecimal.ONE.add(step)));
        if (!band.contains(old)) {
            return Optional.of(enterBand(old, proposed, band, stepLow, stepHigh));
        }
        Money dayRef = dayReference(old, history, now);
        BigDecimal day = settings.maxDailyChangePct().movePointLeft(2);
        Money dayLow = Cents.up(dayRef.times(BigDecimal.ONE.subtract(day)));
        Money dayHigh = Cents.down(dayRef.times(BigDecimal.ONE.add(day)));

        Bound low = Bound.of(band.floor(), band.floorBy()).tighter(stepLow, Guardrail.MAX_STEP, true)
                .tighter(dayLow, Guardrail.MAX_DAILY_CHANGE, true);
        Bound high = Bound.of(band.ceiling(), band.ceilingBy()).tighter(stepHigh, Guardrail.MAX_STEP, false)
                .tighter(dayHigh, Guardrail.MAX_DAILY_CHANGE, false);
        if (low.value.compareTo(high.value) > 0) {
            return Optional.empty();
        }
        List<Guardrail> clamped = new ArrayList<>();
        Money price = proposed;
        if (proposed.compareTo(low.value) < 0) {
            price = low.value;
            clamped.add(low.by);
        } else if (proposed.compareTo(high.value) > 0) {
            price = high.value;
            clamped.add(high.by);
        }
        return Optional.of(new Limited(price, clamped, low.value, high.value));
    }

    private static Limited enterBand(Money old, Money proposed, PriceBand band, Money stepLow, Money stepHigh) {
        // Below the floor: go up to at least the floor, and no further than one step unless the floor needs it.
        Money low = band.floor();
        Money high = band.ceiling();
        if (old.compareTo(band.floor()) < 0) {
            high = Cents.min(band.ceiling(), Cents.max(band.floor(), stepHigh));
        } else {
            low = Cents.max(band.floor(), Cents.min(band.ceiling(), stepLow));
        }
        List<Guardrail> clamped = new ArrayList<>();
        Money price = proposed;
        if (proposed.compareTo(low) < 0) {
            price = low;
            clamped.add(low.equals(band.floor()) ? band.floorBy() : Guardrail.MAX_STEP);
        } else if (proposed.compareTo(high) > 0) {
            price = high;
            clamped.add(high.equals(band.ceiling()) ? band.ceilingBy() : Guardrail.MAX_STEP);
        }
        if (price.compareTo(stepLow) < 0 || price.compareTo(stepHigh) > 0) {
            clamped.add(Guardrail.STEP_WAIVED_TO_ENTER_BAND);
        }
        return new Limited(price, clamped, low, high);
    }

    /** Our price before the first change of the last 24 hours: the day's limit is measured from it. */
    private static Money dayReference(Money old, List<PriceChange> history, Instant now) {
        Instant since = now.minus(java.time.Duration.ofHours(24));
        for (PriceChange c : history) {
            if (c.at().isAfter(since) && !c.at().isAfter(now)) {
                return Cents.nearest(c.from());
            }
        }
        return old;
    }

    /** One side of the allowed range and the guardrail that set it. */
    private record Bound(Money value, Guardrail by) {
        static Bound of(Money value, Guardrail by) {
            return new Bound(value, by);
        }

        Bound tighter(Money other, Guardrail otherBy, boolean lower) {
            int c = other.compareTo(value);
            return (lower ? c > 0 : c < 0) ? new Bound(other, otherBy) : this;
        }
    }
}
