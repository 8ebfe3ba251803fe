package com.pricedesk.domain.rules;

import com.pricedesk.domain.money.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One past change of our price, and the competitor it answered if any: the memory of the damping guards. */
public record PriceChange(Instant at, Money from, Money to, Optional<String> againstSellerId) {
    public PriceChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        againstSellerId = Objects.requireNonNullElse(againstSellerId, Optional.empty());
    }

    public boolean isDecrease() {
        return to.compareTo(from) < 0;
    }
}
