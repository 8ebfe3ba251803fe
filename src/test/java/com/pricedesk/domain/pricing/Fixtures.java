package com.pricedesk.domain.pricing;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.rules.Adjustment;
import com.pricedesk.domain.rules.Comparison;
import com.pricedesk.domain.rules.CompetitorFilter;
import com.pricedesk.domain.rules.Conditions;
import com.pricedesk.domain.rules.Fact;
import com.pricedesk.domain.rules.FactCondition;
import com.pricedesk.domain.rules.MoveBy;
import com.pricedesk.domain.rules.Rule;
import com.pricedesk.domain.rules.RuleScope;
import com.pricedesk.domain.rules.SkuFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Shared test fixtures: a hero SKU, fresh facts and the seed rule of issue 5. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    public static final String US = "A1OURSELLER";
    /** landed $7.00, referral 15%, FBA $4.00: 20% margin needs $16.93, 0% needs $12.95. */
    public static final SimpleMarginPricing ECONOMICS = SimpleMarginPricing.of("7.00", "15", "4.00");

    private Fixtures() {
    }

    public static Sku sku(String id, Tier tier, String... tags) {
        return new Sku(id, "B0TEST0001", "Silicone spatula set", "硅胶铲", "home-and-kitchen", tier, List.of(tags),
                null, null);
    }

    public static Sku hero() {
        return sku("SPAT-01", Tier.HERO);
    }

    public static SkuFacts.Builder fresh(String price) {
        return SkuFacts.builder("SPAT-01").ownSellerId(US).snapshotAt(NOW.minusSeconds(600)).ourPrice(Money.usd(price))
                .landedCost(Money.usd("7.00"));
    }

    /** "if a competitor is at least 5% below us and BSR is within the top 10, lower our price 3%, but never below a 20% margin". */
    public static Rule seedRule() {
        return new Rule("follow-fba-undercut", "Follow FBA undercut", RuleScope.EVERY_SKU,
                Conditions.all(new FactCondition(Fact.COMPETITOR_GAP_PCT, Comparison.AT_LEAST, new BigDecimal("5")),
                        new FactCondition(Fact.BSR, Comparison.AT_MOST, new BigDecimal("10"))),
                CompetitorFilter.DEFAULT, new MoveBy(Adjustment.percent("-3")), Optional.of(new BigDecimal("20")), 100,
                true);
    }

    public static RepricingInput input(Sku sku, SkuFacts facts) {
        return new RepricingInput(sku, facts, Optional.of(ECONOMICS), KpiBook.defaults().forSku(sku), PriceLimits.NONE);
    }

    public static Repricer repricer(GuardrailSettings settings) {
        return new Repricer(new com.pricedesk.domain.rules.RuleEngine(), new Guardrails(settings));
    }

    public static Money usd(String v) {
        return Money.usd(v);
    }
}
