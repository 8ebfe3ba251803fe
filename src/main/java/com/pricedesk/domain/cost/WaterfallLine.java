package com.pricedesk.domain.cost;

import com.pricedesk.domain.money.Money;
import java.util.Objects;

/**
 * One step of the unit economics waterfall: a cost taken from the price, named by a stable key
 * (also the message key suffix {@code economics.line.<key>}), with where its number came from.
 */
public record WaterfallLine(String key, Money amount, String source) {
    public WaterfallLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
        source = source == null ? "" : source;
    }
}
