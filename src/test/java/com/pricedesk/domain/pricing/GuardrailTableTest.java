package com.pricedesk.domain.pricing;

import static com.pricedesk.domain.pricing.Fixtures.NOW;
import static com.pricedesk.domain.pricing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.kpi.KpiTargets;
import com.pricedesk.domain.rules.Action;
import com.pricedesk.domain.rules.Adjustment;
import com.pricedesk.domain.rules.Channel;
import com.pricedesk.domain.rules.Comparison;
import com.pricedesk.domain.rules.Conditions;
import com.pricedesk.domain.rules.Fact;
import com.pricedesk.domain.rules.FactCondition;
import com.pricedesk.domain.rules.MatchPrice;
import com.pricedesk.domain.rules.MoveBy;
import com.pricedesk.domain.rules.Offer;
import com.pricedesk.domain.rules.OfferCondition;
import com.pricedesk.domain.rules.PriceChange;
import com.pricedesk.domain.rules.PriceTarget;
import com.pricedesk.domain.rules.Rule;
import com.pricedesk.domain.rules.RuleScope;
import com.pricedesk.domain.rules.RuleSet;
import com.pricedesk.domain.rules.SkuFacts;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One table row per guardrail: what it does to a proposal, and the reason the seller reads. */
class GuardrailTableTest {
    private static final Sku HERO = Fixtures.hero();   // hero tier: 15% minimum margin → floor $15.89

    private RepricingOutcome run(Action action, SkuFacts facts) {
        return run(GuardrailSettings.DEFAULTS, rule(action, Optional.empty()), facts, HERO, PriceLimits.NONE,
                Optional.of(Fixtures.ECONOMICS));
    }

    private RepricingOutcome run(GuardrailSettings settings, Rule rule, SkuFacts facts, Sku sku, PriceLimits limits,
                                 Optional<MarginPricing> pricing) {
        RepricingInput in = new RepricingInput(sku, facts, pricing, KpiBook.defaults().forSku(sku), limits);
        return Fixtures.repricer(settings).evaluate(new RuleSet(7, Optional.empty(), List.of(rule)), in, NOW);
    }

    private static Rule rule(Action action, Optional<BigDecimal> minMargin) {
        return new Rule("r1", "Test rule", RuleScope.EVERY_SKU, Conditions.all(), null, action, minMargin, 1, true);
    }

    private static MoveBy move(String pct) {
        return new MoveBy(Adjustment.percent(pct));
    }

    private static PriceDecision decision(RepricingOutcome o) {
        assertThat(o).as(o.reason().english()).isInstanceOf(PriceDecision.class);
        return (PriceDecision) o;
    }

    private static HeldDecision held(RepricingOutcome o, HoldReason reason) {
        assertThat(o).as(o.reason().english()).isInstanceOf(HeldDecision.class);
        assertThat(((HeldDecision) o).hold()).isEqualTo(reason);
        assertThat(o.reason().chinese()).isNotBlank();
        return (HeldDecision) o;
    }

    @Test
    void noPriceOfOursIsHeld() {
        for (String p : new String[] {"0.00", "-5.00"}) {
            held(run(move("-3"), Fixtures.fresh(p).build()), HoldReason.NO_PRICE);
        }
        held(run(move("-3"), SkuFacts.builder("SPAT-01").snapshotAt(NOW).build()), HoldReason.NO_PRICE);
    }

    @Test
    void noMarketDataAndStaleDataGiveNoDecision() {
        HeldDecision none = held(run(move("-3"), SkuFacts.builder("SPAT-01").ourPrice(usd("20.00")).build()),
                HoldReason.NO_MARKET_DATA);
        assertThat(none.reason()).isEqualTo(Explanation.of("no market data yet", "尚无市场数据"));
        HeldDecision stale = held(run(move("-3"), Fixtures.fresh("20.00").snapshotAt(NOW.minus(Duration.ofHours(7))).build()),
                HoldReason.STALE_DATA);
        assertThat(stale.reason().english()).contains("7h old", "6h limit");
    }

    @Test
    void unknownUnitEconomicsHoldBecauseTheFloorIsUnknown() {
        held(run(GuardrailSettings.DEFAULTS, rule(move("-3"), Optional.empty()), Fixtures.fresh("20.00").build(), HERO,
                PriceLimits.NONE, Optional.empty()), HoldReason.NO_UNIT_ECONOMICS);
    }

    @Test
    void floorFromTheTierMinimumMargin() {
        PriceDecision d = decision(run(move("-3"), Fixtures.fresh("16.50").build()));
        assertThat(d.newPrice()).isEqualTo(usd("16.01"));
        assertThat(d.floor()).isEqualTo(usd("15.72"));   // hero 15% margin: 11 / 0.70 = 15.714.. rounded up
        assertThat(d.clampedBy()).isEmpty();
        assertThat(d.reason().english()).endsWith("15% margin floor $15.72 holds");
    }

    @Test
    void floorFromTheTierMinimumMarginClamps() {
        PriceDecision d = decision(run(move("-10"), Fixtures.fresh("16.00").build()));
        assertThat(d.newPrice()).isEqualTo(usd("15.72"));
        assertThat(d.clampedBy()).containsExactly(Guardrail.FLOOR_MIN_MARGIN);
        assertThat(d.reason().english()).contains("raised to the 15% margin floor $15.72");
    }

    @Test
    void floorFromTheManualMinimumWhenHigher() {
        PriceDecision d = decision(run(GuardrailSettings.DEFAULTS, rule(move("-10"), Optional.empty()),
                Fixtures.fresh("20.00").build(), HERO, new PriceLimits(Optional.of(usd("19.00")), Optional.empty()),
                Optional.of(Fixtures.ECONOMICS)));
        assertThat(d.newPrice()).isEqualTo(usd("19.00"));
        assertThat(d.clampedBy()).containsExactly(Guardrail.FLOOR_MANUAL_MIN);
    }

    @Test
    void aRuleMarginCanRaiseButNeverLowerTheFloor() {
        PriceDecision raised = decision(run(GuardrailSettings.DEFAULTS, rule(move("-10"), Optional.of(new BigDecimal("25"))),
                Fixtures.fresh("20.00").build(), HERO, PriceLimits.NONE, Optional.of(Fixtures.ECONOMICS)));
        assertThat(raised.newPrice()).isEqualTo(usd("18.34"));   // 25%: 11 / 0.60 = 18.333.. → 18.34
        assertThat(raised.clampedBy()).containsExactly(Guardrail.FLOOR_RULE_MARGIN);
        PriceDecision notLowered = decision(run(GuardrailSettings.DEFAULTS, rule(move("-10"), Optional.of(new BigDecimal("-50"))),
                Fixtures.fresh("16.00").build(), HERO, PriceLimits.NONE, Optional.of(Fixtures.ECONOMICS)));
        assertThat(notLowered.newPrice()).isEqualTo(usd("15.72"));
        assertThat(notLowered.clampedBy()).containsExactly(Guardrail.FLOOR_MIN_MARGIN);
    }

    @Test
    void clearanceMayLoseMoneyButOnlyDownToTheLossLimit() {
        Sku clearance = Fixtures.sku("OLD-01", Tier.CLEARANCE);
        KpiTargets deepLoss = KpiBook.defaults().forSku(clearance).withTargetMargin(new BigDecimal("0"))
                .withMinMargin(new BigDecimal("-80"));
        RepricingInput in = new RepricingInput(clearance, Fixtures.fresh("11.00").build(), Optional.of(Fixtures.ECONOMICS),
                deepLoss, PriceLimits.NONE);
        PriceDecision d = decision(Fixtures.repricer(GuardrailSettings.DEFAULTS)
                .evaluate(RuleSet.draft(List.of(rule(move("-10"), Optional.empty()))), in, NOW));
        // −30% margin limit: 11 / 1.15 = 9.565.. → $9.57, though the target asked for −80%.
        assertThat(d.floor()).isEqualTo(usd("9.57"));
        assertThat(d.newPrice()).isEqualTo(usd("9.90"));
        assertThat(Fixtures.ECONOMICS.marginAt(d.newPrice()).orElseThrow()).isNegative();
        PriceDecision further = decision(Fixtures.repricer(GuardrailSettings.DEFAULTS).evaluate(
                RuleSet.draft(List.of(rule(move("-10"), Optional.empty()))), new RepricingInput(clearance,
                        Fixtures.fresh("9.80").build(), Optional.of(Fixtures.ECONOMICS), deepLoss, PriceLimits.NONE), NOW));
        assertThat(further.newPrice()).isEqualTo(usd("9.57"));
        assertThat(further.clampedBy()).containsExactly(Guardrail.CLEARANCE_LOSS_LIMIT);
    }

    @Test
    void ceilingsManualListingAndSanity() {
        PriceDecision manual = decision(run(GuardrailSettings.DEFAULTS, rule(move("10"), Optional.empty()),
                Fixtures.fresh("20.00").build(), HERO, new PriceLimits(Optional.empty(), Optional.of(usd("21.00"))),
                Optional.of(Fixtures.ECONOMICS)));
        assertThat(manual.newPrice()).isEqualTo(usd("21.00"));
        assertThat(manual.clampedBy()).containsExactly(Guardrail.CEILING_MANUAL_MAX);
        assertThat(manual.reason().english()).contains("capped at the manual maximum $21.00");

        PriceDecision listing = decision(run(move("10"), Fixtures.fresh("20.00").listingMaxPrice(usd("20.50")).build()));
        assertThat(listing.newPrice()).isEqualTo(usd("20.50"));
        assertThat(listing.clampedBy()).containsExactly(Guardrail.CEILING_LISTING_MAX);

        PriceDecision sanity = decision(run(move("10"), Fixtures.fresh("9999.00").build()));
        assertThat(sanity.newPrice()).isEqualTo(usd("10000.00"));
        assertThat(sanity.clampedBy()).containsExactly(Guardrail.CEILING_SANITY_MAX);
    }

    @Test
    void floorAboveCeilingIsAConflict() {
        RepricingOutcome o = run(GuardrailSettings.DEFAULTS, rule(move("-3"), Optional.empty()), Fixtures.fresh("20.00").build(),
                HERO, new PriceLimits(Optional.empty(), Optional.of(usd("14.00"))), Optional.of(Fixtures.ECONOMICS));
        assertThat(o).isInstanceOf(PricingConflict.class);
        assertThat(((PricingConflict) o).kind()).isEqualTo(ConflictKind.FLOOR_ABOVE_CEILING);
        assertThat(o.reason().english()).contains("floor $15.72", "ceiling $14.00");
    }

    @Test
    void aMinimumMarginNoPriceReachesIsAConflict() {
        RepricingOutcome o = run(GuardrailSettings.DEFAULTS, rule(move("-3"), Optional.of(new BigDecimal("90"))),
                Fixtures.fresh("20.00").build(), HERO, PriceLimits.NONE, Optional.of(Fixtures.ECONOMICS));
        assertThat(((PricingConflict) o).kind()).isEqualTo(ConflictKind.TARGET_UNREACHABLE);
    }

    @Test
    void maxStepPerChange() {
        PriceDecision d = decision(run(move("-30"), Fixtures.fresh("30.00").build()));
        assertThat(d.newPrice()).isEqualTo(usd("27.00"));
        assertThat(d.clampedBy()).containsExactly(Guardrail.MAX_STEP);
        PriceDecision up = decision(run(move("50"), Fixtures.fresh("30.00").build()));
        assertThat(up.newPrice()).isEqualTo(usd("33.00"));
    }

    @Test
    void maxChangePerDayCountsFromTheFirstPriceOfTheDay() {
        // This morning 30.00 → 26.00; 20% a day allows down to 24.00, though the step would allow 23.40.
        SkuFacts facts = Fixtures.fresh("26.00")
                .change(new PriceChange(NOW.minus(Duration.ofHours(5)), usd("30.00"), usd("26.00"), Optional.empty()))
                .build();
        PriceDecision d = decision(run(move("-10"), facts));
        assertThat(d.newPrice()).isEqualTo(usd("24.00"));
        assertThat(d.clampedBy()).containsExactly(Guardrail.MAX_DAILY_CHANGE);
    }

    @Test
    void dailyLimitUsedUpHolds() {
        SkuFacts facts = Fixtures.fresh("24.00")
                .change(new PriceChange(NOW.minus(Duration.ofHours(5)), usd("30.00"), usd("24.00"), Optional.empty()))
                .build();
        held(run(move("-10"), facts), HoldReason.NO_ROOM_TO_MOVE);
    }

    @Test
    void minimumIntervalBetweenChanges() {
        SkuFacts facts = Fixtures.fresh("20.00")
                .change(new PriceChange(NOW.minus(Duration.ofMinutes(20)), usd("21.00"), usd("20.00"), Optional.empty()))
                .build();
        HeldDecision h = held(run(move("-3"), facts), HoldReason.MIN_INTERVAL);
        assertThat(h.reason().english()).contains("20 min ago", "60 min");
    }

    @Test
    void tooManyChangesInTheWindow() {
        SkuFacts.Builder b = Fixtures.fresh("20.00");
        for (int i = 0; i < 6; i++) {
            b.change(new PriceChange(NOW.minus(Duration.ofHours(2 + 3L * i)), usd("20.10"), usd("20.00"), Optional.empty()));
        }
        held(run(move("-3"), b.build()), HoldReason.TOO_MANY_CHANGES);
    }

    @Test
    void downwardSpiralAgainstTheSameCompetitorIsAPriceWar() {
        SkuFacts.Builder b = Fixtures.fresh("20.00").offer(Offer.of("A2RIVAL", usd("19.00"), Channel.FBA));
        for (int i = 0; i < 3; i++) {
            b.change(new PriceChange(NOW.minus(Duration.ofHours(30L + 10 * i)), usd("22.00"), usd("21.00"),
                    Optional.of("A2RIVAL")));
        }
        HeldDecision h = held(run(MatchPrice.beat(PriceTarget.LOWEST_COMPETITOR, Adjustment.amount("0.01")), b.build()),
                HoldReason.PRICE_WAR);
        assertThat(h.reason().english()).contains("A2RIVAL", "price war");
        // Raising the price against the same competitor is no spiral.
        SkuFacts.Builder up = Fixtures.fresh("18.00").offer(Offer.of("A2RIVAL", usd("19.00"), Channel.FBA));
        for (int i = 0; i < 3; i++) {
            up.change(new PriceChange(NOW.minus(Duration.ofHours(30L + 10 * i)), usd("22.00"), usd("21.00"),
                    Optional.of("A2RIVAL")));
        }
        decision(run(MatchPrice.match(PriceTarget.LOWEST_COMPETITOR), up.build()));
    }

    @Test
    void suspiciousCompetitorBelowOurLandedCostOrHalfItsMedianOrNotAPrice() {
        held(run(MatchPrice.match(PriceTarget.LOWEST_COMPETITOR),
                Fixtures.fresh("20.00").offer(Offer.of("A-CHEAP", usd("6.50"), Channel.FBA)).build()),
                HoldReason.SUSPICIOUS_COMPETITOR);
        Offer crashed = new Offer("A-CRASH", usd("9.00"), Channel.FBA, OfferCondition.NEW, Optional.empty(),
                Optional.empty(), Optional.of(usd("19.50")));
        HeldDecision h = held(run(MatchPrice.match(PriceTarget.LOWEST_COMPETITOR),
                Fixtures.fresh("20.00").offer(crashed).build()), HoldReason.SUSPICIOUS_COMPETITOR);
        assertThat(h.reason().english()).contains("A-CRASH", "median $19.50");
        held(run(MatchPrice.match(PriceTarget.LOWEST_COMPETITOR),
                Fixtures.fresh("20.00").offer(Offer.of("A-ZERO", usd("0.00"), Channel.FBA)).build()),
                HoldReason.SUSPICIOUS_COMPETITOR);
        held(run(MatchPrice.match(PriceTarget.BUY_BOX), Fixtures.fresh("20.00").buyBoxPrice(usd("-3.00")).build()),
                HoldReason.SUSPICIOUS_COMPETITOR);
    }

    @Test
    void aSuspiciousCompetitorReadOnlyByAConditionAlsoHolds() {
        Rule r = new Rule("r1", "Undercut", RuleScope.EVERY_SKU, Conditions.all(new FactCondition(Fact.COMPETITOR_GAP_PCT,
                Comparison.AT_LEAST, new BigDecimal("5"))), null, move("-3"), Optional.empty(), 1, true);
        RepricingOutcome o = run(GuardrailSettings.DEFAULTS, r,
                Fixtures.fresh("20.00").offer(Offer.of("A-ABSURD", usd("0.01"), Channel.FBM)).build(), HERO,
                PriceLimits.NONE, Optional.of(Fixtures.ECONOMICS));
        held(o, HoldReason.SUSPICIOUS_COMPETITOR);
    }

    @Test
    void roundingTo99NeverCrossesTheFloor() {
        GuardrailSettings r99 = GuardrailSettings.DEFAULTS.withRounding(RoundingStyle.NINETY_NINE);
        PriceDecision d = decision(run(r99, rule(move("-3"), Optional.empty()), Fixtures.fresh("19.99").build(), HERO,
                PriceLimits.NONE, Optional.of(Fixtures.ECONOMICS)));
        assertThat(d.newPrice()).isEqualTo(usd("18.99"));
        assertThat(d.clampedBy()).containsExactly(Guardrail.ROUNDING);
        // Proposal 15.52 is clamped to the floor 15.72; 14.99 would cross it, so 15.99 it is.
        PriceDecision atFloor = decision(run(r99, rule(move("-3"), Optional.empty()), Fixtures.fresh("16.00").build(),
                HERO, PriceLimits.NONE, Optional.of(Fixtures.ECONOMICS)));
        assertThat(atFloor.newPrice()).isEqualTo(usd("15.99"));
        assertThat(atFloor.newPrice()).isGreaterThanOrEqualTo(atFloor.floor());
    }

    @Test
    void roundingTo49() {
        GuardrailSettings r49 = GuardrailSettings.DEFAULTS.withRounding(RoundingStyle.FORTY_NINE);
        PriceDecision d = decision(run(r49, rule(move("-3"), Optional.empty()), Fixtures.fresh("19.99").build(), HERO,
                PriceLimits.NONE, Optional.of(Fixtures.ECONOMICS)));
        assertThat(d.newPrice()).isEqualTo(usd("19.49"));
    }

    @Test
    void aPriceBelowTheFloorIsRaisedToItEvenPastTheMaxStep() {
        PriceDecision d = decision(run(move("-3"), Fixtures.fresh("12.00").build()));
        assertThat(d.newPrice()).isEqualTo(usd("15.72"));
        assertThat(d.clampedBy()).containsExactly(Guardrail.FLOOR_MIN_MARGIN, Guardrail.STEP_WAIVED_TO_ENTER_BAND);
    }

    @Test
    void settingsCannotSwitchAGuardrailOff() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GuardrailSettings.DEFAULTS.withMaxStep(new BigDecimal("100")))
                .hasMessageContaining("max step");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GuardrailSettings.DEFAULTS.withMaxStep(BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
