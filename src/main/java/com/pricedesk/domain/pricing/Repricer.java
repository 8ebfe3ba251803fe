package com.pricedesk.domain.pricing;

import com.pricedesk.domain.rules.MarketView;
import com.pricedesk.domain.rules.RuleEngine;
import com.pricedesk.domain.rules.RuleMatch;
import com.pricedesk.domain.rules.RuleSet;
import java.time.Instant;
import java.util.List;

/**
 * Reprices one SKU: data checks, then the rule engine picks a rule, then the guardrails turn its
 * proposal into a decision, a hold or a conflict. Nothing a rule proposes bypasses the guardrails.
 */
public final class Repricer {
    private final RuleEngine engine;
    private final Guardrails guardrails;

    public Repricer(RuleEngine engine, Guardrails guardrails) {
        this.engine = engine;
        this.guardrails = guardrails;
    }

    public RepricingOutcome evaluate(RuleSet rules, RepricingInput in, Instant now) {
        MarketView view = new MarketView(in.facts(), in.pricing(), now);
        var dataHold = guardrails.checkData(view, rules.version());
        if (dataHold.isPresent()) {
            return dataHold.get();
        }
        RuleMatch match = engine.select(rules, in.sku(), view);
        String sku = in.sku().sellerSku();
        if (match instanceof RuleMatch.NoRule) {
            return new NoChange(sku, Explanation.of("no enabled rule matches", "没有匹配的启用规则"));
        }
        if (match instanceof RuleMatch.Disagreement d) {
            return new PricingConflict(sku, ConflictKind.RULES_DISAGREE,
                    d.rules().stream().map(r -> r.id()).toList(), d.why());
        }
        if (match instanceof RuleMatch.Unreachable u) {
            return new PricingConflict(sku, ConflictKind.TARGET_UNREACHABLE, List.of(u.rule().id()),
                    Explanation.of("Rule '" + u.rule().name() + "': " + u.why().english(),
                            "规则「" + u.rule().name() + "」：" + u.why().chinese()));
        }
        return guardrails.apply((RuleMatch.Fired) match, rules.version(), view, in);
    }
}
