package com.pricedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.app.demo.DemoWorkspaceService;
import com.pricedesk.app.repricing.MarginPricingSource;
import com.pricedesk.app.repricing.MarketFactsSource;
import com.pricedesk.app.repricing.RepricingRun;
import com.pricedesk.app.repricing.RepricingService;
import com.pricedesk.app.repricing.UnknownSkuException;
import com.pricedesk.app.rules.StarterRules;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Fixtures;
import com.pricedesk.domain.pricing.GuardrailSettings;
import com.pricedesk.domain.pricing.Guardrails;
import com.pricedesk.domain.pricing.HoldReason;
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
import com.pricedesk.store.JdbiRuleSetRepository;
import com.pricedesk.store.JdbiSettingsRepository;
import com.pricedesk.store.JdbiSkuRepository;
import com.pricedesk.store.JdbiUnitOfWork;
import com.pricedesk.store.JsonRuleSetFormat;
import com.pricedesk.store.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repricing use case on a real demo workspace, with market facts and unit economics from in-memory fakes. */
class RepricingServiceTest {
    private static final Clock CLOCK = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workspace ws;
    private final Map<String, SkuFacts> facts = new HashMap<>();
    // Low costs, so the 20% margin floor sits below every demo price and the rule can move.
    private MarginPricingSource economics = sku -> Optional.of(SimpleMarginPricing.of("2.00", "15", "3.00"));
    private List<Sku> skus;

    @BeforeEach
    void demo() {
        ws = Workspace.open(dir, CLOCK);
        var jdbi = ws.jdbi();
        var format = new JsonRuleSetFormat();
        new DemoWorkspaceService(new JdbiSkuRepository(jdbi), new JdbiCostProfileRepository(jdbi),
                new JdbiPriceRepository(jdbi), new JdbiFxRateRepository(jdbi), new JdbiSettingsRepository(jdbi),
                new JdbiUnitOfWork(jdbi), new JdbiRuleSetRepository(jdbi, format), new JdbiKpiTargetRepository(jdbi),
                CLOCK).create(7, 20, false);
        skus = new JdbiSkuRepository(jdbi).findAll();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private RepricingService service() {
        var jdbi = ws.jdbi();
        MarketFactsSource market = requested -> {
            Map<String, SkuFacts> out = new HashMap<>();
            requested.forEach(s -> Optional.ofNullable(facts.get(s)).ifPresent(f -> out.put(s, f)));
            return out;
        };
        return new RepricingService(new JdbiSkuRepository(jdbi), new JdbiPriceRepository(jdbi),
                new JdbiCostProfileRepository(jdbi), new JdbiFxRateRepository(jdbi),
                new JdbiRuleSetRepository(jdbi, new JsonRuleSetFormat()), new JdbiKpiTargetRepository(jdbi),
                new JdbiPriceLimitRepository(jdbi), market, economics,
                new Repricer(new RuleEngine(), new Guardrails(GuardrailSettings.DEFAULTS)), CLOCK);
    }

    @Test
    void withoutMarketDataEverySkuIsHeldAndSaysSo() {
        RepricingRun run = service().dryRun(Optional.empty());
        assertThat(run.rules().version()).isEqualTo(1);
        assertThat(run.rules().rules()).containsExactly(StarterRules.followFbaUndercut());
        assertThat(run.decisions()).isEmpty();
        assertThat(run.held()).hasSize(20).allSatisfy(h -> {
            assertThat(h.hold()).isEqualTo(HoldReason.NO_MARKET_DATA);
            assertThat(h.reason().english()).isEqualTo("no market data yet");
            assertThat(h.oldPrice()).isPresent();
        });
        assertThat(run.ruleConflicts()).isEmpty();
    }

    @Test
    void theStarterRuleMovesTheUndercutTopTenSkuWithTheStoredPriceAndLandedCost() {
        Sku target = skus.get(3);
        Money price = new JdbiPriceRepository(ws.jdbi()).currentPrice(target.sellerSku()).orElseThrow();
        Money rival = Money.usd(price.amount().multiply(new BigDecimal("0.90")));
        // The snapshot lacks our price and landed cost: the service fills them from the workspace.
        facts.put(target.sellerSku(), SkuFacts.builder(target.sellerSku()).ownSellerId("ME").snapshotAt(Fixtures.NOW)
                .bsr(4).offer(Offer.of("A2RIVAL", rival, Channel.FBA)).offer(Offer.of("ME", Money.usd("0.01"), Channel.FBA))
                .build());
        RepricingRun run = service().dryRun(Optional.empty());
        assertThat(run.decisions()).hasSize(1);
        PriceDecision d = run.decisions().get(0);
        assertThat(d.sellerSku()).isEqualTo(target.sellerSku());
        assertThat(d.oldPrice()).isEqualTo(price);
        assertThat(d.ruleId()).isEqualTo(StarterRules.FOLLOW_FBA_UNDERCUT);
        assertThat(d.ruleSetVersion()).isEqualTo(1);
        assertThat(d.newPrice().amount()).isLessThan(price.amount());
        assertThat(d.reason().english()).startsWith("Rule 'Follow FBA undercut' v1: competitor at $");
        assertThat(run.held()).hasSize(19);
    }

    @Test
    void withoutUnitEconomicsAMovedSkuIsHeldBecauseTheFloorIsUnknown() {
        economics = sku -> Optional.empty();
        Sku target = skus.get(0);
        facts.put(target.sellerSku(), SkuFacts.builder(target.sellerSku()).snapshotAt(Fixtures.NOW).bsr(1)
                .offer(Offer.of("A2RIVAL", Money.usd("1.00"), Channel.FBA)).build());
        RepricingRun run = service().dryRun(Optional.of(target.sellerSku()));
        assertThat(run.held()).singleElement().satisfies(h -> assertThat(h.hold()).isEqualTo(HoldReason.NO_UNIT_ECONOMICS));
    }

    @Test
    void oneSkuOrAnUnknownSku() {
        assertThat(service().dryRun(Optional.of(skus.get(0).sellerSku())).held()).hasSize(1);
        assertThatThrownBy(() -> service().dryRun(Optional.of("NOPE"))).isInstanceOf(UnknownSkuException.class);
    }
}
