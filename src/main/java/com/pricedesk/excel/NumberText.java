package com.pricedesk.excel;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.pricedesk.domain.money.Money;

/**
 * Reads numbers as sellers type them: full-width digits (１２.５), currency symbols (¥12.50, $3,
 * US$3, 12元), thousands separators (1,234.5), percent signs and stray spaces.
 */
final class NumberText {
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern CURRENCY_PREFIX = Pattern.compile("^(us\\$|usd|\\$|rmb|cny|¥|￥)");
    private static final Pattern CURRENCY_SUFFIX = Pattern.compile("(usd|美元|美金|rmb|cny|元)$");

    /** A number and what its text said about it. */
    record Parsed(BigDecimal value, Currency currency, boolean percent) {
    }

    private NumberText() {
    }

    static Parsed parse(String raw) throws CellProblem {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().replace("\u00A0", "").replace(" ", "");
        Currency currency = null;
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        Matcher prefix = CURRENCY_PREFIX.matcher(lower);
        if (prefix.find()) {
            currency = prefix.group(1).matches("us\\$|usd|\\$") ? Money.USD : Money.CNY;
            s = s.substring(prefix.end());
            lower = lower.substring(prefix.end());
        }
        Matcher suffix = CURRENCY_SUFFIX.matcher(lower);
        if (suffix.find()) {
            Currency c = suffix.group(1).matches("usd|美元|美金") ? Money.USD : Money.CNY;
            if (currency != null && !currency.equals(c)) {
                throw new CellProblem("excel.value.twoCurrencies", raw);
            }
            currency = c;
            s = s.substring(0, suffix.start());
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1);
        }
        if (THOUSANDS.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            throw new CellProblem("excel.value.notNumber", raw);
        }
        BigDecimal v = new BigDecimal(s).stripTrailingZeros();
        return new Parsed(v.scale() < 0 ? v.setScale(0) : v, currency, percent);
    }
}
