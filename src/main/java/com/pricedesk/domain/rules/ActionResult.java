package com.pricedesk.domain.rules;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** What an action makes of the facts: a proposed price, nothing to act on, or a target no price can meet. */
public sealed interface ActionResult {

    /**
     * A price before guardrails (unrounded, possibly absurd: the guardrails deal with that), the
     * competitor it answers if any, the market price it was read from, and what was done.
     */
    final class Proposal implements ActionResult {
        private final Money price;
        private final Optional<Offer> against;
        private final Optional<Money> marketPrice;
        // Every matching rule proposes, but only the winner's text is read: it is written on first use.
        private final Supplier<Explanation> whatText;
        private Explanation what;

        public Proposal(Money price, Optional<Offer> against, Optional<Money> marketPrice, Explanation what) {
            this(price, against, marketPrice, constant(Objects.requireNonNull(what, "what")));
        }

        /** A proposal whose explanation is written only when {@link #what()} is first called. */
        public Proposal(Money price, Optional<Offer> against, Optional<Money> marketPrice, Supplier<Explanation> what) {
            this.price = Objects.requireNonNull(price, "price");
            this.against = Objects.requireNonNullElse(against, Optional.empty());
            this.marketPrice = Objects.requireNonNullElse(marketPrice, Optional.empty());
            this.whatText = Objects.requireNonNull(what, "what");
        }

        private static Supplier<Explanation> constant(Explanation e) {
            return () -> e;
        }

        public Money price() {
            return price;
        }

        public Optional<Offer> against() {
            return against;
        }

        public Optional<Money> marketPrice() {
            return marketPrice;
        }

        public Explanation what() {
            if (what == null) {
                // no lock: two threads at worst write the same text twice
                what = Objects.requireNonNull(whatText.get(), "what");
            }
            return what;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Proposal other && price.equals(other.price) && against.equals(other.against)
                    && marketPrice.equals(other.marketPrice) && what().equals(other.what());
        }

        @Override
        public int hashCode() {
            return Objects.hash(price, against, marketPrice, what());
        }

        @Override
        public String toString() {
            return "Proposal[price=" + price + ", against=" + against + ", marketPrice=" + marketPrice + ", what="
                    + what() + "]";
        }
    }

    /**
     * The action has nothing to work from (e.g. no competitor after filters); the rule does not apply.
     * {@code needsInput}: what is missing is the seller's to give (e.g. the regular price), so a SKU no
     * other rule moves is held with this reason instead of passing as unchanged.
     */
    record NotApplicable(Explanation why, boolean needsInput) implements ActionResult {
        public NotApplicable(Explanation why) {
            this(why, false);
        }
    }

    /** The action asks for something no price can give (a margin above what any price reaches). */
    record Unreachable(Explanation why) implements ActionResult {
    }
}
