package com.pricedesk.domain.rules;

import com.pricedesk.domain.pricing.Explanation;
import java.util.List;
import java.util.Optional;

/** What the rule engine found for one SKU. */
public sealed interface RuleMatch {

    /**
     * No enabled rule in scope had its conditions met (or could act on the facts). {@code needsInput}:
     * the first rule that matched but lacked something only the seller can give, and what.
     */
    record NoRule(Optional<Rule> needsInput, Optional<Explanation> why) implements RuleMatch {
        public NoRule() {
            this(Optional.empty(), Optional.empty());
        }
    }

    /** The winning rule, the conditions it met and the price it proposes before guardrails. */
    record Fired(Rule rule, List<Condition> metConditions, ActionResult.Proposal proposal) implements RuleMatch {
        public Fired {
            metConditions = List.copyOf(metConditions);
        }
    }

    /** Rules of the same top priority push the price in opposite directions: reported, never resolved silently. */
    record Disagreement(List<Rule> rules, Explanation why) implements RuleMatch {
        public Disagreement {
            rules = List.copyOf(rules);
        }
    }

    /** The winning rule asks for a price no price can be (e.g. a margin nothing reaches). */
    record Unreachable(Rule rule, Explanation why) implements RuleMatch {
    }
}
