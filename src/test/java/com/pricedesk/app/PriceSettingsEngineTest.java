package com.pricedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.demo.DemoWorkspaceService;
import com.pricedesk.app.repricing.MarketFactsSource;
import com.pricedesk.app.repricing.PriceSettingField;
import com.pricedesk.app.repricing.PriceSettingsService;
import com.pricedesk.app.repricing.RepricingService;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Fixtures;
import com.pricedesk.domain.pricing.Guardrail;
import com.pricedesk.domain.pricing.GuardrailSettings;
import com.pricedesk.domain.pricing.Guardrails;
import com.pricedesk.domain.pricing.PriceDecision;
import com.pricedesk.domain.pricing.Repricer;
import com.pricedesk.domain.pricing.SimpleMarginPricing;
import com.pricedesk.domain.rules.Channel;
import com.pricedesk.domain.rules.Offer;
import com.pricedesk.domain.rules.RuleEngine;
import com.pricedesk.domain.rules.SkuFacts;
import com.pricedesk.store.JdbiCostProfileRepository;
import com.pricedesk.store.JdbiFxRateRepository;
import com.pricedesk.store.JdbiKpiTargetRepository;
import com.pricedesk.store.JdbiPriceLimitRepository;
import com.pricedesk.store.JdbiPriceRepository;
import com.pricedesk.store.JdbiReferencePriceRepository;
import com.pricedesk.store.JdbiRuleSetRepository;
import com.pricedesk.store.JdbiSettingsRepository;
import com.pricedesk.store.JdbiSkuRepository;
import com.pricedesk.store.JdbiUnitOfWork;
import com.pricedesk.store.JsonRuleSetFormat;
import com.pricedesk.store.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seller's manual minimum and maximum, set through {@link PriceSettingsService} as the grid and
 * {@code skus limits} set them, reach the engine's guardrails: a minimum above the margin floor raises
 * the floor of a decision, a maximum lowers its ceiling.
 */
class PriceSettingsEngineTest {
    private static final Clock CLOCK = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workspace ws;
    private Sku target;
    private Money price;
    private PriceSettingsService settings;

    @BeforeEach
    void demo() {
        ws = Workspace.open(dir, CLOCK);
        var jdbi = ws.jdbi();
        new DemoWorkspaceService(new JdbiSkuRepository(jdbi), new JdbiCostProfileRepository(jdbi),
                new JdbiPriceRepository(jdbi), new JdbiFxRateRepository(jdbi), new JdbiSettingsRepository(jdbi),
                new JdbiUnitOfWork(jdbi), new JdbiRuleSetRepository(jdbi, new JsonRuleSetFormat()),
                new JdbiKpiTargetRepository(jdbi), CLOCK).create(7, 20, false);
        target = new JdbiSkuRepository(jdbi).findAll().get(3);
        price = new JdbiPriceRepository(jdbi).currentPrice(target.sellerSku()).orElseThrow();
        settings = new PriceSettingsService(new JdbiSkuRepository(jdbi), new JdbiPriceLimitRepository(jdbi),
                new JdbiReferencePriceRepository(jdbi), new com.pricedesk.store.JdbiPriceRepository(jdbi, CLOCK),
                new JdbiUnitOfWork(jdbi),
                GuardrailSettings.DEFAULTS.sanityMaxPrice(), CLOCK);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** The starter rule's case: a competitor 10% below us, BSR 4, so the rule lowers our price 3%. */
    private PriceDecision decide() {
        var jdbi = ws.jdbi();
        Money rival = Money.usd(price.amount().multiply(new BigDecimal("0.90")).setScale(2, RoundingMode.HALF_UP));
        SkuFacts facts = SkuFacts.builder(target.sellerSku()).ownSellerId("ME").snapshotAt(Fixtures.NOW).bsr(4)
                .offer(Offer.of("A2RIVAL", rival, Channel.FBA)).build();
        MarketFactsSource market = requested -> requested.contains(target.sellerSku())
                ? Map.of(target.sellerSku(), facts) : Map.of();
        // low costs: the 20% margin floor sits far below the demo price
        RepricingService service = new RepricingService(new JdbiSkuRepository(jdbi), new JdbiPriceRepository(jdbi),
                new JdbiCostProfileRepository(jdbi), new JdbiFxRateRepository(jdbi),
                new JdbiRuleSetRepository(jdbi, new JsonRuleSetFormat()), new JdbiKpiTargetRepository(jdbi),
                new JdbiPriceLimitRepository(jdbi), market, sku -> Optional.of(SimpleMarginPricing.of("2.00", "15", "3.00")),
                new Repricer(new RuleEngine(), new Guardrails(GuardrailSettings.DEFAULTS)), CLOCK);
        var run = service.dryRun(Optional.of(target.sellerSku()));
        assertThat(run.decisions()).as("held: %s", run.held()).hasSize(1);
        return run.decisions().get(0);
    }

    private BigDecimal pct(String factor) {
        return price.amount().multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void aManualMinimumAboveTheMarginFloorRaisesTheFloorOfTheDecision() {
        PriceDecision free = decide();
        assertThat(free.newPrice().amount()).isLessThan(pct("0.98"));
        assertThat(free.clampedBy()).doesNotContain(Guardrail.FLOOR_MANUAL_MIN);

        BigDecimal min = pct("0.98");
        assertThat(min).isGreaterThan(free.floor().amount());
        settings.set(target.sellerSku(), PriceSettingField.MIN, Optional.of(min));
        PriceDecision held = decide();
        assertThat(held.floor()).isEqualTo(Money.usd(min));
        assertThat(held.newPrice().amount()).isGreaterThanOrEqualTo(min);
        assertThat(held.clampedBy()).contains(Guardrail.FLOOR_MANUAL_MIN);
    }

    @Test
    void aManualMaximumLowersTheCeiling() {
        PriceDecision free = decide();
        assertThat(free.ceiling().amount()).isGreaterThan(price.amount());

        BigDecimal max = pct("0.95");
        settings.set(target.sellerSku(), PriceSettingField.MAX, Optional.of(max));
        PriceDecision capped = decide();
        assertThat(capped.ceiling()).isEqualTo(Money.usd(max));
        assertThat(capped.newPrice().amount()).isLessThanOrEqualTo(max);
        assertThat(capped.clampedBy()).contains(Guardrail.CEILING_MANUAL_MAX);
    }
}
