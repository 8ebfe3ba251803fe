package com.pricedesk.domain.queue;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One price change in the approval queue (审批队列): a unique id (also carried to Amazon), the SKU,
 * old and new price, floor and ceiling, the decision's reason, rule and rule-set version, and where
 * it stands. Moves only through {@link #moveTo}, which refuses what the lifecycle does not allow.
 */
public record QueuedChange(long id, String sellerSku, Money oldPrice, Money newPrice, Money floor, Money ceiling,
                           String ruleId, String ruleName, int ruleSetVersion, Explanation reason,
                           ChangeState state, String actor, Instant createdAt, Instant updatedAt,
                           Optional<Instant> sendStartedAt, Optional<String> feedId, Optional<String> amazonCode,
                           Optional<String> amazonMessage) {

    public QueuedChange {
        Objects.requireNonNull(sellerSku, "sellerSku");
        Objects.requireNonNull(oldPrice, "oldPrice");
        Objects.requireNonNull(newPrice, "newPrice");
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(state, "state");
        sendStartedAt = Objects.requireNonNullElse(sendStartedAt, Optional.empty());
        feedId = Objects.requireNonNullElse(feedId, Optional.empty());
        amazonCode = Objects.requireNonNullElse(amazonCode, Optional.empty());
        amazonMessage = Objects.requireNonNullElse(amazonMessage, Optional.empty());
    }

    /** A new proposal, not yet stored (id 0). */
    public static QueuedChange proposed(String sellerSku, Money oldPrice, Money newPrice, Money floor, Money ceiling,
                                        String ruleId, String ruleName, int ruleSetVersion, Explanation reason,
                                        String actor, Instant at) {
        return new QueuedChange(0, sellerSku, oldPrice, newPrice, floor, ceiling, ruleId, ruleName, ruleSetVersion,
                reason, ChangeState.PROPOSED, actor, at, at, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The same change in {@code target}, or {@link IllegalTransitionException} when that move is not allowed. */
    public QueuedChange moveTo(ChangeState target, String by, Instant at) {
        if (!state.canMoveTo(target)) {
            throw new IllegalTransitionException(id, state, target);
        }
        Optional<Instant> started = target == ChangeState.SUBMITTING ? Optional.of(at) : sendStartedAt;
        return new QueuedChange(id, sellerSku, oldPrice, newPrice, floor, ceiling, ruleId, ruleName, ruleSetVersion,
                reason, target, by, createdAt, at, started, feedId, amazonCode, amazonMessage);
    }

    public QueuedChange withId(long newId) {
        return new QueuedChange(newId, sellerSku, oldPrice, newPrice, floor, ceiling, ruleId, ruleName, ruleSetVersion,
                reason, state, actor, createdAt, updatedAt, sendStartedAt, feedId, amazonCode, amazonMessage);
    }

    public QueuedChange withFeed(String id) {
        return new QueuedChange(this.id, sellerSku, oldPrice, newPrice, floor, ceiling, ruleId, ruleName,
                ruleSetVersion, reason, state, actor, createdAt, updatedAt, sendStartedAt, Optional.of(id), amazonCode,
                amazonMessage);
    }

    public QueuedChange withAmazonError(String code, String message) {
        return new QueuedChange(id, sellerSku, oldPrice, newPrice, floor, ceiling, ruleId, ruleName, ruleSetVersion,
                reason, state, actor, createdAt, updatedAt, sendStartedAt, feedId, Optional.ofNullable(code),
                Optional.ofNullable(message));
    }

    /** The change in percent of the old price, e.g. -3.2 (exact to 4 decimals). */
    public java.math.BigDecimal changePct() {
        if (oldPrice.amount().signum() == 0) {
            return java.math.BigDecimal.ZERO;
        }
        return newPrice.amount().subtract(oldPrice.amount()).multiply(java.math.BigDecimal.valueOf(100))
                .divide(oldPrice.amount(), 4, java.math.RoundingMode.HALF_UP);
    }

    /** True when the new price lies inside [floor, ceiling]: the guardrail checked last before queueing and sending. */
    public boolean withinBand() {
        return newPrice.compareTo(floor) >= 0 && newPrice.compareTo(ceiling) <= 0;
    }
}
