package com.pricedesk.domain.rules;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import java.util.Objects;
import java.util.Optional;

/** What an action makes of the facts: a proposed price, nothing to act on, or a target no price can meet. */
public sealed interface ActionResult {

    /**
     * A price before guardrails (unrounded, possibly absurd: the guardrails deal with that), the
     * competitor it answers if any, the market price it was read from, and what was done.
     */
    record Proposal(Money price, Optional<Offer> against, Optional<Money> marketPrice, Explanation what)
            implements ActionResult {
        public Proposal {
            Objects.requireNonNull(price, "price");
            against = Objects.requireNonNullElse(against, Optional.empty());
            marketPrice = Objects.requireNonNullElse(marketPrice, Optional.empty());
            Objects.requireNonNull(what, "what");
        }
    }

    /** The action has nothing to work from (e.g. no competitor after filters); the rule does not apply. */
    record NotApplicable(Explanation why) implements ActionResult {
    }

    /** The action asks for something no price can give (a margin above what any price reaches). */
    record Unreachable(Explanation why) implements ActionResult {
    }
}
