package com.pricedesk.domain.pricing;

import static com.pricedesk.domain.pricing.Fixtures.NOW;
import static com.pricedesk.domain.pricing.Fixtures.US;
import static com.pricedesk.domain.pricing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.rules.Channel;
import com.pricedesk.domain.rules.Fact;
import com.pricedesk.domain.rules.Offer;
import com.pricedesk.domain.rules.RuleSet;
import com.pricedesk.domain.rules.SkuFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seed's rule, stated exactly, end to end on a small shop: which SKUs it moves and why. */
class SeedRuleTest {
    private final Repricer repricer = Fixtures.repricer(GuardrailSettings.DEFAULTS);
    private final RuleSet rules = new RuleSet(3, Optional.of(Instant.parse("2026-11-28T00:00:00Z")),
            List.of(Fixtures.seedRule()));

    @Test
    void undercutTopTenSkuIsLowered3PercentWithTheReasonInBothLanguages() {
        SkuFacts facts = Fixtures.fresh("19.99").bsr(8)
                .offer(Offer.of("A2RIVAL", usd("18.95"), Channel.FBA))
                .offer(Offer.of(US, usd("19.99"), Channel.FBA))
                .build();
        RepricingOutcome out = repricer.evaluate(rules, Fixtures.input(Fixtures.hero(), facts), NOW);

        assertThat(out).isInstanceOf(PriceDecision.class);
        PriceDecision d = (PriceDecision) out;
        assertThat(d.oldPrice()).isEqualTo(usd("19.99"));
        assertThat(d.newPrice()).isEqualTo(usd("19.39"));
        assertThat(d.ruleId()).isEqualTo("follow-fba-undercut");
        assertThat(d.ruleSetVersion()).isEqualTo(3);
        assertThat(d.floor()).isEqualTo(usd("16.93"));
        assertThat(d.clampedBy()).isEmpty();
        assertThat(d.againstSellerId()).isEmpty();
        assertThat(d.factsUsed()).containsEntry(Fact.BSR, new BigDecimal("8")).containsKey(Fact.COMPETITOR_GAP_PCT);
        assertThat(d.marginBeforePct().orElseThrow()).isGreaterThan(d.marginAfterPct().orElseThrow());
        assertThat(d.reason().english()).isEqualTo("Rule 'Follow FBA undercut' v3: competitor at $18.95 is 5.2% below "
                + "us (≥ 5%) and BSR 8 ≤ 10 → −3% = $19.39; rule's 20% margin floor $16.93 holds");
        assertThat(d.reason().chinese()).isEqualTo("规则「Follow FBA undercut」v3：竞品 $18.95 低于我们 5.2%（≥ 5%），"
                + "且BSR排名 8 ≤ 10 → 降价 3% = $19.39；规则 20% 毛利率底价 $16.93 守住");
    }

    @Test
    void neverBelowA20PercentMargin() {
        // At $17.20 a 3% cut would be $16.68, below the $16.93 price of a 20% margin.
        SkuFacts facts = Fixtures.fresh("17.20").bsr(3).offer(Offer.of("A2RIVAL", usd("16.00"), Channel.FBM)).build();
        PriceDecision d = (PriceDecision) repricer.evaluate(rules, Fixtures.input(Fixtures.hero(), facts), NOW);
        assertThat(d.newPrice()).isEqualTo(usd("16.93"));
        assertThat(d.clampedBy()).containsExactly(Guardrail.FLOOR_RULE_MARGIN);
        assertThat(d.marginAfterPct().orElseThrow()).isGreaterThanOrEqualTo(new BigDecimal("20"));
        assertThat(d.reason().english()).endsWith("raised to the rule's 20% margin floor $16.93 → $16.93");
    }

    @Test
    void whichSkusItMovesInAShop() {
        List<SkuFacts> shop = List.of(
                facts("A", "19.99", 8, "18.95"),    // 5.2% below, top 10: moves
                facts("B", "19.99", 25, "18.00"),   // BSR 25: no
                facts("C", "19.99", 5, "19.50"),    // 2.5% below: no
                facts("D", "19.99", 10, "18.99"),   // exactly 5% below and BSR exactly 10: moves
                SkuFacts.builder("E").ownSellerId(US).snapshotAt(NOW).ourPrice(usd("19.99")).bsr(2).build());
        List<String> moved = shop.stream()
                .map(f -> repricer.evaluate(rules, Fixtures.input(Fixtures.sku(f.sellerSku(), Tier.REGULAR), f), NOW))
                .filter(PriceDecision.class::isInstance).map(RepricingOutcome::sellerSku).toList();
        assertThat(moved).containsExactly("A", "D");
    }

    private static SkuFacts facts(String sku, String price, int bsr, String competitor) {
        return SkuFacts.builder(sku).ownSellerId(US).snapshotAt(NOW).ourPrice(usd(price)).bsr(bsr)
                .landedCost(usd("7.00")).offer(Offer.of("A2RIVAL", usd(competitor), Channel.FBA)).build();
    }
}
