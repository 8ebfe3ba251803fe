package com.pricedesk.domain.pricing;

import static com.pricedesk.domain.pricing.Fixtures.NOW;
import static com.pricedesk.domain.pricing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.rules.Action;
import com.pricedesk.domain.rules.Adjustment;
import com.pricedesk.domain.rules.Conditions;
import com.pricedesk.domain.rules.MoveBy;
import com.pricedesk.domain.rules.RestoreRegularPrice;
import com.pricedesk.domain.rules.Rule;
import com.pricedesk.domain.rules.RuleScope;
import com.pricedesk.domain.rules.RuleSet;
import com.pricedesk.domain.rules.SkuFacts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Restore the regular price" with and without a regular price, inside the guardrails. */
class RestoreRegularPriceTest {
    private static final Sku HERO = Fixtures.hero();   // hero: 15% minimum margin → floor $15.89

    private static Rule rule(String id, Action action, int priority) {
        return new Rule(id, "Rule " + id, RuleScope.EVERY_SKU, Conditions.all(), null, action, Optional.empty(),
                priority, true);
    }

    private static RepricingOutcome run(List<Rule> rules, SkuFacts facts, PriceLimits limits) {
        RepricingInput in = new RepricingInput(HERO, facts, Optional.of(Fixtures.ECONOMICS),
                KpiBook.defaults().forSku(HERO), limits);
        return Fixtures.repricer(GuardrailSettings.DEFAULTS).evaluate(new RuleSet(3, Optional.empty(), rules), in, NOW);
    }

    private static PriceDecision decision(RepricingOutcome o) {
        assertThat(o).as(o.reason().english()).isInstanceOf(PriceDecision.class);
        return (PriceDecision) o;
    }

    @Test
    void aRegularPriceIsProposedAndKeptWhenInsideTheBand() {
        PriceDecision d = decision(run(List.of(rule("restore", new RestoreRegularPrice(), 5)),
                Fixtures.fresh("20.00").regularPrice(usd("21.49")).build(), PriceLimits.NONE));
        assertThat(d.oldPrice()).isEqualTo(usd("20.00"));
        assertThat(d.newPrice()).isEqualTo(usd("21.49"));
        assertThat(d.clampedBy()).isEmpty();
        assertThat(d.reason().english()).contains("restore the regular price $21.49");
        assertThat(d.reason().chinese()).contains("恢复常规售价 $21.49");
    }

    @Test
    void theGuardrailsStillBoundARegularPrice() {
        // above the manual maximum: capped there
        PriceDecision capped = decision(run(List.of(rule("restore", new RestoreRegularPrice(), 5)),
                Fixtures.fresh("20.00").regularPrice(usd("21.49")).build(),
                new PriceLimits(Optional.empty(), Optional.of(usd("20.90")))));
        assertThat(capped.newPrice()).isEqualTo(usd("20.90"));
        assertThat(capped.clampedBy()).containsExactly(Guardrail.CEILING_MANUAL_MAX);
        // above Amazon's listing maximum: capped there
        PriceDecision listing = decision(run(List.of(rule("restore", new RestoreRegularPrice(), 5)),
                Fixtures.fresh("20.00").regularPrice(usd("21.49")).listingMaxPrice(usd("20.75")).build(),
                PriceLimits.NONE));
        assertThat(listing.newPrice()).isEqualTo(usd("20.75"));
        assertThat(listing.clampedBy()).containsExactly(Guardrail.CEILING_LISTING_MAX);
        // far above: no more than the 10% max step
        PriceDecision stepped = decision(run(List.of(rule("restore", new RestoreRegularPrice(), 5)),
                Fixtures.fresh("20.00").regularPrice(usd("29.99")).build(), PriceLimits.NONE));
        assertThat(stepped.newPrice()).isEqualTo(usd("22.00"));
        assertThat(stepped.clampedBy()).contains(Guardrail.MAX_STEP);
        // below the margin floor: never below it
        PriceDecision floored = decision(run(List.of(rule("restore", new RestoreRegularPrice(), 5)),
                Fixtures.fresh("17.00").regularPrice(usd("15.00")).build(), PriceLimits.NONE));
        assertThat(floored.newPrice()).isEqualTo(floored.floor());
        assertThat(floored.newPrice()).isGreaterThan(usd("15.00"));
    }

    @Test
    void withoutARegularPriceTheSkuIsHeldNamingTheRuleAndWhatToSet() {
        RepricingOutcome o = run(List.of(rule("restore", new RestoreRegularPrice(), 5)),
                Fixtures.fresh("20.00").build(), PriceLimits.NONE);
        assertThat(o).isInstanceOf(HeldDecision.class);
        HeldDecision h = (HeldDecision) o;
        assertThat(h.hold()).isEqualTo(HoldReason.MISSING_INPUT);
        assertThat(h.hold().code()).isEqualTo("missing_input");
        assertThat(h.ruleId()).contains("restore");
        assertThat(h.oldPrice()).contains(usd("20.00"));
        assertThat(h.reason().english())
                .isEqualTo("Rule 'Rule restore' cannot act: the regular price is unknown; set it (skus regular-price)");
        assertThat(h.reason().chinese()).isEqualTo("规则「Rule restore」无法执行：常规售价未知；请先设置（skus regular-price）");
    }

    @Test
    void aLowerPriorityRuleStillActsWhenTheRegularPriceIsUnknown() {
        MoveBy down = new MoveBy(Adjustment.percent("-3"));
        PriceDecision d = decision(run(List.of(rule("restore", new RestoreRegularPrice(), 9), rule("down", down, 1)),
                Fixtures.fresh("20.00").build(), PriceLimits.NONE));
        assertThat(d.ruleId()).isEqualTo("down");
        assertThat(d.newPrice()).isEqualTo(usd("19.40"));
    }

    @Test
    void aRuleWithNothingToMatchStillPassesAsUnchanged() {
        // Missing competitors are the market's, not the seller's to give: unchanged, as before.
        RepricingOutcome o = run(List.of(rule("match", new com.pricedesk.domain.rules.MatchPrice(
                com.pricedesk.domain.rules.PriceTarget.LOWEST_COMPETITOR, Optional.empty()), 5)),
                Fixtures.fresh("20.00").build(), PriceLimits.NONE);
        assertThat(o).isInstanceOf(NoChange.class);
    }
}
