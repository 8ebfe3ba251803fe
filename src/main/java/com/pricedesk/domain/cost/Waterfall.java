package com.pricedesk.domain.cost;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Price minus every cost line, exact: profit, margin (profit ÷ price) and ROI (profit ÷ landed cost).
 * Lines and profit are unrounded; {@link #roundingDifference()} is what rounding each line to the cent
 * leaves over, so a displayed waterfall still adds up to the displayed profit to the cent.
 */
public record Waterfall(Money price, List<WaterfallLine> lines, Money landedCost) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** lines with at most this many decimals are summed first (see {@link #totalCosts()}) */
    private static final int SHORT_SCALE = 10;

    public Waterfall {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(landedCost, "landed cost");
        lines = List.copyOf(lines);
    }

    public Money totalCosts() {
        // the same sum as Money.plus line by line, without a Money per step
        // Lines with few decimals are added first and the long ones (storage, returns: 16-19 digits) last,
        // so the running sum stays in BigDecimal's compact form for most additions. Exact addition gives
        // the same value and the same scale (the largest of the lines') in any order.
        java.util.Currency currency = price.currency();
        BigDecimal sum = Money.zero(currency).amount();
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            Money m = lines.get(i).amount();
            if (!currency.equals(m.currency())) {
                throw new IllegalArgumentException(
                        "Cannot combine " + currency + " and " + m.currency() + " without an exchange rate");
            }
            if (m.amount().scale() <= SHORT_SCALE) {
                sum = sum.add(m.amount());
            }
        }
        for (int i = 0; i < n; i++) {
            BigDecimal a = lines.get(i).amount().amount();
            if (a.scale() > SHORT_SCALE) {
                sum = sum.add(a);
            }
        }
        return new Money(sum, currency);
    }

    public Money profit() {
        return price.minus(totalCosts());
    }

    /** Sum of the lines with the given keys, e.g. all landed cost lines. */
    public Money sum(String... keys) {
        Money sum = Money.zero(price.currency());
        for (WaterfallLine l : lines) {
            for (String k : keys) {
                if (l.key().equals(k)) {
                    sum = sum.plus(l.amount());
                }
            }
        }
        return sum;
    }

    public Optional<WaterfallLine> line(String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** Margin in percent, rounded half-up to 2 decimals. */
    public BigDecimal marginPct() {
        return profit().amount().multiply(HUNDRED).divide(price.amount(), 2, RoundingMode.HALF_UP);
    }

    /** ROI in percent, rounded half-up to 2 decimals; empty when the landed cost is zero. */
    public Optional<BigDecimal> roiPct() {
        if (landedCost.amount().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(profit().amount().multiply(HUNDRED).divide(landedCost.amount(), 2, RoundingMode.HALF_UP));
    }

    /** Rounded profit minus (rounded price − Σ rounded lines): zero, or a cent or two of rounding. */
    public Money roundingDifference() {
        Money shown = price.rounded();
        for (WaterfallLine l : lines) {
            shown = shown.minus(l.amount().rounded());
        }
        return profit().rounded().minus(shown);
    }

}
