package com.pricedesk.domain.rules;

import static com.pricedesk.domain.pricing.Fixtures.NOW;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.pricing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rule selection: scope, enabled flag, priority, same-priority disagreement, and the static conflict report. */
class RuleEngineTest {
    private final RuleEngine engine = new RuleEngine();
    private final MarketView view = new MarketView(Fixtures.fresh("20.00").bsr(5).build(), Optional.empty(), NOW);

    static Rule move(String id, String pct, int priority) {
        return rule(id, RuleScope.EVERY_SKU, new MoveBy(Adjustment.percent(pct)), priority);
    }

    static Rule rule(String id, RuleScope scope, Action action, int priority) {
        return new Rule(id, id, scope, Conditions.all(), CompetitorFilter.DEFAULT, action, Optional.empty(), priority, true);
    }

    @Test
    void highestPriorityWins() {
        RuleMatch m = engine.select(RuleSet.draft(List.of(move("low", "-5", 1), move("high", "-2", 9))), Fixtures.hero(), view);
        assertThat(((RuleMatch.Fired) m).rule().id()).isEqualTo("high");
    }

    @Test
    void disabledAndOutOfScopeRulesAreIgnored() {
        Rule disabled = move("off", "-5", 9).withEnabled(false);
        Rule clearanceOnly = rule("clear", RuleScope.tiers(Tier.CLEARANCE), new MoveBy(Adjustment.percent("-9")), 9);
        Rule tagged = rule("tag", new RuleScope(null, Set.of("q4"), null, null), new MoveBy(Adjustment.percent("-8")), 9);
        Rule category = rule("cat", new RuleScope(null, null, Set.of("toys"), null), new MoveBy(Adjustment.percent("-7")), 9);
        Rule listed = rule("list", new RuleScope(null, null, null, Set.of("OTHER")), new MoveBy(Adjustment.percent("-6")), 9);
        RuleMatch m = engine.select(RuleSet.draft(List.of(disabled, clearanceOnly, tagged, category, listed,
                move("on", "-1", 0))), Fixtures.hero(), view);
        assertThat(((RuleMatch.Fired) m).rule().id()).isEqualTo("on");
    }

    @Test
    void scopeDimensionsMustAllMatch() {
        Sku sku = Fixtures.sku("SPAT-01", Tier.HERO, "q4", "kitchen");
        RuleScope scope = new RuleScope(Set.of(Tier.HERO, Tier.REGULAR), Set.of("q4"), Set.of("home-and-kitchen"),
                Set.of("SPAT-01"));
        assertThat(scope.covers(sku)).isTrue();
        assertThat(new RuleScope(Set.of(Tier.HERO), Set.of("summer"), null, null).covers(sku)).isFalse();
    }

    @Test
    void samePriorityOppositeDirectionsIsADisagreement() {
        RuleMatch m = engine.select(RuleSet.draft(List.of(move("up", "5", 3), move("down", "-5", 3))), Fixtures.hero(), view);
        assertThat(m).isInstanceOf(RuleMatch.Disagreement.class);
        assertThat(((RuleMatch.Disagreement) m).rules()).extracting(Rule::id).containsExactly("up", "down");
        assertThat(((RuleMatch.Disagreement) m).why().chinese()).contains("方向相反");
    }

    @Test
    void samePrioritySameDirectionTakesTheFirstListed() {
        RuleMatch m = engine.select(RuleSet.draft(List.of(move("a", "-5", 3), move("b", "-2", 3))), Fixtures.hero(), view);
        assertThat(((RuleMatch.Fired) m).rule().id()).isEqualTo("a");
    }

    @Test
    void aRuleWhoseActionHasNothingToActOnLetsTheNextOneDecide() {
        Rule matchBuyBox = rule("bb", RuleScope.EVERY_SKU, MatchPrice.match(PriceTarget.BUY_BOX), 9);
        RuleMatch m = engine.select(RuleSet.draft(List.of(matchBuyBox, move("fallback", "-1", 1))), Fixtures.hero(), view);
        assertThat(((RuleMatch.Fired) m).rule().id()).isEqualTo("fallback");
    }

    @Test
    void noMatchingRule() {
        Rule bsr = new Rule("bsr", "bsr", null, Conditions.all(new FactCondition(Fact.BSR, Comparison.AT_MOST,
                BigDecimal.ONE)), null, new MoveBy(Adjustment.percent("-3")), Optional.empty(), 1, true);
        assertThat(engine.select(RuleSet.draft(List.of(bsr)), Fixtures.hero(), view)).isInstanceOf(RuleMatch.NoRule.class);
    }

    @Test
    void staticReportFindsOverlappingOppositeRulesOnly() {
        Rule up = move("up", "5", 3);
        Rule down = move("down", "-5", 3);
        Rule downOtherPriority = move("down2", "-5", 4);
        Rule upClearance = rule("upc", RuleScope.tiers(Tier.CLEARANCE), new MoveBy(Adjustment.percent("2")), 7);
        Rule downHero = rule("downh", RuleScope.tiers(Tier.HERO), new MoveBy(Adjustment.percent("-2")), 7);
        Rule matchBuyBox = rule("bb", RuleScope.EVERY_SKU, MatchPrice.match(PriceTarget.BUY_BOX), 3);
        var conflicts = new ConflictReport().conflicts(RuleSet.draft(List.of(up, down, downOtherPriority, upClearance,
                downHero, matchBuyBox, move("off", "-1", 3).withEnabled(false))));
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).first().id()).isEqualTo("up");
        assertThat(conflicts.get(0).second().id()).isEqualTo("down");
    }

    @Test
    void ruleSetRefusesDuplicateIds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleSet.draft(List.of(move("a", "1", 1), move("a", "2", 1))))
                .hasMessageContaining("'a'");
    }
}
