package com.pricedesk.app.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.demo.DemoWorkspaceService;
import com.pricedesk.app.economics.EconomicsService;
import com.pricedesk.app.economics.FeeSettings;
import com.pricedesk.app.economics.FloorMargins;
import com.pricedesk.app.repricing.MarketFactsSource;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.kpi.Kpi;
import com.pricedesk.domain.kpi.KpiCalculator;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.kpi.KpiValue;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.PriceLimits;
import com.pricedesk.domain.rules.Channel;
import com.pricedesk.domain.rules.Offer;
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
import com.pricedesk.store.fees.JdbiFeeScheduleRepository;
import com.pricedesk.store.fees.ShippedFeeTables;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** KPI status per SKU: the overall status table, and the service on a real demo workspace with given facts. */
class KpiStatusServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Workspace ws;
    private final Map<String, SkuFacts> facts = new HashMap<>();
    private final List<Integer> marketCalls = new ArrayList<>();
    private KpiStatusService service;
    private List<Sku> skus;

    static Stream<Arguments> overallTable() {
        return Stream.of(
                Arguments.of(List.of(), KpiStatus.UNKNOWN),
                Arguments.of(List.of(KpiStatus.UNKNOWN, KpiStatus.UNKNOWN), KpiStatus.UNKNOWN),
                Arguments.of(List.of(KpiStatus.OK, KpiStatus.UNKNOWN), KpiStatus.OK),
                Arguments.of(List.of(KpiStatus.OK, KpiStatus.WARNING, KpiStatus.UNKNOWN), KpiStatus.WARNING),
                Arguments.of(List.of(KpiStatus.WARNING, KpiStatus.BREACH, KpiStatus.OK), KpiStatus.BREACH),
                Arguments.of(List.of(KpiStatus.UNKNOWN, KpiStatus.BREACH), KpiStatus.BREACH));
    }

    @ParameterizedTest
    @MethodSource("overallTable")
    void theOverallStatusIsTheWorstKnownOne(List<KpiStatus> statuses, KpiStatus expected) {
        List<KpiValue> values = statuses.stream()
                .map(s -> new KpiValue(Kpi.CONVERSION, s == KpiStatus.UNKNOWN ? Optional.empty()
                        : Optional.of(BigDecimal.ONE), BigDecimal.TEN, s))
                .toList();
        assertThat(SkuKpiStatus.overall(values)).isEqualTo(expected);
    }

    @Test
    void theCurrentPriceComesBeforeTheSnapshotsWhichCanPredateAConfirmedChange() {
        SkuFacts seen = SkuFacts.builder("A-1").ownSellerId("ME").snapshotAt(NOW).ourPrice(Money.usd("25.00")).build();
        assertThat(KpiStatusService.complete(seen, "A-1", Money.usd("23.49"), null).ourPrice())
                .contains(Money.usd("23.49"));
        assertThat(KpiStatusService.complete(seen, "A-1", null, null).ourPrice()).contains(Money.usd("25.00"));
    }

    @BeforeEach
    void demo() {
        ws = Workspace.open(dir, CLOCK);
        var jdbi = ws.jdbi();
        var skuRepo = new JdbiSkuRepository(jdbi);
        var costs = new JdbiCostProfileRepository(jdbi);
        var prices = new JdbiPriceRepository(jdbi);
        var fx = new JdbiFxRateRepository(jdbi);
        var settings = new JdbiSettingsRepository(jdbi);
        var kpis = new JdbiKpiTargetRepository(jdbi);
        new DemoWorkspaceService(skuRepo, costs, prices, fx, settings, new JdbiUnitOfWork(jdbi),
                new JdbiRuleSetRepository(jdbi, new JsonRuleSetFormat()), kpis, CLOCK).create(7, 20, false);
        skus = skuRepo.findAll();
        EconomicsService economics = new EconomicsService(skuRepo, costs, prices, fx,
                new JdbiFeeScheduleRepository(jdbi, ShippedFeeTables.load()), new FeeSettings(settings),
                new FloorMargins(settings), CLOCK);
        MarketFactsSource market = requested -> {
            marketCalls.add(requested.size());
            Map<String, SkuFacts> out = new HashMap<>();
            requested.forEach(s -> Optional.ofNullable(facts.get(s)).ifPresent(f -> out.put(s, f)));
            return out;
        };
        new JdbiPriceLimitRepository(jdbi).save(skus.get(1).sellerSku(),
                new PriceLimits(Optional.of(Money.usd("9.99")), Optional.of(Money.usd("49.99"))));
        service = new KpiStatusService(skuRepo, prices, costs, kpis, new JdbiPriceLimitRepository(jdbi), market,
                economics, KpiCalculator.withDefaultTolerance(), CLOCK);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void allSkusInOneCallWithOneReadOfTheMarket() {
        Map<String, SkuKpiStatus> all = service.all();
        assertThat(all.keySet()).containsExactlyElementsOf(skus.stream().map(Sku::sellerSku).toList());
        assertThat(marketCalls).containsExactly(20);
        assertThat(all.get(skus.get(1).sellerSku()).limits().manualMax()).contains(Money.usd("49.99"));
    }

    @Test
    void withoutMarketFactsOnlyTheMarginIsKnownAndTheRestIsUnknownNotZero() {
        Sku sku = skus.get(0);
        SkuKpiStatus s = service.forSku(sku.sellerSku()).orElseThrow();
        assertThat(s.dataAsOf()).isEmpty();
        assertThat(s.buyBoxPrice()).isEmpty();
        assertThat(s.lowestCompetitorPrice()).isEmpty();
        assertThat(s.value(Kpi.MARGIN).orElseThrow().value()).isPresent();
        assertThat(s.value(Kpi.ROI).orElseThrow().value()).isPresent();
        for (Kpi k : List.of(Kpi.DAYS_OF_COVER, Kpi.CONVERSION, Kpi.ACOS, Kpi.TACOS, Kpi.BUY_BOX_SHARE)) {
            assertThat(s.value(k).orElseThrow().status()).as(k.name()).isEqualTo(KpiStatus.UNKNOWN);
        }
        assertThat(s.overall()).isNotEqualTo(KpiStatus.UNKNOWN);
        assertThat(s.facts().landedCost()).isPresent();
    }

    @Test
    void marketFactsDriveTheKpisAndOurOwnOfferIsNeverTheLowestCompetitor() {
        Sku sku = skus.stream().filter(s -> s.tier() == Tier.REGULAR).findFirst().orElseThrow();
        facts.put(sku.sellerSku(), SkuFacts.builder(sku.sellerSku()).ownSellerId("ME").snapshotAt(NOW)
                .buyBoxPrice(Money.usd("19.99")).offer(Offer.of("ME", Money.usd("5.00"), Channel.FBA))
                .offer(Offer.of("ARIVAL", Money.usd("18.49"), Channel.FBM))
                // Regular targets: conversion ≥ 8%, ACoS ≤ 25%, BSR ≤ 5,000, days of cover ≤ 90.
                .conversionPct(new BigDecimal("12")).acosPct(new BigDecimal("26")).bsr(40_000)
                .daysOfCover(new BigDecimal("30")).build());

        SkuKpiStatus s = service.forSkus(List.of(sku)).get(sku.sellerSku());

        assertThat(s.dataAsOf()).contains(NOW);
        assertThat(s.lowestCompetitorPrice()).contains(Money.usd("18.49"));
        assertThat(s.value(Kpi.CONVERSION).orElseThrow().status()).isEqualTo(KpiStatus.OK);
        assertThat(s.value(Kpi.ACOS).orElseThrow().status()).isEqualTo(KpiStatus.WARNING);
        assertThat(s.value(Kpi.BSR).orElseThrow().status()).isEqualTo(KpiStatus.BREACH);
        assertThat(s.value(Kpi.DAYS_OF_COVER).orElseThrow().status()).isEqualTo(KpiStatus.OK);
        assertThat(s.overall()).isEqualTo(KpiStatus.BREACH);
        // Our price was not in the snapshot: the workspace's current price is used.
        assertThat(s.facts().ourPrice()).isPresent();
    }

    @Test
    void anUnknownSkuHasNoStatus() {
        assertThat(service.forSku("NO-SUCH-SKU")).isEmpty();
        assertThat(service.forSellerSkus(List.of("NO-SUCH-SKU"))).isEmpty();
    }
}
