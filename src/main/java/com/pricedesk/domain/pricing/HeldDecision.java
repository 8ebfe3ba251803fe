package com.pricedesk.domain.pricing;

import com.pricedesk.domain.money.Money;
import java.util.Optional;

/** A SKU the engine will not reprice now, and why, in words the seller can act on. */
public record HeldDecision(String sellerSku, Optional<Money> oldPrice, HoldReason hold, Optional<String> ruleId,
                           int ruleSetVersion, Explanation reason) implements RepricingOutcome {
}
