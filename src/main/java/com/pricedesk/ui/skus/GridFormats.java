package com.pricedesk.ui.skus;

import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as the seller reads them in the window's language: money with its currency sign and two
 * decimals ($12.99, ¥35.50), percentages with one decimal, counts with grouping; unknown is "—".
 * One instance per grid (NumberFormat is not thread-safe; cells are formatted on the FX thread only).
 */
public final class GridFormats {
    public static final String UNKNOWN = "—";
    private final NumberFormat money2;
    private final NumberFormat money4;
    private final NumberFormat pct1;
    private final NumberFormat whole;

    public GridFormats(Locale locale) {
        money2 = NumberFormat.getNumberInstance(locale);
        money2.setMinimumFractionDigits(2);
        money2.setMaximumFractionDigits(2);
        money2.setRoundingMode(RoundingMode.HALF_UP);
        money4 = NumberFormat.getNumberInstance(locale);
        money4.setMinimumFractionDigits(2);
        money4.setMaximumFractionDigits(4);
        money4.setRoundingMode(RoundingMode.HALF_UP);
        pct1 = NumberFormat.getNumberInstance(locale);
        pct1.setMinimumFractionDigits(1);
        pct1.setMaximumFractionDigits(1);
        pct1.setRoundingMode(RoundingMode.HALF_UP);
        whole = NumberFormat.getIntegerInstance(locale);
        whole.setRoundingMode(RoundingMode.HALF_UP);
    }

    /** $12.99; negative as −$1.20. */
    public String money(Money m) {
        if (m == null) {
            return UNKNOWN;
        }
        return sign(m.amount()) + symbol(m) + money2.format(m.amount().abs());
    }

    /** A cost as entered: up to 4 decimals (CNY purchase prices often have them), e.g. ¥3.1415. */
    public String cost(Money m) {
        if (m == null) {
            return UNKNOWN;
        }
        return sign(m.amount()) + symbol(m) + money4.format(m.amount().abs());
    }

    public String percent(BigDecimal pct) {
        return pct == null ? UNKNOWN : pct1.format(pct) + "%";
    }

    public String whole(Number n) {
        return n == null ? UNKNOWN : whole.format(n);
    }

    /** The plain amount put into the editor: 12.5 rather than ¥12.50, so the seller types over a number. */
    public static String editable(Money m) {
        return m == null ? "" : m.amount().stripTrailingZeros().toPlainString();
    }

    private static String sign(BigDecimal v) {
        return v.signum() < 0 ? "−" : "";
    }

    private static String symbol(Money m) {
        return switch (m.currency().getCurrencyCode()) {
            case "USD" -> "$";
            case "CNY" -> "¥";
            default -> m.currency().getCurrencyCode() + " ";
        };
    }
}
