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
        Integer topPriority = null;
        List<RuleMatch.Fired> top = new ArrayList<>();
        RuleMatch.Unreachable unreachable = null;
        for (Rule rule : rules.rules()) {
            if (topPriority != null && rule.priority() < topPriority) {
                continue;
            }
            if (!rule.matches(sku, view)) {
                continue;
            }
            ActionResult result = rule.action().propose(view, rule.competitors());
            if (result instanceof ActionResult.NotApplicable) {
                continue;
            }
            if (topPriority == null || rule.priority() > topPriority) {
                topPriority = rule.priority();
                top.clear();
                unreachable = null;
            }
            if (result instanceof ActionResult.Unreachable u) {
                if (unreachable == null) {
                    unreachable = new RuleMatch.Unreachable(rule, u.why());
                }
            } else if (result instanceof ActionResult.Proposal p) {
                top.add(new RuleMatch.Fired(rule, rule.conditions().met(view, rule.competitors()), p));
            }
        }
        if (unreachable != null && top.isEmpty()) {
            return unreachable;
        }
        if (top.isEmpty()) {
            return new RuleMatch.NoRule();
        }
        return disagreement(top, view.ourPrice()).orElse(top.get(0));
    }

    private static Optional<RuleMatch> disagreement(List<RuleMatch.Fired> top, Optional<Money> ourPrice) {
        if (top.size() < 2 || ourPrice.isEmpty()) {
            return Optional.empty();
        }
        RuleMatch.Fired up = null;
        RuleMatch.Fired down = null;
        for (RuleMatch.Fired f : top) {
            int c = f.proposal().price().compareTo(ourPrice.get());
            if (c > 0 && up == null) {
                up = f;
            } else if (c < 0 && down == null) {
                down = f;
            }
        }
        if (up == null || down == null) {
            return Optional.empty();
        }
        String a = up.rule().name();
        String b = down.rule().name();
        String pa = Phrases.money(up.proposal().price());
        String pb = Phrases.money(down.proposal().price());
        return Optional.of(new RuleMatch.Disagreement(List.of(up.rule(), down.rule()), Explanation.of(
                "Rules '" + a + "' (raise to " + pa + ") and '" + b + "' (lower to " + pb + ") have the same priority "
                        + up.rule().priority() + " and disagree; change a priority or a scope",
                "规则「" + a + "」（涨到 " + pa + "）与「" + b + "」（降到 " + pb + "）优先级同为 "
                        + up.rule().priority() + " 且方向相反；请调整优先级或适用范围")));
    }
}
