package com.pricedesk.app.repricing;

import com.pricedesk.domain.pricing.HeldDecision;
import com.pricedesk.domain.pricing.NoChange;
import com.pricedesk.domain.pricing.PriceDecision;
import com.pricedesk.domain.pricing.PricingConflict;
import com.pricedesk.domain.rules.ConflictReport;
import com.pricedesk.domain.rules.RuleSet;
import java.time.Instant;
import java.util.List;

/**
 * The result of one pass of the engine: proposed decisions, held SKUs, per-SKU conflicts, SKUs no
 * rule changes, and the static conflicts of the rule set itself.
 */
public record RepricingRun(Instant at, RuleSet rules, List<PriceDecision> decisions, List<HeldDecision> held,
                           List<PricingConflict> conflicts, List<NoChange> unchanged,
                           List<ConflictReport.RuleConflict> ruleConflicts) {
    public RepricingRun {
        decisions = List.copyOf(decisions);
        held = List.copyOf(held);
        conflicts = List.copyOf(conflicts);
        unchanged = List.copyOf(unchanged);
        ruleConflicts = List.copyOf(ruleConflicts);
    }
}
