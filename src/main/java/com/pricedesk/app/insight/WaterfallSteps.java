package com.pricedesk.app.insight;

import com.pricedesk.domain.cost.Waterfall;
import com.pricedesk.domain.cost.WaterfallLine;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The waterfall in the order a seller reads it: the price, then each Amazon fee, each landed-cost
 * component, advertising, and what is left (profit). Each step is rounded to the cent for display; any
 * cent of rounding goes into the profit step's start, so the bars still meet the displayed profit.
 */
public final class WaterfallSteps {
    /** What a step is, for colour and grouping. */
    public enum Kind { PRICE, AMAZON_FEE, LANDED_COST, ADVERTISING, PROFIT }

    /**
     * One bar: from {@code top} down by {@code amount} (price and profit stand on zero). {@code key} is
     * the {@code economics.line.*} message key suffix, or "price"/"profit".
     */
    public record Step(String key, Kind kind, BigDecimal amount, BigDecimal top) {
        public BigDecimal bottom() {
            return kind == Kind.PRICE || kind == Kind.PROFIT ? BigDecimal.ZERO.min(amount) : top.subtract(amount);
        }
    }

    private static final Set<String> LANDED = Set.of("purchase", "freight", "tariff", "handling");

    private WaterfallSteps() {
    }

    public static List<Step> of(Waterfall w) {
        List<Step> out = new ArrayList<>();
        BigDecimal price = cents(w.price());
        out.add(new Step("price", Kind.PRICE, price, price));
        BigDecimal level = price;
        for (Kind kind : List.of(Kind.AMAZON_FEE, Kind.LANDED_COST, Kind.ADVERTISING)) {
            for (WaterfallLine l : w.lines()) {
                if (kindOf(l.key()) != kind) {
                    continue;
                }
                BigDecimal a = cents(l.amount());
                if (a.signum() == 0) {
                    continue;
                }
                out.add(new Step(l.key(), kind, a, level));
                level = level.subtract(a);
            }
        }
        BigDecimal profit = cents(w.profit());
        out.add(new Step("profit", Kind.PROFIT, profit, profit.max(BigDecimal.ZERO)));
        return out;
    }

    static Kind kindOf(String key) {
        if (LANDED.contains(key)) {
            return Kind.LANDED_COST;
        }
        return key.equals("advertising") ? Kind.ADVERTISING : Kind.AMAZON_FEE;
    }

    private static BigDecimal cents(Money m) {
        return m.amount().setScale(2, RoundingMode.HALF_UP);
    }
}
