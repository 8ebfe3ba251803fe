package com.pricedesk.domain.rules;

import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.pricing.Phrases;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** "fact comparison threshold", e.g. BSR ≤ 10 or competitor gap ≥ 5%. Unknown facts never match. */
public record FactCondition(Fact fact, Comparison comparison, BigDecimal threshold) implements Condition {
    public FactCondition {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(threshold, "threshold");
    }

    @Override
    public boolean test(MarketView view, CompetitorFilter filter) {
        Optional<BigDecimal> v = view.value(fact, filter);
        return v.isPresent() && comparison.holds(v.get(), threshold);
    }

    @Override
    public Set<Fact> reads() {
        return Set.of(fact);
    }

    @Override
    public Explanation describe(MarketView view, CompetitorFilter filter) {
        Optional<BigDecimal> value = view.value(fact, filter);
        if (value.isEmpty()) {
            return Explanation.of(fact.english() + " unknown", fact.chinese() + "未知");
        }
        String v = format(value.get());
        String t = formatThreshold();
        if (fact == Fact.COMPETITOR_GAP_PCT || fact == Fact.COMPETITOR_GAP_USD) {
            String at = view.offerBehind(fact, filter).map(o -> Phrases.money(o.landedPrice())).orElse("?");
            String gap = format(value.get().abs());
            boolean below = value.get().signum() >= 0;
            return Explanation.of(
                    "competitor at " + at + " is " + gap + (below ? " below" : " above") + " us ("
                            + comparison.symbol() + " " + t + ")",
                    "竞品 " + at + (below ? " 低于" : " 高于") + "我们 " + gap + "（" + comparison.symbol() + " " + t + "）");
        }
        return Explanation.of(fact.english() + " " + v + " " + comparison.symbol() + " " + t,
                fact.chinese() + " " + v + " " + comparison.symbol() + " " + t);
    }

    @Override
    public Explanation describe() {
        String t = formatThreshold();
        return Explanation.of(fact.english() + " " + comparison.symbol() + " " + t,
                fact.chinese() + " " + comparison.symbol() + " " + t);
    }

    /** Thresholds are written as the seller typed them: "5%", not "5.0%". */
    private String formatThreshold() {
        return fact.unit() == Fact.Unit.PERCENT ? Phrases.number(threshold) + "%" : format(threshold);
    }

    private String format(BigDecimal v) {
        return switch (fact.unit()) {
            case MONEY -> Phrases.money(v);
            case PERCENT -> Phrases.percent(v);
            case COUNT -> Phrases.number(v);
        };
    }
}
