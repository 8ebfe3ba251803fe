package com.pricedesk.domain.cost;

import com.pricedesk.domain.money.Money;
import java.util.Objects;
import java.util.Optional;

/** The answer to "the lowest price that meets a target": a whole-cent price, or why none exists. */
public sealed interface SolvedPrice {

    /** The lowest whole-cent price meeting the target. */
    record Reached(Money price) implements SolvedPrice {
        public Reached {
            Objects.requireNonNull(price, "price");
        }
    }

    /** No price meets the target; {@code reason} says why in the seller's terms. */
    record Unreachable(String reason) implements SolvedPrice {
        public Unreachable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    default Optional<Money> asOptional() {
        return this instanceof Reached r ? Optional.of(r.price()) : Optional.empty();
    }
}
