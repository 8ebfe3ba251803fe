package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers are written inside reasons: "$19.39", "5.2%", "8"; the same in both languages. */
public final class Phrases {
    private Phrases() {
    }

    public static String money(Money m) {
        return money(m.amount());
    }

    public static String money(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        return cents.signum() < 0 ? "-$" + cents.negate().toPlainString() : "$" + cents.toPlainString();
    }

    public static String percent(BigDecimal pct) {
        return pct.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A plain number without trailing zeros: "8", "12.5". */
    public static String number(BigDecimal n) {
        if (n.scale() == 0) {
            // a whole number as typed ("10"): what the rounding and stripping below give, without them
            return n.toPlainString();
        }
        BigDecimal s = n.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
