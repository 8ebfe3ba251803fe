package com.pricedesk.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.pricing.Phrases;
import com.pricedesk.domain.pricing.RepricingArbitraries;
import com.pricedesk.domain.pricing.RepricingInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 5, econ2: the rule engine's faster selection (index loops, the winner's met conditions listed
 * once, cached facts and competitors per view) picks exactly what the previous selection picked, kept
 * below as {@link #referenceSelect}, for random rule sets and absurd market facts. Each side reads its
 * own fresh {@link MarketView}, so caching in the view cannot make them agree by accident.
 */
class RuleEngineEqualsReferencePropertiesTest {

    @Provide
    Arbitrary<RepricingArbitraries.Case> cases() {
        return RepricingArbitraries.cases();
    }

    @Property(tries = 3000)
    void selectionEqualsTheReference(@ForAll("cases") RepricingArbitraries.Case c) {
        RepricingInput in = c.input();
        RuleMatch fast = new RuleEngine().select(c.rules(), in.sku(),
                new MarketView(in.facts(), in.pricing(), RepricingArbitraries.NOW));
        RuleMatch reference = referenceSelect(c.rules(), in.sku(),
                new MarketView(in.facts(), in.pricing(), RepricingArbitraries.NOW));
        assertThat(fast).isEqualTo(reference);
        // the view answers every fact as a view that computed nothing before (cache = recomputation)
        MarketView used = new MarketView(in.facts(), in.pricing(), RepricingArbitraries.NOW);
        new RuleEngine().select(c.rules(), in.sku(), used);
        for (Rule r : c.rules().rules()) {
            for (Fact f : Fact.values()) {
                MarketView fresh = new MarketView(in.facts(), in.pricing(), RepricingArbitraries.NOW);
                assertThat(used.value(f, r.competitors())).as("%s under %s", f, r.competitors())
                        .isEqualTo(fresh.value(f, r.competitors()));
                assertThat(used.offerBehind(f, r.competitors())).isEqualTo(fresh.offerBehind(f, r.competitors()));
            }
            for (Channel ch : Channel.values()) {
                assertThat(used.competitors(r.competitors()).lowest(ch))
                        .isEqualTo(Competitors.of(in.facts(), r.competitors()).lowest(ch));
            }
        }
    }

    /** RuleEngine.select before econ2, verbatim apart from the name. */
    static RuleMatch referenceSelect(RuleSet rules, Sku sku, MarketView view) {
        Integer topPriority = null;
        List<RuleMatch.Fired> top = new ArrayList<>();
        RuleMatch.Unreachable unreachable = null;
        RuleMatch.NoRule needsInput = null;
        for (Rule rule : rules.rules()) {
            if (topPriority != null && rule.priority() < topPriority) {
                continue;
            }
            if (!rule.matches(sku, view)) {
                continue;
            }
            ActionResult result = rule.action().propose(view, rule.competitors());
            if (result instanceof ActionResult.NotApplicable na) {
                // rules3: the first rule that lacks the seller's input is named when nothing fires
                if (na.needsInput() && needsInput == null) {
                    needsInput = new RuleMatch.NoRule(Optional.of(rule), Optional.of(na.why()));
                }
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
                top.add(new RuleMatch.Fired(rule, rule.conditions().list().stream()
                        .filter(cond -> cond.test(view, rule.competitors())).toList(), p));
            }
        }
        if (unreachable != null && top.isEmpty()) {
            return unreachable;
        }
        if (top.isEmpty()) {
            return needsInput != null ? needsInput : new RuleMatch.NoRule();
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
