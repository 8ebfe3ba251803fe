package com.pricedesk.app.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.app.demo.DemoWorkspaceService;
import com.pricedesk.app.economics.EconomicsService;
import com.pricedesk.app.economics.FeeSettings;
import com.pricedesk.app.economics.FloorMargins;
import com.pricedesk.app.grid.GridLayoutService.ColumnChoice;
import com.pricedesk.app.repricing.MarketFactsSource;
import com.pricedesk.app.repricing.RepricingRun;
import com.pricedesk.app.repricing.RepricingService;
import com.pricedesk.app.repricing.UnitEconomicsMarginPricing;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.kpi.Kpi;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.GuardrailSettings;
import com.pricedesk.domain.pricing.Guardrails;
import com.pricedesk.domain.pricing.Repricer;
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
import com.pricedesk.store.fees.JdbiFeeScheduleRepository;
import com.pricedesk.store.fees.ShippedFeeTables;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid's services on a real 20-SKU demo workspace in H2, with market facts from an in-memory fake. */
class SkuGridServicesTest {
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workspace ws;
    private final Map<String, SkuFacts> facts = new HashMap<>();
    private List<Sku> skus;
    private SkuGridService grid;
    private CostEditService costEdits;
    private SelectionService selection;
    private GridLayoutService layout;
    private JdbiCostProfileRepository costs;
    private JdbiSkuRepository skuRepo;

    @BeforeEach
    void demo() {
        ws = Workspace.open(dir, CLOCK);
        var jdbi = ws.jdbi();
        var settings = new JdbiSettingsRepository(jdbi);
        skuRepo = new JdbiSkuRepository(jdbi);
        costs = new JdbiCostProfileRepository(jdbi);
        var prices = new JdbiPriceRepository(jdbi);
        var fx = new JdbiFxRateRepository(jdbi);
        var unitOfWork = new JdbiUnitOfWork(jdbi);
        var format = new JsonRuleSetFormat();
        var kpis = new JdbiKpiTargetRepository(jdbi);
        var limits = new JdbiPriceLimitRepository(jdbi);
        new DemoWorkspaceService(skuRepo, costs, prices, fx, settings, unitOfWork, new JdbiRuleSetRepository(jdbi, format),
                kpis, CLOCK).create(7, 20, false);
        skus = skuRepo.findAll();
        var economics = new EconomicsService(skuRepo, costs, prices, fx,
                new JdbiFeeScheduleRepository(jdbi, ShippedFeeTables.load()), new FeeSettings(settings),
                new FloorMargins(settings), CLOCK);
        MarketFactsSource market = requested -> {
            Map<String, SkuFacts> out = new HashMap<>();
            requested.forEach(s -> Optional.ofNullable(facts.get(s)).ifPresent(f -> out.put(s, f)));
            return out;
        };
        grid = new SkuGridService(skuRepo, costs, prices, fx, economics, kpis, limits, market,
                GuardrailSettings.DEFAULTS);
        costEdits = new CostEditService(costs, unitOfWork, grid);
        RepricingService repricing = new RepricingService(skuRepo, prices, costs, fx,
                new JdbiRuleSetRepository(jdbi, format), kpis, limits, market, new UnitEconomicsMarginPricing(economics),
                new Repricer(new RuleEngine(), new Guardrails(GuardrailSettings.DEFAULTS)), CLOCK);
        selection = new SelectionService(skuRepo, unitOfWork, grid, repricing);
        layout = new GridLayoutService(settings);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private SkuGridRow row(String sku) {
        return grid.rows().stream().filter(r -> r.sellerSku().equals(sku)).findFirst().orElseThrow();
    }

    @Test
    void everySkuHasItsEconomicsAndUnknownMarketFactsStayUnknown() {
        List<SkuGridRow> rows = grid.rows();
        assertThat(rows).hasSize(20);
        assertThat(rows).extracting(SkuGridRow::sellerSku).isSorted();
        SkuGridRow r = rows.get(0);
        assertThat(r.price()).isNotNull();
        assertThat(r.landedCost()).isNotNull();
        assertThat(r.fees().amount()).isPositive();
        // profit = price − landed cost − fees, to the cent
        assertThat(r.profit().amount()).isCloseTo(r.price().amount().subtract(r.landedCost().amount())
                .subtract(r.fees().amount()), org.assertj.core.data.Offset.offset(new BigDecimal("0.02")));
        assertThat(r.marginPct()).isNotNull();
        assertThat(r.roiPct()).isNotNull();
        assertThat(r.breakEven()).isNotNull();
        assertThat(r.floor()).isNotNull();
        assertThat(r.belowFloor()).isEqualTo(r.price().compareTo(r.floor()) < 0);
        assertThat(r.ceiling()).as("no manual or listing maximum: no ceiling shown").isNull();
        assertThat(r.buyBoxPrice()).isNull();
        assertThat(r.weHoldBuyBox()).isNull();
        assertThat(r.buyBoxLost()).isFalse();
        assertThat(r.lowestFba()).isNull();
        assertThat(r.bsr()).isNull();
        assertThat(r.daysOfCover()).isNull();
        assertThat(r.kpis()).filteredOn(k -> k.kpi() == Kpi.ACOS)
                .singleElement().satisfies(k -> assertThat(k.status()).isEqualTo(KpiStatus.UNKNOWN));
    }

    @Test
    void marketFactsGiveBuyBoxCompetitorsAndKpiStatus() {
        Sku sku = skus.get(2);
        Money ours = new JdbiPriceRepository(ws.jdbi()).currentPrice(sku.sellerSku()).orElseThrow();
        facts.put(sku.sellerSku(), SkuFacts.builder(sku.sellerSku()).ownSellerId("ME").snapshotAt(NOW)
                .ourPrice(ours).buyBoxPrice(Money.usd("9.49")).weHoldBuyBox(false)
                .offer(Offer.of("ME", Money.usd("0.50"), Channel.FBA))
                .offer(Offer.of("RIVAL1", Money.usd("9.49"), Channel.FBA))
                .offer(Offer.of("RIVAL2", Money.usd("12.00"), Channel.FBA))
                .offer(Offer.of("RIVAL3", Money.usd("8.25"), Channel.FBM))
                .bsr(1234).acosPct(new BigDecimal("95")).daysOfCover(new BigDecimal("12"))
                .conversionPct(new BigDecimal("30")).build());
        SkuGridRow r = row(sku.sellerSku());
        assertThat(r.buyBoxPrice()).isEqualTo(Money.usd("9.49"));
        assertThat(r.buyBoxLost()).isTrue();
        assertThat(r.lowestFba()).as("our own offer is never a competitor").isEqualTo(Money.usd("9.49"));
        assertThat(r.lowestFbm()).isEqualTo(Money.usd("8.25"));
        assertThat(r.bsr()).isEqualTo(1234);
        assertThat(r.acosPct()).isEqualByComparingTo("95");
        assertThat(r.kpiStatus()).isEqualTo(KpiStatus.BREACH);
        assertThat(r.kpisWith(KpiStatus.BREACH)).contains(Kpi.ACOS);
        assertThat(r.kpisWith(KpiStatus.OK)).contains(Kpi.CONVERSION, Kpi.DAYS_OF_COVER);
    }

    @Test
    void theRowQuotesTheCurrentPriceNotAnOlderSnapshotsFromBeforeAConfirmedChange() {
        Sku sku = skus.get(3);
        // the offers sync saw $25.00 before our change to $23.49 was confirmed (the current price)
        new JdbiPriceRepository(ws.jdbi(), CLOCK).saveAll(Map.of(sku.sellerSku(), Money.usd("23.49")));
        facts.put(sku.sellerSku(), SkuFacts.builder(sku.sellerSku()).ownSellerId("ME")
                .snapshotAt(NOW.minus(java.time.Duration.ofHours(2))).ourPrice(Money.usd("25.00"))
                .buyBoxPrice(Money.usd("25.00")).weHoldBuyBox(true).build());
        SkuGridRow r = row(sku.sellerSku());
        assertThat(r.price()).isEqualTo(Money.usd("23.49"));
        assertThat(r.profit().amount()).isCloseTo(new BigDecimal("23.49").subtract(r.landedCost().amount())
                .subtract(r.fees().amount()), org.assertj.core.data.Offset.offset(new BigDecimal("0.02")));
    }

    @Test
    void aCostEditIsStoredRecomputesTheRowAndUndoesExactly() {
        String sku = skus.get(0).sellerSku();
        SkuGridRow before = row(sku);
        CostProfile stored = costs.find(sku).orElseThrow();
        BigDecimal higher = stored.purchase().amount().add(new BigDecimal("10"));

        CostEdit edit = costEdits.edit(sku, EditableCost.PURCHASE, higher);
        assertThat(edit.before()).isEqualTo(stored.purchase());
        assertThat(edit.after().currency()).isEqualTo(stored.purchase().currency());
        assertThat(costs.find(sku).orElseThrow().purchase().amount()).isEqualByComparingTo(higher);
        assertThat(edit.row().landedCost()).isGreaterThan(before.landedCost());
        assertThat(edit.row().profit()).isLessThan(before.profit());
        assertThat(edit.row().floor()).isGreaterThan(before.floor());

        CostEdit undone = costEdits.edit(sku, EditableCost.PURCHASE, edit.before().amount());
        assertThat(costs.find(sku).orElseThrow()).isEqualTo(stored);
        assertThat(undone.row()).isEqualTo(before);
    }

    @Test
    void badCostEditsAreRefusedAndStoreNothing() {
        String sku = skus.get(1).sellerSku();
        CostProfile stored = costs.find(sku).orElseThrow();
        assertThatThrownBy(() -> costEdits.edit(sku, EditableCost.FREIGHT, new BigDecimal("-1")))
                .hasMessageContaining("Freight rate of " + sku + " must not be negative");
        assertThatThrownBy(() -> costEdits.edit(sku, EditableCost.PACKAGING, new BigDecimal("1.23456")))
                .hasMessageContaining("more than 4 decimals");
        assertThatThrownBy(() -> costEdits.edit(sku, EditableCost.PURCHASE, BigDecimal.ZERO))
                .hasMessageContaining("above zero");
        assertThatThrownBy(() -> costEdits.edit("NO-SUCH-SKU", EditableCost.PURCHASE, BigDecimal.ONE))
                .hasMessageContaining("NO-SUCH-SKU has no cost profile");
        assertThat(costs.find(sku).orElseThrow()).isEqualTo(stored);
    }

    @Test
    void selectionMovesTierAndTagsInOneGoAndRecomputesTheFloor() {
        List<String> two = skus.stream().filter(s -> s.tier() != Tier.CLEARANCE).limit(2).map(Sku::sellerSku).toList();
        Map<String, Money> floorsBefore = new HashMap<>();
        two.forEach(s -> floorsBefore.put(s, row(s).floor()));

        List<SkuGridRow> moved = selection.moveTier(two, Tier.CLEARANCE);
        assertThat(moved).extracting(SkuGridRow::tier).containsOnly(Tier.CLEARANCE);
        assertThat(two).allSatisfy(s -> assertThat(skuRepo.find(s).orElseThrow().tier()).isEqualTo(Tier.CLEARANCE));
        // Clearance accepts a bounded loss: its floor sits below any margin-earning tier's.
        assertThat(moved).allSatisfy(r -> assertThat(r.floor()).isLessThan(floorsBefore.get(r.sellerSku())));

        selection.addTag(two, " black-friday ");
        assertThat(two).allSatisfy(s -> assertThat(skuRepo.find(s).orElseThrow().tags()).contains("black-friday"));
        selection.addTag(two, "BLACK-FRIDAY");
        assertThat(skuRepo.find(two.get(0)).orElseThrow().tags()).filteredOn(t -> t.equalsIgnoreCase("black-friday"))
                .hasSize(1);
        List<SkuGridRow> untagged = selection.removeTag(two, "Black-Friday");
        assertThat(untagged).allSatisfy(r -> assertThat(r.tags()).doesNotContain("black-friday"));
        assertThatThrownBy(() -> selection.addTag(two, "a,b")).hasMessageContaining("comma");
        assertThatThrownBy(() -> selection.moveTier(List.of(two.get(0), "NO-SUCH"), Tier.HERO))
                .hasMessageContaining("NO-SUCH");
        assertThat(skuRepo.find(two.get(0)).orElseThrow().tier()).as("all or nothing").isEqualTo(Tier.CLEARANCE);
    }

    @Test
    void rulesRunOverTheSelectionOnly() {
        List<String> two = List.of(skus.get(3).sellerSku(), skus.get(4).sellerSku());
        RepricingRun run = selection.runRules(two);
        assertThat(run.decisions().size() + run.held().size() + run.conflicts().size() + run.unchanged().size())
                .isEqualTo(2);
    }

    @Test
    void columnsAreRememberedAndADamagedSettingIsIgnored() {
        assertThat(layout.load()).isEmpty();
        layout.save(List.of(new ColumnChoice("price", true), new ColumnChoice("sku", true),
                new ColumnChoice("title", false)));
        assertThat(layout.load()).contains(List.of(new ColumnChoice("price", true), new ColumnChoice("sku", true),
                new ColumnChoice("title", false)));
        new JdbiSettingsRepository(ws.jdbi()).put(GridLayoutService.KEY, "price;drop table");
        assertThat(layout.load()).isEmpty();
        assertThatThrownBy(() -> layout.save(List.of(new ColumnChoice("a,b", true))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
