package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.grid.CostEdit;
import com.pricedesk.app.grid.EditableCost;
import com.pricedesk.app.grid.GridLayoutService.ColumnChoice;
import com.pricedesk.app.grid.SkuGridRow;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.repricing.RepricingRun;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.kpi.Kpi;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.kpi.KpiValue;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.rules.RuleSet;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import com.pricedesk.ui.skus.GridColumn;
import com.pricedesk.ui.skus.GridRow;
import com.pricedesk.ui.skus.SkuGridBackend;
import com.pricedesk.ui.skus.SkuGridViewModel;
import com.pricedesk.ui.skus.SkuGridViewModel.ColumnState;
import com.pricedesk.ui.skus.SkuGridViewModel.SortKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The grid's state, filters, columns, cost edits with undo and selection actions, without a scene graph. */
class SkuGridViewModelTest {

    static SkuGridRow row(String sku, String title, String local, Tier tier, List<String> tags, String price,
                          String purchaseCny, Boolean weHoldBuyBox, boolean belowFloor, KpiStatus kpi) {
        Money p = price == null ? null : Money.usd(price);
        Money purchase = purchaseCny == null ? null : Money.cny(purchaseCny);
        // Landed cost follows the purchase price (CNY at 7.20) so an edit visibly changes the economics.
        Money landed = purchase == null ? null
                : Money.usd(purchase.amount().divide(new BigDecimal("7.20"), 2, java.math.RoundingMode.HALF_UP)
                        .add(new BigDecimal("1.00")));
        List<KpiValue> kpis = kpi == null ? List.of()
                : List.of(new KpiValue(Kpi.ACOS, Optional.of(BigDecimal.TEN), new BigDecimal("25"), kpi));
        return new SkuGridRow(sku, "B0" + sku.hashCode(), title, local, "Home and Kitchen", tier, tags, purchase,
                purchase == null ? null : Money.cny("12"), purchase == null ? null : FreightBasis.PER_KG,
                purchase == null ? null : Money.usd("0.10"), p,
                weHoldBuyBox == null ? null : Money.usd("9.99"), weHoldBuyBox, null, null, landed, null, null, null,
                null, null, Money.usd("9.00"), null, belowFloor, null, null, null, null, null, null, kpis,
                kpi == null ? KpiStatus.UNKNOWN : kpi);
    }

    /** The app services as an in-memory map, recording what the grid asked of them. */
    static final class FakeBackend implements SkuGridBackend {
        final Map<String, SkuGridRow> rows = new LinkedHashMap<>();
        final List<String> calls = new ArrayList<>();
        Optional<List<ColumnChoice>> storedColumns = Optional.empty();
        RuntimeException failNext;

        FakeBackend(List<SkuGridRow> initial) {
            initial.forEach(r -> rows.put(r.sellerSku(), r));
        }

        private void maybeFail() {
            if (failNext != null) {
                RuntimeException e = failNext;
                failNext = null;
                throw e;
            }
        }

        @Override
        public List<SkuGridRow> rows() {
            maybeFail();
            return List.copyOf(rows.values());
        }

        /** The rows kept from a last session, if any. */
        Optional<List<SkuGridRow>> cached = Optional.empty();

        @Override
        public Optional<List<SkuGridRow>> cachedRows() {
            return cached;
        }

        @Override
        public CostEdit editCost(String sellerSku, EditableCost field, BigDecimal amount) {
            maybeFail();
            calls.add("edit " + sellerSku + " " + field + " " + amount.toPlainString());
            SkuGridRow r = rows.get(sellerSku);
            Money before = r.costs().get(field);
            Money after = new Money(amount, before.currency());
            SkuGridRow changed = field == EditableCost.PURCHASE
                    ? row(r.sellerSku(), r.title(), r.localTitle(), r.tier(), r.tags(),
                    r.price().amount().toPlainString(), amount.toPlainString(), r.weHoldBuyBox(), r.belowFloor(),
                    r.kpiStatus())
                    : r;
            rows.put(sellerSku, changed);
            return new CostEdit(sellerSku, field, before, after, changed);
        }

        private List<SkuGridRow> change(Collection<String> skus, java.util.function.UnaryOperator<SkuGridRow> f) {
            maybeFail();
            List<SkuGridRow> out = new ArrayList<>();
            for (String s : skus) {
                SkuGridRow r = f.apply(rows.get(s));
                rows.put(s, r);
                out.add(r);
            }
            return out;
        }

        private static SkuGridRow with(SkuGridRow r, Tier tier, List<String> tags) {
            return new SkuGridRow(r.sellerSku(), r.asin(), r.title(), r.localTitle(), r.category(), tier, tags,
                    r.purchase(), r.freightRate(), r.freightBasis(), r.packaging(), r.price(), r.buyBoxPrice(), r.weHoldBuyBox(),
                    r.lowestFba(), r.lowestFbm(), r.landedCost(), r.fees(), r.profit(), r.marginPct(), r.roiPct(),
                    r.breakEven(), r.floor(), r.ceiling(), r.belowFloor(), r.daysOfCover(), r.inventoryAgeDays(),
                    r.conversionPct(), r.acosPct(), r.tacosPct(), r.bsr(), r.kpis(), r.kpiStatus());
        }

        @Override
        public List<SkuGridRow> moveTier(Collection<String> skus, Tier tier) {
            calls.add("tier " + skus + " " + tier);
            return change(skus, r -> with(r, tier, r.tags()));
        }

        @Override
        public List<SkuGridRow> addTag(Collection<String> skus, String tag) {
            calls.add("tag+ " + skus + " " + tag);
            return change(skus, r -> {
                List<String> t = new ArrayList<>(r.tags());
                t.add(tag.strip());
                return with(r, r.tier(), t);
            });
        }

        @Override
        public List<SkuGridRow> removeTag(Collection<String> skus, String tag) {
            calls.add("tag- " + skus + " " + tag);
            return change(skus, r -> with(r, r.tier(), r.tags().stream().filter(t -> !t.equals(tag)).toList()));
        }

        @Override
        public RepricingRun runRules(Collection<String> skus) {
            calls.add("rules " + skus);
            return new RepricingRun(Instant.EPOCH, RuleSet.empty(), List.of(), List.of(), List.of(), List.of(),
                    List.of());
        }

        @Override
        public Optional<List<ColumnChoice>> loadColumns() {
            return storedColumns;
        }

        @Override
        public void saveColumns(List<ColumnChoice> columns) {
            storedColumns = Optional.of(List.copyOf(columns));
        }
    }

    private final FakeBackend backend = new FakeBackend(List.of(
            row("KT-SPAT-3P-BLK", "Silicone Spatula Set (3 Piece, Black)", "硅胶铲套装 3件套 黑色", Tier.HERO,
                    List.of("gift"), "11.99", "18.50", true, false, KpiStatus.OK),
            row("EA-USBC-3FT-2P", "USB C to USB C Cable (3ft, 2 Pack)", "编织快充数据线 1米 2条装", Tier.REGULAR,
                    List.of("sea-freight"), "9.99", "6.20", false, true, KpiStatus.BREACH),
            row("EA-USBC-6FT-2P", "USB C to USB C Cable (6ft, 2 Pack)", "编织快充数据线 2米 2条装", Tier.LAUNCH,
                    List.of("air-freight", "gift"), null, null, null, false, null)));

    private SkuGridViewModel loaded(Messages msg) {
        SkuGridViewModel vm = new SkuGridViewModel(backend, new CurrentThreadTaskExecutor(), msg);
        vm.load();
        return vm;
    }

    private static List<String> skus(SkuGridViewModel vm) {
        return vm.rows().stream().map(GridRow::sellerSku).toList();
    }

    @Test
    void textFilterMatchesSkuTitleLocalNameAndTagsWithAllWords() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        assertThat(vm.rows()).hasSize(3);
        assertThat(vm.countTextProperty().get()).isEqualTo("3 SKUs");

        vm.filterTextProperty().set("usbc");
        assertThat(skus(vm)).containsExactly("EA-USBC-3FT-2P", "EA-USBC-6FT-2P");
        assertThat(vm.countTextProperty().get()).isEqualTo("2 of 3 SKUs");

        vm.filterTextProperty().set("数据线 2米");
        assertThat(skus(vm)).containsExactly("EA-USBC-6FT-2P");

        vm.filterTextProperty().set("GIFT");
        assertThat(skus(vm)).containsExactly("KT-SPAT-3P-BLK", "EA-USBC-6FT-2P");

        vm.filterTextProperty().set("  ");
        assertThat(vm.rows()).hasSize(3);
    }

    @Test
    void filtersCombine() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        assertThat(vm.tags()).containsExactly("air-freight", "gift", "sea-freight");

        vm.tagFilterProperty().set("gift");
        assertThat(skus(vm)).containsExactly("KT-SPAT-3P-BLK", "EA-USBC-6FT-2P");
        vm.tierFilterProperty().set(Tier.LAUNCH);
        assertThat(skus(vm)).containsExactly("EA-USBC-6FT-2P");
        assertThat(vm.countTextProperty().get()).isEqualTo("1 of 3 SKUs");
        vm.tierFilterProperty().set(null);
        vm.tagFilterProperty().set(null);

        vm.kpiFilterProperty().set(KpiStatus.BREACH);
        assertThat(skus(vm)).containsExactly("EA-USBC-3FT-2P");
        vm.kpiFilterProperty().set(KpiStatus.UNKNOWN);
        assertThat(skus(vm)).as("no KPI values: unknown").containsExactly("EA-USBC-6FT-2P");
        vm.kpiFilterProperty().set(null);

        vm.belowFloorOnlyProperty().set(true);
        assertThat(skus(vm)).containsExactly("EA-USBC-3FT-2P");
        vm.belowFloorOnlyProperty().set(false);
        vm.buyBoxLostOnlyProperty().set(true);
        assertThat(skus(vm)).as("unknown holder is not lost").containsExactly("EA-USBC-3FT-2P");
        vm.filterTextProperty().set("spat");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.countTextProperty().get()).isEqualTo("0 of 3 SKUs");
    }

    @Test
    void whileFilteredARowWhoseFiguresChangeIsAskedAfreshByEditsAndByReloads() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        vm.sortBy(List.of(new SortKey(GridColumn.SKU, false)));
        vm.tierFilterProperty().set(Tier.LAUNCH);
        assertThat(skus(vm)).containsExactly("EA-USBC-6FT-2P");

        vm.moveTier(List.of("KT-SPAT-3P-BLK"), Tier.LAUNCH); // an edit: a new row in the same place
        assertThat(skus(vm)).containsExactly("KT-SPAT-3P-BLK", "EA-USBC-6FT-2P");
        vm.moveTier(List.of("EA-USBC-6FT-2P"), Tier.REGULAR);
        assertThat(skus(vm)).containsExactly("KT-SPAT-3P-BLK");

        // A reload with fresh figures updates the same row objects in place: their answers are asked again too.
        SkuGridRow r = backend.rows.get("EA-USBC-3FT-2P");
        backend.rows.put(r.sellerSku(), row(r.sellerSku(), r.title(), r.localTitle(), Tier.LAUNCH, r.tags(),
                r.price().amount().toPlainString(), r.purchase().amount().toPlainString(), r.weHoldBuyBox(),
                r.belowFloor(), r.kpiStatus()));
        vm.load();
        assertThat(skus(vm)).containsExactly("KT-SPAT-3P-BLK", "EA-USBC-3FT-2P");
        vm.tierFilterProperty().set(null);
        assertThat(skus(vm)).containsExactly("KT-SPAT-3P-BLK", "EA-USBC-6FT-2P", "EA-USBC-3FT-2P");
    }

    @Test
    void aDashboardSubsetLimitsTheGridAloneOrWithTheOtherFilters() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        vm.showOnly("KPI: Breach", List.of("EA-USBC-3FT-2P", "KT-SPAT-3P-BLK"));
        assertThat(vm.subsetLabelProperty().get()).isEqualTo("KPI: Breach");
        assertThat(skus(vm)).containsExactly("KT-SPAT-3P-BLK", "EA-USBC-3FT-2P");

        vm.filterTextProperty().set("usbc");
        assertThat(skus(vm)).containsExactly("EA-USBC-3FT-2P");

        vm.clearSubset();
        assertThat(vm.subsetLabelProperty().get()).isEmpty();
        assertThat(skus(vm)).containsExactly("EA-USBC-3FT-2P", "EA-USBC-6FT-2P");
    }

    @Test
    void sortsByPrecomputedValuesWithUnknownLastBothWays() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        vm.sortBy(List.of(new SortKey(GridColumn.PRICE, true)));
        assertThat(skus(vm)).containsExactly("EA-USBC-3FT-2P", "KT-SPAT-3P-BLK", "EA-USBC-6FT-2P");
        vm.sortBy(List.of(new SortKey(GridColumn.PRICE, false)));
        assertThat(skus(vm)).containsExactly("KT-SPAT-3P-BLK", "EA-USBC-3FT-2P", "EA-USBC-6FT-2P");
        vm.sortBy(List.of(new SortKey(GridColumn.KPI, true)));
        assertThat(skus(vm).get(0)).as("breaches first").isEqualTo("EA-USBC-3FT-2P");
        vm.sortBy(List.of(new SortKey(GridColumn.TIER, true), new SortKey(GridColumn.SKU, false)));
        assertThat(skus(vm)).containsExactly("KT-SPAT-3P-BLK", "EA-USBC-3FT-2P", "EA-USBC-6FT-2P");
        vm.sortBy(List.of());
        assertThat(skus(vm)).containsExactly("KT-SPAT-3P-BLK", "EA-USBC-3FT-2P", "EA-USBC-6FT-2P");
    }

    @Test
    void columnChoicesAreRememberedAndRestored() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        assertThat(vm.columns()).extracting(ColumnState::column).startsWith(GridColumn.SKU, GridColumn.TITLE);
        assertThat(backend.storedColumns).as("nothing stored until the seller changes something").isEmpty();

        state(vm, GridColumn.TITLE).visibleProperty().set(false);
        assertThat(backend.storedColumns.orElseThrow()).contains(new ColumnChoice("title", false));

        List<GridColumn> order = new ArrayList<>(vm.columns().stream().map(ColumnState::column).toList());
        order.remove(GridColumn.PRICE);
        order.add(0, GridColumn.PRICE);
        vm.reorderColumns(order);
        assertThat(backend.storedColumns.orElseThrow().get(0)).isEqualTo(new ColumnChoice("price", true));

        // A new session restores both choices; a column unknown to the stored list keeps its default.
        backend.storedColumns = Optional.of(backend.storedColumns.orElseThrow().stream()
                .filter(c -> !c.id().equals("bsr")).toList());
        SkuGridViewModel next = loaded(new Messages(Messages.ENGLISH));
        assertThat(next.columns().get(0).column()).isEqualTo(GridColumn.PRICE);
        assertThat(state(next, GridColumn.TITLE).visibleProperty().get()).isFalse();
        assertThat(next.columns().get(next.columns().size() - 1).column()).isEqualTo(GridColumn.BSR);
        assertThat(state(next, GridColumn.BSR).visibleProperty().get()).isTrue();
    }

    private static ColumnState state(SkuGridViewModel vm, GridColumn c) {
        return vm.columns().stream().filter(s -> s.column() == c).findFirst().orElseThrow();
    }

    private static GridRow shown(SkuGridViewModel vm, String sku) {
        return vm.rows().stream().filter(r -> r.sellerSku().equals(sku)).findFirst().orElseThrow();
    }

    @Test
    void whileSortedAnEditOrAReloadShowsTheFreshRowsInTheSortedPlaceAndASortIsOnePermutation() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        vm.sortBy(List.of(new SortKey(GridColumn.PRICE, false)));
        List<javafx.collections.ListChangeListener.Change<? extends GridRow>> seen = new java.util.ArrayList<>();
        vm.rows().addListener((javafx.collections.ListChangeListener<GridRow>) c -> {
            while (c.next()) {
                seen.add(c);
                assertThat(c.wasPermutated()).as("a sort permutes the rows: the table keeps its selection").isTrue();
            }
        });
        vm.sortBy(List.of(new SortKey(GridColumn.PRICE, true)));
        assertThat(seen).hasSize(1);
        assertThat(skus(vm)).containsExactly("EA-USBC-3FT-2P", "KT-SPAT-3P-BLK", "EA-USBC-6FT-2P");

        SkuGridViewModel fresh = loaded(new Messages(Messages.ENGLISH));
        fresh.sortBy(List.of(new SortKey(GridColumn.PRICE, true)));
        fresh.editCost("KT-SPAT-3P-BLK", EditableCost.PURCHASE, "25.5");
        assertThat(skus(fresh)).containsExactly("EA-USBC-3FT-2P", "KT-SPAT-3P-BLK", "EA-USBC-6FT-2P");
        assertThat(fresh.rows().get(1).data().purchase()).isEqualTo(Money.cny("25.5"));
        fresh.load();
        assertThat(skus(fresh)).as("a reload keeps the sort").containsExactly("EA-USBC-3FT-2P", "KT-SPAT-3P-BLK",
                "EA-USBC-6FT-2P");
        assertThat(fresh.rows().get(1).data().purchase()).isEqualTo(Money.cny("25.5"));
    }

    @Test
    void aCostEditWritesThroughRecomputesTheRowAndUndoPutsItBack() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        Money landedBefore = shown(vm, "KT-SPAT-3P-BLK").data().landedCost();
        assertThat(vm.canUndoProperty().get()).isFalse();

        vm.editCost("KT-SPAT-3P-BLK", EditableCost.PURCHASE, " ¥25.5 ");
        assertThat(backend.calls).containsExactly("edit KT-SPAT-3P-BLK PURCHASE 25.5");
        assertThat(shown(vm, "KT-SPAT-3P-BLK").data().purchase()).isEqualTo(Money.cny("25.5"));
        assertThat(shown(vm, "KT-SPAT-3P-BLK").data().landedCost()).isGreaterThan(landedBefore);
        assertThat(vm.messageProperty().get()).isEqualTo("Saved Purchase cost of KT-SPAT-3P-BLK: ¥18.50 → ¥25.50."
                + " Ctrl+Z undoes it.");
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Purchase cost of KT-SPAT-3P-BLK");

        vm.undo();
        assertThat(backend.calls).last().isEqualTo("edit KT-SPAT-3P-BLK PURCHASE 18.50");
        assertThat(shown(vm, "KT-SPAT-3P-BLK").data().landedCost()).isEqualTo(landedBefore);
        assertThat(vm.messageProperty().get()).isEqualTo("Undone: Purchase cost of KT-SPAT-3P-BLK is ¥18.50 again");
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void undoneEditsCanBeRedoneUntilANewEditIsMade() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        assertThat(vm.canRedoProperty().get()).isFalse();
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo");
        vm.editCost("KT-SPAT-3P-BLK", EditableCost.PURCHASE, "25.5");
        vm.editCost("EA-USBC-3FT-2P", EditableCost.PURCHASE, "7");
        vm.undo();
        vm.undo();
        assertThat(shown(vm, "KT-SPAT-3P-BLK").data().purchase()).isEqualTo(Money.cny("18.50"));
        assertThat(shown(vm, "EA-USBC-3FT-2P").data().purchase()).isEqualTo(Money.cny("6.20"));
        assertThat(vm.canUndoProperty().get()).isFalse();
        // Redo goes forward in the order the edits were made.
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo Purchase cost of KT-SPAT-3P-BLK");
        vm.redo();
        assertThat(shown(vm, "KT-SPAT-3P-BLK").data().purchase()).isEqualTo(Money.cny("25.5"));
        assertThat(vm.messageProperty().get()).isEqualTo("Redone: Purchase cost of KT-SPAT-3P-BLK is ¥25.50 again");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Purchase cost of KT-SPAT-3P-BLK");
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo Purchase cost of EA-USBC-3FT-2P");

        // A new edit starts a new line of history: what was undone before it can no longer be redone.
        vm.editCost("EA-USBC-6FT-2P", EditableCost.PURCHASE, "3");
        assertThat(vm.canRedoProperty().get()).as("6FT has no cost profile: nothing was edited").isTrue();
        vm.editCost("KT-SPAT-3P-BLK", EditableCost.PURCHASE, "30");
        assertThat(vm.canRedoProperty().get()).isFalse();
        vm.redo();
        assertThat(shown(vm, "EA-USBC-3FT-2P").data().purchase()).isEqualTo(Money.cny("6.20"));
        assertThat(backend.calls).containsExactly("edit KT-SPAT-3P-BLK PURCHASE 25.5", "edit EA-USBC-3FT-2P PURCHASE 7",
                "edit EA-USBC-3FT-2P PURCHASE 6.20", "edit KT-SPAT-3P-BLK PURCHASE 18.50",
                "edit KT-SPAT-3P-BLK PURCHASE 25.5", "edit KT-SPAT-3P-BLK PURCHASE 30");
    }

    @Test
    void aFailedRedoStaysRedoable() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        vm.editCost("KT-SPAT-3P-BLK", EditableCost.PURCHASE, "25.5");
        vm.undo();
        backend.failNext = new IllegalStateException("disk full");
        vm.redo();
        assertThat(vm.errorProperty().get()).isEqualTo("Purchase cost of KT-SPAT-3P-BLK unchanged: disk full");
        assertThat(vm.canRedoProperty().get()).isTrue();
        assertThat(shown(vm, "KT-SPAT-3P-BLK").data().purchase()).isEqualTo(Money.cny("18.50"));
        vm.redo();
        assertThat(shown(vm, "KT-SPAT-3P-BLK").data().purchase()).isEqualTo(Money.cny("25.5"));
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    /** Runs background work only when the test says so, in the order it was started. */
    private static final class StepTasks implements com.pricedesk.ui.fx.TaskExecutor {
        private final java.util.ArrayDeque<Runnable> pending = new java.util.ArrayDeque<>();

        @Override
        public <T> void execute(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
            pending.add(() -> new CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure));
        }

        void runNext() {
            pending.remove().run();
        }
    }

    @Test
    void theRowsKeptFromLastSessionShowAtOnceAndFreshFiguresReplaceThemInPlace() {
        List<SkuGridRow> fresh = List.copyOf(backend.rows.values());
        // Last session: the spatula cost 15.00 and nothing was below floor.
        backend.cached = Optional.of(List.of(
                row("KT-SPAT-3P-BLK", "Silicone Spatula Set (3 Piece, Black)", "硅胶铲套装 3件套 黑色", Tier.HERO,
                        List.of("gift"), "11.99", "15.00", true, false, KpiStatus.OK),
                row("EA-USBC-3FT-2P", "USB C to USB C Cable (3ft, 2 Pack)", "编织快充数据线 1米 2条装",
                        Tier.REGULAR, List.of("sea-freight"), "9.99", "6.20", false, false, KpiStatus.OK),
                fresh.get(2)));
        StepTasks tasks = new StepTasks();
        SkuGridViewModel vm = new SkuGridViewModel(backend, tasks, new Messages(Messages.ENGLISH));
        vm.load();
        tasks.runNext(); // the kept rows
        assertThat(vm.totalRows()).isEqualTo(3);
        assertThat(vm.loadingProperty().get()).as("still building the fresh rows").isTrue();
        assertThat(shown(vm, "KT-SPAT-3P-BLK").data().purchase()).isEqualTo(Money.cny("15.00"));

        // The seller works meanwhile: sorts and filters the kept rows.
        vm.sortBy(List.of(new SortKey(GridColumn.PRICE, false)));
        vm.belowFloorOnlyProperty().set(true);
        assertThat(skus(vm)).isEmpty();
        javafx.collections.ListChangeListener<GridRow> inPlace = c -> {
            while (c.next()) {
                assertThat(c.wasReplaced()).as("rows are updated in place, not replaced").isFalse();
            }
        };
        vm.rows().addListener(inPlace);
        tasks.runNext(); // the fresh rows
        vm.rows().removeListener(inPlace);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(skus(vm)).as("the filter applies to the fresh figures").containsExactly("EA-USBC-3FT-2P");
        vm.belowFloorOnlyProperty().set(false);
        assertThat(skus(vm)).as("still sorted by price, highest first")
                .containsExactly("KT-SPAT-3P-BLK", "EA-USBC-3FT-2P", "EA-USBC-6FT-2P");
        assertThat(shown(vm, "KT-SPAT-3P-BLK").data().purchase()).isEqualTo(Money.cny("18.50"));
    }

    @Test
    void withoutKeptRowsTheFreshOnesAreShownAsBefore() {
        StepTasks tasks = new StepTasks();
        SkuGridViewModel vm = new SkuGridViewModel(backend, tasks, new Messages(Messages.ENGLISH));
        vm.load();
        tasks.runNext(); // nothing kept
        assertThat(vm.totalRows()).isZero();
        tasks.runNext();
        assertThat(vm.totalRows()).isEqualTo(3);
        // A later reload does not look at the kept rows again.
        vm.load();
        tasks.runNext();
        tasks.runNext();
        assertThat(vm.totalRows()).isEqualTo(3);
    }

    @Test
    void badCostInputIsRefusedWithAMessageAndNothingIsStored() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        vm.editCost("KT-SPAT-3P-BLK", EditableCost.PURCHASE, "abc");
        assertThat(vm.errorProperty().get())
                .isEqualTo("Purchase cost of KT-SPAT-3P-BLK unchanged: “abc” is not a number (use a dot for decimals, e.g. 12.5)");
        vm.editCost("KT-SPAT-3P-BLK", EditableCost.FREIGHT, "-3");
        assertThat(vm.errorProperty().get()).contains("Freight rate of KT-SPAT-3P-BLK unchanged", "negative");
        vm.editCost("KT-SPAT-3P-BLK", EditableCost.PACKAGING, "0.123456");
        assertThat(vm.errorProperty().get()).contains("more than 4 decimals");
        vm.editCost("KT-SPAT-3P-BLK", EditableCost.PURCHASE, "0");
        assertThat(vm.errorProperty().get()).contains("above zero");
        vm.editCost("EA-USBC-6FT-2P", EditableCost.PURCHASE, "5");
        assertThat(vm.errorProperty().get()).isEqualTo("EA-USBC-6FT-2P has no cost profile yet: import its costs first");
        assertThat(backend.calls).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void aFailedSaveKeepsTheOldValueAndSaysWhy() {
        SkuGridViewModel vm = loaded(new Messages(Messages.CHINESE));
        backend.failNext = new IllegalStateException("disk full");
        vm.editCost("KT-SPAT-3P-BLK", EditableCost.PURCHASE, "20");
        assertThat(vm.errorProperty().get()).isEqualTo("KT-SPAT-3P-BLK 的采购成本未修改：disk full");
        assertThat(shown(vm, "KT-SPAT-3P-BLK").data().purchase()).isEqualTo(Money.cny("18.50"));
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void selectionActionsGoThroughTheServicesAndUpdateTheRows() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        List<String> two = List.of("EA-USBC-3FT-2P", "EA-USBC-6FT-2P");
        vm.tierFilterProperty().set(Tier.CLEARANCE);
        assertThat(vm.rows()).isEmpty();

        vm.moveTier(two, Tier.CLEARANCE);
        assertThat(backend.calls).containsExactly("tier " + two + " CLEARANCE");
        assertThat(skus(vm)).as("the filter follows the moved rows").containsExactly("EA-USBC-3FT-2P", "EA-USBC-6FT-2P");
        assertThat(vm.messageProperty().get()).isEqualTo("2 SKUs moved to Clearance");

        vm.addTag(two, "q4-promo");
        assertThat(vm.tags()).contains("q4-promo");
        assertThat(vm.messageProperty().get()).isEqualTo("Tag “q4-promo” added to 2 SKUs");
        vm.removeTag(List.of("EA-USBC-3FT-2P"), "q4-promo");
        assertThat(shown(vm, "EA-USBC-3FT-2P").data().tags()).doesNotContain("q4-promo");

        vm.runRules(two);
        assertThat(backend.calls).last().isEqualTo("rules " + two);
        assertThat(vm.messageProperty().get()).isEqualTo("Rules on 2 SKUs (dry run, nothing sent): 0 price changes"
                + " proposed, 0 held, 0 conflicts, 0 unchanged.");

        vm.moveTier(List.of(), Tier.HERO);
        assertThat(backend.calls).hasSize(4);
    }

    @Test
    void enterOpensTheSkuThroughTheHandler() {
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        List<String> opened = new ArrayList<>();
        vm.setOnOpenSku(opened::add);
        vm.openSku("KT-SPAT-3P-BLK");
        assertThat(opened).containsExactly("KT-SPAT-3P-BLK");
    }

    @Test
    void inChineseTheSellersChineseNameShowsBesideAmazonsTitleUntilTheSellerChooses() {
        assertThat(state(loaded(new Messages(Messages.ENGLISH)), GridColumn.LOCAL_TITLE).visibleProperty().get())
                .isFalse();
        SkuGridViewModel zh = loaded(new Messages(Messages.CHINESE));
        assertThat(state(zh, GridColumn.LOCAL_TITLE).visibleProperty().get()).isTrue();
        assertThat(state(zh, GridColumn.TITLE).visibleProperty().get()).isTrue();

        state(zh, GridColumn.LOCAL_TITLE).visibleProperty().set(false); // the seller's choice wins afterwards
        assertThat(state(loaded(new Messages(Messages.CHINESE)), GridColumn.LOCAL_TITLE).visibleProperty().get())
                .isFalse();
    }

    @Test
    void countLineIsChineseInChinese() {
        SkuGridViewModel vm = loaded(new Messages(Messages.CHINESE));
        vm.filterTextProperty().set("EA-USBC-3FT");
        assertThat(vm.countTextProperty().get()).isEqualTo("1 / 3 个 SKU");
    }

    @Test
    void aFailedLoadIsShownNotSwallowed() {
        backend.failNext = new IllegalStateException("disk full");
        SkuGridViewModel vm = loaded(new Messages(Messages.ENGLISH));
        assertThat(vm.errorProperty().get()).contains("Could not load the SKUs", "disk full");
        assertThat(vm.loadingProperty().get()).isFalse();
    }
}
