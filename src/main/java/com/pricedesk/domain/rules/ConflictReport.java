package com.pricedesk.domain.rules;

import com.pricedesk.domain.pricing.Explanation;
import java.util.ArrayList;
import java.util.List;

/**
 * The static conflict report over a rule set: pairs of enabled rules of the same priority whose scopes
 * may overlap and whose actions push in opposite directions whatever the facts. (Conflicts that
 * depend on the facts, and floors above ceilings, are reported per SKU by the repricer.)
 */
public final class ConflictReport {

    /** Two rules that will fight over the same SKUs. */
    public record RuleConflict(Rule first, Rule second, Explanation why) {
    }

    public List<RuleConflict> conflicts(RuleSet rules) {
        List<RuleConflict> out = new ArrayList<>();
        List<Rule> list = rules.rules();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                Rule a = list.get(i);
                Rule b = list.get(j);
                if (a.enabled() && b.enabled() && a.priority() == b.priority() && a.scope().mayOverlap(b.scope())
                        && a.action().direction().opposes(b.action().direction())) {
                    out.add(new RuleConflict(a, b, Explanation.of(
                            "Rules '" + a.name() + "' (" + a.action().describe().english() + ") and '" + b.name()
                                    + "' (" + b.action().describe().english() + ") have the same priority "
                                    + a.priority() + ", may cover the same SKUs and push in opposite directions",
                            "规则「" + a.name() + "」（" + a.action().describe().chinese() + "）与「" + b.name() + "」（"
                                    + b.action().describe().chinese() + "）优先级同为 " + a.priority()
                                    + "，适用范围可能重叠且方向相反")));
                }
            }
        }
        return out;
    }
}
