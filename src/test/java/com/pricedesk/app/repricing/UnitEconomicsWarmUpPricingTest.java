package com.pricedesk.app.repricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.economics.EconomicsService;
import com.pricedesk.app.economics.FeeSettings;
import com.pricedesk.app.economics.FloorMargins;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.GuardrailSettings;
import com.pricedesk.domain.pricing.Guardrails;
import com.pricedesk.domain.pricing.MarginPricing;
import com.pricedesk.domain.pricing.PriceDecision;
import com.pricedesk.domain.pricing.Repricer;
import com.pricedesk.domain.pricing.RepricingInput;
import com.pricedesk.domain.pricing.RepricingOutcome;
import com.pricedesk.domain.rules.RuleEngine;
import com.pricedesk.store.JdbiCostProfileRepository;
import com.pricedesk.store.JdbiFxRateRepository;
import com.pricedesk.store.JdbiPriceRepository;
import com.pricedesk.store.JdbiSettingsRepository;
import com.pricedesk.store.JdbiSkuRepository;
import com.pricedesk.store.Workspace;
import com.pricedesk.store.fees.JdbiFeeScheduleRepository;
import com.pricedesk.store.fees.ShippedFeeTables;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's warm-up prices its synthetic SKUs with the real fee tables, through the real class. */
class UnitEconomicsWarmUpPricingTest {
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Workspace ws;

    @AfterEach
    void close() {
        if (ws != null) {
            ws.close();
        }
    }

    @Test
    void syntheticSkusGetFeeAwareEconomicsOfTheClassTheRealPassesUse() {
        ws = Workspace.open(dir, CLOCK);
        var jdbi = ws.jdbi();
        var settings = new JdbiSettingsRepository(jdbi);
        EconomicsService economics = new EconomicsService(new JdbiSkuRepository(jdbi), new JdbiCostProfileRepository(jdbi),
                new JdbiPriceRepository(jdbi), new JdbiFxRateRepository(jdbi),
                new JdbiFeeScheduleRepository(jdbi, ShippedFeeTables.load()), new FeeSettings(settings),
                new FloorMargins(settings), CLOCK);
        WarmUpPricing pricing = new UnitEconomicsWarmUpPricing(economics);

        List<RepricingInput> shop = EngineWarmUp.shop(400, NOW, new SplittableRandom(3), pricing);

        for (RepricingInput in : shop) {
            MarginPricing p = in.pricing().orElseThrow();
            // the same class as UnitEconomicsMarginPricing hands the engine, so the JIT's profile carries over
            assertThat(p.getClass().getName()).isEqualTo(UnitEconomicsMarginPricing.class.getName() + "$Pricing");
            Money at25 = p.priceForMargin(new BigDecimal("25")).orElseThrow();
            assertThat(p.marginAt(at25).orElseThrow()).isGreaterThanOrEqualTo(new BigDecimal("25"));
            // fees, not only the landed cost, are in it: 25 % margin needs more than landed ÷ 0.75
            BigDecimal landedOnly = in.facts().landedCost().orElseThrow().amount()
                    .divide(new BigDecimal("0.75"), 2, java.math.RoundingMode.CEILING);
            assertThat(at25.amount()).isGreaterThan(landedOnly);
        }
        Repricer repricer = new Repricer(new RuleEngine(), new Guardrails(GuardrailSettings.DEFAULTS));
        List<RepricingOutcome> out = repricer.evaluateAll(EngineWarmUp.rules(NOW), shop, NOW);
        assertThat(out).hasAtLeastOneElementOfType(PriceDecision.class);
    }
}
