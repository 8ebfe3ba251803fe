package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import java.math.RoundingMode;

/** Whole-cent rounding in a stated direction: bounds must never be rounded across. */
final class Cents {
    private Cents() {
    }

    static Money up(Money m) {
        return new Money(m.amount().setScale(2, RoundingMode.CEILING), m.currency());
    }

    static Money down(Money m) {
        return new Money(m.amount().setScale(2, RoundingMode.FLOOR), m.currency());
    }

    static Money nearest(Money m) {
        return new Money(m.amount().setScale(2, RoundingMode.HALF_UP), m.currency());
    }

    static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
