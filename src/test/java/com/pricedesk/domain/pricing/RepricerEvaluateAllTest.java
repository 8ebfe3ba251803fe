package com.pricedesk.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.rules.RuleEngine;
import com.pricedesk.domain.rules.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pass over many SKUs (on all cores from a few thousand) gives exactly the one-by-one outcomes, in order. */
class RepricerEvaluateAllTest {

    @Test
    void aLargePassEqualsEvaluatingEachSkuInTurn() {
        // one rule set per batch: the app evaluates a whole shop against the current rule set
        List<RepricingArbitraries.Case> cases = RepricingArbitraries.cases().sampleStream()
                .limit(3 * Repricer.PARALLEL_FROM).toList();
        List<RepricingInput> inputs = cases.stream().map(RepricingArbitraries.Case::input).toList();
        Repricer repricer = new Repricer(new RuleEngine(), new Guardrails(GuardrailSettings.DEFAULTS));
        // A random rule set may move nothing at all (every rule disabled or out of scope), which would
        // make the comparison below vacuous: take the first drawn one that decides something.
        RuleSet rules = cases.stream().map(RepricingArbitraries.Case::rules)
                .filter(r -> inputs.stream().limit(500).anyMatch(in ->
                        repricer.evaluate(r, in, RepricingArbitraries.NOW) instanceof PriceDecision))
                .findFirst().orElseThrow();

        List<RepricingOutcome> all = repricer.evaluateAll(rules, inputs, RepricingArbitraries.NOW);

        assertThat(all).hasSize(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(all.get(i)).as("SKU #%d", i).isEqualTo(repricer.evaluate(rules, inputs.get(i),
                    RepricingArbitraries.NOW));
        }
        assertThat(all.stream().filter(PriceDecision.class::isInstance).count()).isPositive();
    }
}
