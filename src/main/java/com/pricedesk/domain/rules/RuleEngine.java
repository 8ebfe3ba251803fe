package com.pricedesk.domain.rules;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.pricing.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the rule that decides a SKU: among enabled, in-scope rules whose conditions hold and whose
 * action has something to act on, the highest priority wins. If rules of that priority push the
 * price in opposite directions, that is a disagreement. Among same-priority rules that agree, the
 * first in the rule set wins, so the result is deterministic.
 */
public final class RuleEngine {

    public RuleMatch select(RuleSet rules, Sku sku, MarketView view) {
        int topPriority = Integer.MIN_VALUE;
        boolean any = false;
        // the top priority's candidates; only the winner's met conditions are listed (a Fired is built once)
        List<Rule> topRules = new ArrayList<>(4);
        List<ActionResult.Proposal> topProposals = new ArrayList<>(4);
        RuleMatch.Unreachable unreachable = null;
        Rule needsInput = null;
        Explanation needsInputWhy = null;
        List<Rule> all = rules.rules();
        for (int i = 0, n = all.size(); i < n; i++) {
            Rule rule = all.get(i);
            if (any && rule.priority() < topPriority) {
                continue;
            }
            if (!rule.matches(sku, view)) {
                continue;
            }
            ActionResult result = rule.action().propose(view, rule.competitors());
            if (result instanceof ActionResult.NotApplicable na) {
                if (na.needsInput() && needsInput == null) {
                    needsInput = rule;
                    needsInputWhy = na.why();
                }
                continue;
            }
            if (!any || rule.priority() > topPriority) {
                any = true;
                topPriority = rule.priority();
                topRules.clear();
                topProposals.clear();
                unreachable = null;
            }
            if (result instanceof ActionResult.Unreachable u) {
                if (unreachable == null) {
                    unreachable = new RuleMatch.Unreachable(rule, u.why());
                }
            } else if (result instanceof ActionResult.Proposal p) {
                topRules.add(rule);
                topProposals.add(p);
            }
        }
        if (unreachable != null && topRules.isEmpty()) {
            return unreachable;
        }
        if (topRules.isEmpty()) {
            return needsInput == null ? new RuleMatch.NoRule()
                    : new RuleMatch.NoRule(Optional.of(needsInput), Optional.of(needsInputWhy));
        }
        if (topRules.size() > 1) {
            Optional<RuleMatch> d = disagreement(topRules, topProposals, view.ourPrice());
            if (d.isPresent()) {
                return d.get();
            }
        }
        Rule winner = topRules.get(0);
        return new RuleMatch.Fired(winner, winner.conditions().met(view, winner.competitors()), topProposals.get(0));
    }

    private static Optional<RuleMatch> disagreement(List<Rule> rules, List<ActionResult.Proposal> proposals,
                                                    Optional<Money> ourPrice) {
        if (rules.size() < 2 || ourPrice.isEmpty()) {
            return Optional.empty();
        }
        int up = -1;
        int down = -1;
        for (int i = 0; i < rules.size(); i++) {
            int c = proposals.get(i).price().compareTo(ourPrice.get());
            if (c > 0 && up < 0) {
                up = i;
            } else if (c < 0 && down < 0) {
                down = i;
            }
        }
        if (up < 0 || down < 0) {
            return Optional.empty();
        }
        Rule upRule = rules.get(up);
        Rule downRule = rules.get(down);
        String a = upRule.name();
        String b = downRule.name();
        String pa = Phrases.money(proposals.get(up).price());
        String pb = Phrases.money(proposals.get(down).price());
        return Optional.of(new RuleMatch.Disagreement(List.of(upRule, downRule), Explanation.of(
                "Rules '" + a + "' (raise to " + pa + ") and '" + b + "' (lower to " + pb + ") have the same priority "
                        + upRule.priority() + " and disagree; change a priority or a scope",
                "规则「" + a + "」（涨到 " + pa + "）与「" + b + "」（降到 " + pb + "）优先级同为 "
                        + upRule.priority() + " 且方向相反；请调整优先级或适用范围")));
    }
}
