package com.pricedesk.domain.rules;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Phrases;
import java.math.BigDecimal;
import java.util.Objects;

/** An amount of change: a percentage (−3 means 3% lower) or dollars (−0.50). */
public record Adjustment(Kind kind, BigDecimal value) {

    /** Percent of the base price or an absolute USD amount. */
    public enum Kind { PERCENT, AMOUNT }

    public Adjustment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static Adjustment percent(String value) {
        return new Adjustment(Kind.PERCENT, new BigDecimal(value));
    }

    public static Adjustment amount(String value) {
        return new Adjustment(Kind.AMOUNT, new BigDecimal(value));
    }

    /** {@code base} moved by this adjustment, unrounded. */
    public Money applyTo(Money base) {
        return switch (kind) {
            case AMOUNT -> new Money(base.amount().add(value), base.currency());
            case PERCENT -> base.times(BigDecimal.ONE.add(value.movePointLeft(2)));
        };
    }

    /** The same adjustment in the other direction. */
    public Adjustment negate() {
        return new Adjustment(kind, value.negate());
    }

    /** "−3%", "+$0.50": signed, for reasons. */
    public String signed() {
        String sign = value.signum() < 0 ? "−" : "+";
        return sign + (kind == Kind.PERCENT ? Phrases.number(value.abs()) + "%" : Phrases.money(value.abs()));
    }

    /** "3%", "$0.50": unsigned. */
    public String unsigned() {
        return kind == Kind.PERCENT ? Phrases.number(value.abs()) + "%" : Phrases.money(value.abs());
    }
}
