package com.pricedesk.app.queue;

import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.pricing.PriceLimits;
import com.pricedesk.domain.queue.QueuedChange;
import java.util.Optional;

/**
 * The last guardrail before a change is queued and again before it is sent: the new price must lie
 * inside the change's floor and ceiling and inside the seller's current manual min/max.
 */
final class Guard {
    private Guard() {
    }

    static Optional<Explanation> violation(QueuedChange c, PriceLimits limits) {
        String p = c.newPrice().toPlainString();
        if (c.newPrice().compareTo(c.floor()) < 0) {
            return Optional.of(Explanation.of("new price " + p + " is below the floor " + c.floor().toPlainString(),
                    "新价格 " + p + " 低于底价 " + c.floor().toPlainString()));
        }
        if (c.newPrice().compareTo(c.ceiling()) > 0) {
            return Optional.of(Explanation.of("new price " + p + " is above the ceiling " + c.ceiling().toPlainString(),
                    "新价格 " + p + " 高于封顶价 " + c.ceiling().toPlainString()));
        }
        if (limits.manualMin().isPresent() && c.newPrice().compareTo(limits.manualMin().get()) < 0) {
            return Optional.of(Explanation.of("new price " + p + " is below the manual minimum "
                    + limits.manualMin().get().toPlainString(), "新价格 " + p + " 低于手动最低价 "
                    + limits.manualMin().get().toPlainString()));
        }
        if (limits.manualMax().isPresent() && c.newPrice().compareTo(limits.manualMax().get()) > 0) {
            return Optional.of(Explanation.of("new price " + p + " is above the manual maximum "
                    + limits.manualMax().get().toPlainString(), "新价格 " + p + " 高于手动封顶价 "
                    + limits.manualMax().get().toPlainString()));
        }
        return Optional.empty();
    }
}
