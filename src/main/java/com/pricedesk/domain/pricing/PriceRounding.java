package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Moves a price to the seller's preferred ending (.99, or .49/.99) only where that ending stays
 * inside the allowed range and on the same side of our price; otherwise the price stays as it is.
 * Of two candidates the nearer wins, and on a tie the smaller move.
 */
public final class PriceRounding {
    private final RoundingStyle style;

    public PriceRounding(RoundingStyle style) {
        this.style = style;
    }

    /** The rounded price, or empty when no allowed ending fits (or no rounding is wanted). */
    public Optional<Money> round(Money price, Money old, Money low, Money high) {
        if (style == RoundingStyle.NONE || price.compareTo(old) == 0) {
            return Optional.empty();
        }
        BigDecimal p = price.amount();
        BigDecimal e = style.ending();
        BigDecimal s = style.spacing();
        BigDecimal k = p.subtract(e).divide(s, 0, RoundingMode.FLOOR);
        BigDecimal down = e.add(s.multiply(k)).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal up = down.add(s).setScale(2, RoundingMode.UNNECESSARY);
        boolean lowering = price.compareTo(old) < 0;
        Optional<Money> best = Optional.empty();
        for (BigDecimal c : new BigDecimal[] {down, up}) {
            Money m = new Money(c, price.currency());
            boolean sameSide = lowering ? m.compareTo(old) < 0 : m.compareTo(old) > 0;
            if (!sameSide || m.compareTo(low) < 0 || m.compareTo(high) > 0) {
                continue;
            }
            if (best.isEmpty() || better(m, best.get(), price, old)) {
                best = Optional.of(m);
            }
        }
        return best.filter(m -> m.compareTo(price) != 0);
    }

    private static boolean better(Money candidate, Money current, Money target, Money old) {
        int byDistance = candidate.amount().subtract(target.amount()).abs()
                .compareTo(current.amount().subtract(target.amount()).abs());
        if (byDistance != 0) {
            return byDistance < 0;
        }
        return candidate.amount().subtract(old.amount()).abs()
                .compareTo(current.amount().subtract(old.amount()).abs()) < 0;
    }
}
