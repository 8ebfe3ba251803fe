package com.pricedesk.domain.pricing;

import com.pricedesk.domain.rules.MarketView;
import com.pricedesk.domain.rules.RuleEngine;
import com.pricedesk.domain.rules.RuleMatch;
import com.pricedesk.domain.rules.RuleSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reprices one SKU: data checks, then the rule engine picks a rule, then the guardrails turn its
 * proposal into a decision, a hold or a conflict. Nothing a rule proposes bypasses the guardrails.
 */
public final class Repricer {
    /** Below this, splitting the pass over cores costs more than it saves. */
    public static final int PARALLEL_FROM = 2_000;

    private final RuleEngine engine;
    private final Guardrails guardrails;

    public Repricer(RuleEngine engine, Guardrails guardrails) {
        this.engine = engine;
        this.guardrails = guardrails;
    }

    /**
     * Reprices every input; the outcomes come back in input order. A SKU's outcome depends only on its
     * own input, the rules and {@code now} (no shared state is written), so from a few thousand SKUs the
     * pass runs on all cores and gives exactly what evaluating them one by one gives: the scheduler's
     * pass over a large shop then takes a fraction of the time.
     */
    public List<RepricingOutcome> evaluateAll(RuleSet rules, List<RepricingInput> inputs, Instant now) {
        Stream<RepricingInput> stream = inputs.size() >= PARALLEL_FROM ? inputs.parallelStream() : inputs.stream();
        return stream.map(in -> evaluate(rules, in, now)).toList();
    }

    public RepricingOutcome evaluate(RuleSet rules, RepricingInput in, Instant now) {
        MarketView view = new MarketView(in.facts(), in.pricing(), now);
        var dataHold = guardrails.checkData(view, rules.version());
        if (dataHold.isPresent()) {
            return dataHold.get();
        }
        RuleMatch match = engine.select(rules, in.sku(), view);
        String sku = in.sku().sellerSku();
        if (match instanceof RuleMatch.NoRule none) {
            if (none.needsInput().isPresent()) {
                var rule = none.needsInput().get();
                Explanation why = none.why().orElseThrow();
                return new HeldDecision(sku, view.ourPrice(), HoldReason.MISSING_INPUT, Optional.of(rule.id()),
                        rules.version(), Explanation.of("Rule '" + rule.name() + "' cannot act: " + why.english(),
                        "规则「" + rule.name() + "」无法执行：" + why.chinese()));
            }
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
