package com.pricedesk.domain.queue;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the audit log (调价日志), append-only: a change moved from one state to another, at a
 * time, by an actor, for a reason; with the price sent or confirmed and Amazon's code and message.
 */
public record ChangeEvent(long changeId, String sellerSku, Instant at, Optional<ChangeState> from, ChangeState to,
                          String actor, Explanation note, Optional<Money> price, Optional<String> amazonCode,
                          Optional<String> amazonMessage) {

    public static ChangeEvent of(QueuedChange before, QueuedChange after, Explanation note) {
        Optional<Money> price = after.state() == ChangeState.SUBMITTING || after.state() == ChangeState.SUBMITTED
                || after.state() == ChangeState.CONFIRMED ? Optional.of(after.newPrice()) : Optional.empty();
        return new ChangeEvent(after.id(), after.sellerSku(), after.updatedAt(),
                before == null ? Optional.empty() : Optional.of(before.state()), after.state(), after.actor(), note,
                price, after.amazonCode(), after.amazonMessage());
    }
}
