package com.pricedesk.domain.rules;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.pricing.Phrases;
import java.util.Objects;
import java.util.Optional;

/** Step toward a target price by at most {@code step} (its size; the direction comes from the target). */
public record StepToward(Money target, Adjustment step) implements Action {
    public StepToward {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(step, "step");
        if (step.value().signum() <= 0) {
            throw new IllegalArgumentException("The step toward a target price must be positive, was " + step.value());
        }
    }

    @Override
    public ActionResult propose(MarketView view, CompetitorFilter filter) {
        Optional<Money> our = view.ourPrice();
        if (our.isEmpty()) {
            return new ActionResult.NotApplicable(Explanation.of("our price is unknown", "我们的售价未知"));
        }
        Money current = our.get();
        int direction = target.compareTo(current);
        Money next = direction > 0 ? step.applyTo(current) : step.negate().applyTo(current);
        // Never overshoot: the last step lands on the target.
        Money price = direction == 0 ? current
                : direction > 0 ? min(next, target) : max(next, target);
        return new ActionResult.Proposal(price, Optional.empty(), Optional.empty(), this::describe);
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public Direction direction() {
        return Direction.EITHER;
    }

    @Override
    public Explanation describe() {
        return Explanation.of("step " + step.unsigned() + " toward " + Phrases.money(target),
                "向目标价 " + Phrases.money(target) + " 调整 " + step.unsigned());
    }
}
