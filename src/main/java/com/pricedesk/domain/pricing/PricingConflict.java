package com.pricedesk.domain.pricing;

import java.util.List;

/** Something that cannot hold together for a SKU (floor above ceiling, an unreachable target, rules that disagree). */
public record PricingConflict(String sellerSku, ConflictKind kind, List<String> ruleIds, Explanation reason)
        implements RepricingOutcome {
    public PricingConflict {
        ruleIds = List.copyOf(ruleIds);
    }
}
