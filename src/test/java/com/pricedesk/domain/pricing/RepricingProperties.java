package com.pricedesk.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.rules.Competitors;
import com.pricedesk.domain.rules.CompetitorFilter;
import com.pricedesk.domain.rules.Offer;
import com.pricedesk.domain.rules.PriceChange;
import com.pricedesk.domain.rules.SkuFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The invariants the property tests and the million-case benchmark both check, written against the
 * inputs (not the engine's own band), so a bug in the band calculation cannot hide itself.
 */
public final class RepricingProperties {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RepricingProperties() {
    }

    /** Evaluates a case and checks every invariant; returns the outcome. */
    public static RepricingOutcome check(RepricingArbitraries.Case c) {
        RepricingOutcome out = Fixtures.repricer(c.settings()).evaluate(c.rules(), c.input(), RepricingArbitraries.NOW);
        assertThat(out.sellerSku()).isEqualTo("SKU-1");
        assertThat(out.reason().english()).isNotBlank();
        assertThat(out.reason().chinese()).isNotBlank();
        if (out instanceof PriceDecision d) {
            neverOutsideTheGuardrails(c, d);
            neverMoreThanTheMaxStep(c, d);
        }
        return out;
    }

    static void neverOutsideTheGuardrails(RepricingArbitraries.Case c, PriceDecision d) {
        RepricingInput in = c.input();
        Money p = d.newPrice();
        assertThat(p.amount().scale()).isLessThanOrEqualTo(2);
        assertThat(p.amount().signum()).as("a price is positive").isPositive();
        in.limits().manualMin().ifPresent(min -> assertThat(p).as("manual minimum").isGreaterThanOrEqualTo(min));
        in.limits().manualMax().ifPresent(max -> assertThat(p).as("manual maximum").isLessThanOrEqualTo(max));
        in.facts().listingMaxPrice().ifPresent(max -> assertThat(p).as("listing maximum").isLessThanOrEqualTo(max));
        assertThat(p).as("sanity maximum").isLessThanOrEqualTo(c.settings().sanityMaxPrice());
        BigDecimal lowest = in.sku().tier() == Tier.CLEARANCE ? c.settings().clearanceMaxLossPct().negate() : BigDecimal.ZERO;
        BigDecimal tierMin = in.targets().minMarginPct().orElseThrow().max(lowest);
        BigDecimal margin = in.pricing().orElseThrow().marginAt(p).orElseThrow();
        assertThat(margin).as("margin at the new price vs the tier's minimum").isGreaterThanOrEqualTo(tierMin);
        c.rules().rule(d.ruleId()).orElseThrow().minMarginPct().ifPresent(m ->
                assertThat(margin).as("the rule's own margin floor").isGreaterThanOrEqualTo(m.max(lowest)));
        assertThat(p).isBetween(d.floor(), d.ceiling());
    }

    static void neverMoreThanTheMaxStep(RepricingArbitraries.Case c, PriceDecision d) {
        Money old = d.oldPrice();
        BigDecimal move = d.newPrice().amount().subtract(old.amount()).abs();
        BigDecimal maxStep = old.amount().multiply(c.settings().maxStepPct()).divide(HUNDRED, 10, RoundingMode.DOWN);
        if (move.compareTo(maxStep) <= 0) {
            assertThat(d.clampedBy()).doesNotContain(Guardrail.STEP_WAIVED_TO_ENTER_BAND);
            return;
        }
        // Only a price already outside floor/ceiling may move further than a step, and only to the nearest edge.
        boolean belowFloor = old.compareTo(d.floor()) < 0;
        boolean aboveCeiling = old.compareTo(d.ceiling()) > 0;
        assertThat(belowFloor || aboveCeiling).as("move " + old + " → " + d.newPrice() + " exceeds the max step "
                + c.settings().maxStepPct() + "% though the old price was inside the band").isTrue();
        assertThat(d.clampedBy()).contains(Guardrail.STEP_WAIVED_TO_ENTER_BAND);
        assertThat(d.newPrice()).isEqualTo(belowFloor ? d.floor() : d.ceiling());
    }

    /** The same case with offers and history listed in reverse: the outcome must not change. */
    public static RepricingArbitraries.Case reordered(RepricingArbitraries.Case c) {
        SkuFacts f = c.input().facts();
        List<Offer> offers = new ArrayList<>(f.offers());
        Collections.reverse(offers);
        List<PriceChange> changes = new ArrayList<>(f.recentChanges());
        Collections.reverse(changes);
        return withFacts(c, copy(f, offers, f.offerCount(), changes));
    }

    /** The same case without any offer of ours, and with the offer count stated so it cannot change. */
    public static RepricingArbitraries.Case withoutOwnOffers(RepricingArbitraries.Case c, Optional<Integer> count) {
        SkuFacts f = c.input().facts();
        return withFacts(c, copy(f, RepricingArbitraries.withoutOurs(f.offers()), count, f.recentChanges()));
    }

    /** The same case plus offers of ours at the given prices, the offer count stated. */
    public static RepricingArbitraries.Case withOwnOffers(RepricingArbitraries.Case c, List<Money> prices,
                                                          Optional<Integer> count) {
        SkuFacts f = c.input().facts();
        List<Offer> offers = new ArrayList<>(RepricingArbitraries.withoutOurs(f.offers()));
        for (Money p : prices) {
            offers.add(0, Offer.of(RepricingArbitraries.US, p, com.pricedesk.domain.rules.Channel.FBA));
        }
        return withFacts(c, copy(f, offers, count, f.recentChanges()));
    }

    static boolean noOwnCompetitor(SkuFacts f, CompetitorFilter filter) {
        return Competitors.of(f, filter).all().stream().noneMatch(o -> o.sellerId().equals(f.ownSellerId()));
    }

    private static RepricingArbitraries.Case withFacts(RepricingArbitraries.Case c, SkuFacts facts) {
        RepricingInput in = c.input();
        return new RepricingArbitraries.Case(c.seed(), c.rules(), new RepricingInput(in.sku(), facts, in.pricing(), in.targets(),
                in.limits()), c.settings());
    }

    private static SkuFacts copy(SkuFacts f, List<Offer> offers, Optional<Integer> count, List<PriceChange> changes) {
        return new SkuFacts(f.sellerSku(), f.ownSellerId(), f.snapshotAt(), f.ourPrice(), f.regularPrice(), f.buyBoxPrice(),
                f.weHoldBuyBox(), offers, count, f.bsr(), f.bsrChange7dPct(), f.daysOfCover(), f.inventoryAgeDays(),
                f.conversionPct(), f.acosPct(), f.tacosPct(), f.buyBoxSharePct(), f.landedCost(), f.listingMaxPrice(),
                changes);
    }
}
