package com.pricedesk.domain.cost;

import com.pricedesk.domain.money.Money;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One step of the unit economics waterfall: a cost taken from the price, named by a stable key
 * (also the message key suffix {@code economics.line.<key>}), with where its number came from. The
 * source text may be written only when asked for: a grid of 100,000 SKUs needs the amounts, not
 * 1.3 million explanations.
 */
public final class WaterfallLine {
    private final String key;
    private final Money amount;
    private Supplier<String> pending;
    private volatile String source;

    public WaterfallLine(String key, Money amount, String source) {
        this.key = Objects.requireNonNull(key, "key");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.source = source == null ? "" : source;
    }

    private WaterfallLine(String key, Money amount, Supplier<String> source) {
        this.key = Objects.requireNonNull(key, "key");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.pending = Objects.requireNonNull(source, "source");
    }

    /** A line whose source text is written the first time it is read. */
    public static WaterfallLine explainedBy(String key, Money amount, Supplier<String> source) {
        return new WaterfallLine(key, amount, source);
    }

    public String key() {
        return key;
    }

    public Money amount() {
        return amount;
    }

    /** Where the number came from: the table version, rate and inputs. */
    public String source() {
        String s = source;
        if (s == null) {
            String text = pending.get();
            s = text == null ? "" : text;
            source = s;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaterfallLine l && key.equals(l.key) && amount.equals(l.amount) && source().equals(l.source());
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, amount, source());
    }

    @Override
    public String toString() {
        return "WaterfallLine[key=" + key + ", amount=" + amount + ", source=" + source() + "]";
    }
}
