package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.grid.CostEdit;
import com.pricedesk.app.grid.EditableCost;
import com.pricedesk.app.grid.GridLayoutService.ColumnChoice;
import com.pricedesk.app.grid.SkuGridRow;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.repricing.RepricingRun;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import com.pricedesk.ui.fx.TaskExecutor;
import com.pricedesk.ui.skus.GridColumn;
import com.pricedesk.ui.skus.GridRow;
import com.pricedesk.ui.skus.SkuGridBackend;
import com.pricedesk.ui.skus.SkuGridViewModel;
import com.pricedesk.ui.skus.SkuGridViewModel.SortKey;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import com.pricedesk.domain.money.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Sorting by a text column through the kept text order gives exactly the comparator's order (lower-cased
 * text, unknown last both ways, ties in catalogue order), for random titles with Chinese, ties and
 * unknowns, after single and bulk edits, after a reload with renamed SKUs, both ways and with a filter;
 * and so does sorting by price through its kept order, through price changes and reloads.
 */
class GridTextSortTest {
    private static final String[] WORDS = {"Cable", "cable", "USB-C", "Spatula", "spatula", "硅胶铲", "数据线",
            "品名", "é", "É", "z", "a", "ab", "6ft", "Silicone Spatula Set (3 Piece, Black)"};
    private static final GridColumn[] COLUMNS = {GridColumn.TITLE, GridColumn.LOCAL_TITLE, GridColumn.SKU,
            GridColumn.ASIN};

    /** Rows from a list the test changes; {@code addTag} gives the SKUs the titles in {@link #next}. */
    static final class Titles implements SkuGridBackend {
        final List<SkuGridRow> rows = new ArrayList<>();
        /** New title and local title (null: unknown) per SKU, for the next {@code addTag}. */
        final Map<String, String[]> next = new HashMap<>();

        @Override
        public List<SkuGridRow> rows() {
            return List.copyOf(rows);
        }

        /** New price per SKU (null: unknown), for the next {@code addTag}. */
        final Map<String, Money> nextPrice = new HashMap<>();

        void retitle(int i, String title, String local) {
            rows.set(i, with(rows.get(i), title, local, rows.get(i).price()));
        }

        void reprice(int i, Money price) {
            rows.set(i, with(rows.get(i), rows.get(i).title(), rows.get(i).localTitle(), price));
        }

        private static SkuGridRow with(SkuGridRow r, String title, String local, Money price) {
            return new SkuGridRow(r.sellerSku(), r.asin(), title, local, r.category(), r.tier(), r.tags(),
                    r.purchase(), r.freightRate(), r.freightBasis(), r.packaging(), price, r.buyBoxPrice(),
                    r.weHoldBuyBox(), r.lowestFba(), r.lowestFbm(), r.landedCost(), r.fees(), r.profit(), r.marginPct(),
                    r.roiPct(), r.breakEven(), r.floor(), r.ceiling(), r.belowFloor(), r.daysOfCover(),
                    r.inventoryAgeDays(), r.conversionPct(), r.acosPct(), r.tacosPct(), r.bsr(), r.kpis(),
                    r.kpiStatus());
        }

        @Override
        public List<SkuGridRow> addTag(Collection<String> skus, String tag) {
            List<SkuGridRow> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String sku = rows.get(i).sellerSku();
                if (!skus.contains(sku) || !next.containsKey(sku) && !nextPrice.containsKey(sku)) {
                    continue;
                }
                String[] t = next.get(sku);
                if (t != null) {
                    retitle(i, t[0], t[1]);
                }
                if (nextPrice.containsKey(sku)) {
                    reprice(i, nextPrice.get(sku));
                }
                out.add(rows.get(i));
            }
            next.clear();
            nextPrice.clear();
            return out;
        }

        @Override
        public CostEdit editCost(String sellerSku, EditableCost field, BigDecimal amount) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SkuGridRow> moveTier(Collection<String> s, Tier tier) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SkuGridRow> removeTag(Collection<String> s, String tag) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RepricingRun runRules(Collection<String> s) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<List<ColumnChoice>> loadColumns() {
            return Optional.empty();
        }

        @Override
        public void saveColumns(List<ColumnChoice> columns) {
        }
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder(WORDS[r.nextInt(WORDS.length)]);
        for (int w = r.nextInt(3); w > 0; w--) {
            b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static String[] titles(Random r) {
        return new String[] {text(r), r.nextInt(5) == 0 ? null : text(r)};
    }

    private static Titles backend(Random r, int n) {
        Titles b = new Titles();
        for (int i = 0; i < n; i++) {
            String[] t = titles(r);
            // SKUs are not in catalogue order by name, so sorting by SKU is a real permutation.
            b.rows.add(SkuGridViewModelTest.row(String.format("SKU-%05d-%d", r.nextInt(100_000), i), t[0], t[1],
                    Tier.REGULAR, List.of(), "9.99", "10.00", true, false, KpiStatus.OK));
        }
        return b;
    }

    /** The comparator sort, written out independently of the grid: stable, so ties stay in catalogue order. */
    private static List<String> expected(List<SkuGridRow> rows, GridColumn column, boolean ascending, String word) {
        Comparator<Integer> order = (a, b) -> {
            Object x = column.valueOf(rows.get(a));
            Object y = column.valueOf(rows.get(b));
            if (x == null || y == null) {
                return x == y ? 0 : x == null ? 1 : -1; // unknown last, whichever way
            }
            int c = ((String) x).toLowerCase(Locale.ROOT).compareTo(((String) y).toLowerCase(Locale.ROOT));
            return ascending ? c : -c;
        };
        // A stable sort of the catalogue order: ties stay in catalogue order both ways.
        return IntStream.range(0, rows.size()).boxed()
                .filter(i -> word == null || haystack(rows.get(i)).contains(word))
                .sorted(order)
                .map(i -> rows.get(i).sellerSku()).toList();
    }

    private static String haystack(SkuGridRow r) {
        return String.join("\u0001", r.sellerSku(), String.valueOf(r.asin()), r.title(),
                r.localTitle() == null ? "" : r.localTitle(), r.category()).toLowerCase(Locale.ROOT);
    }

    private static List<String> shown(SkuGridViewModel vm) {
        return vm.rows().stream().map(GridRow::sellerSku).toList();
    }

    private static List<String> pick(Random r, Titles b, int count) {
        List<String> skus = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int i = r.nextInt(b.rows.size());
            String sku = b.rows.get(i).sellerSku();
            // A third take another row's title: new ties.
            String[] t = r.nextInt(3) == 0
                    ? new String[] {b.rows.get(r.nextInt(b.rows.size())).title(), null} : titles(r);
            b.next.put(sku, t);
            skus.add(sku);
        }
        return skus;
    }

    @Property(tries = 80)
    void textSortEqualsTheComparatorSortThroughEditsReloadsAndFilters(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int n,
            @ForAll @IntRange(min = 0, max = 3) int col, @ForAll boolean ascending) {
        Random r = new Random(seed);
        Titles b = backend(r, n);
        GridColumn c = COLUMNS[col];
        SkuGridViewModel vm = new SkuGridViewModel(b, new CurrentThreadTaskExecutor(), new Messages(Messages.ENGLISH));
        vm.load();
        vm.sortBy(List.of(new SortKey(c, ascending)));
        assertThat(shown(vm)).as("after load").containsExactlyElementsOf(expected(b.rows, c, ascending, null));
        if (n == 0) {
            return;
        }
        for (int e = 0; e < 3; e++) {
            vm.addTag(pick(r, b, 1 + r.nextInt(4)), "t");
            assertThat(shown(vm)).as("after a few renames").containsExactlyElementsOf(expected(b.rows, c, ascending, null));
        }
        vm.addTag(pick(r, b, n), "t"); // all rows at once when n > the patch limit
        assertThat(shown(vm)).as("after a bulk rename").containsExactlyElementsOf(expected(b.rows, c, ascending, null));
        for (int k = r.nextInt(2) == 0 ? 3 : n; k > 0; k--) {
            String[] t = titles(r);
            b.retitle(r.nextInt(n), t[0], t[1]);
        }
        vm.load(); // the same SKUs with fresh figures: updated in place
        assertThat(shown(vm)).as("after a reload").containsExactlyElementsOf(expected(b.rows, c, ascending, null));
        vm.sortBy(List.of(new SortKey(c, !ascending)));
        assertThat(shown(vm)).as("the other way").containsExactlyElementsOf(expected(b.rows, c, !ascending, null));
        vm.filterTextProperty().set("cable");
        vm.sortBy(List.of(new SortKey(c, ascending)));
        assertThat(shown(vm)).as("sorted while filtered")
                .containsExactlyElementsOf(expected(b.rows, c, ascending, "cable"));
        vm.filterTextProperty().set("");
        assertThat(shown(vm)).as("filter cleared").containsExactlyElementsOf(expected(b.rows, c, ascending, null));
    }

    /** A price from a few values (many ties); about one in six unknown. */
    private static Money price(Random r) {
        return r.nextInt(6) == 0 ? null : Money.usd(BigDecimal.valueOf(500 + 25L * r.nextInt(12), 2));
    }

    /** The comparator sort by price, written out independently of the grid; stable, unknown last. */
    private static List<String> byPrice(List<SkuGridRow> rows, boolean ascending) {
        Comparator<Integer> order = (a, b) -> {
            Money x = rows.get(a).price();
            Money y = rows.get(b).price();
            if (x == null || y == null) {
                return x == y ? 0 : x == null ? 1 : -1;
            }
            int c = x.amount().compareTo(y.amount());
            return ascending ? c : -c;
        };
        return IntStream.range(0, rows.size()).boxed().sorted(order).map(i -> rows.get(i).sellerSku()).toList();
    }

    /** The price column's kept order (built in the background after the load) stays right through changes. */
    @Property(tries = 60)
    void priceSortEqualsTheComparatorSortThroughEditsAndReloads(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int n, @ForAll boolean ascending) {
        Random r = new Random(seed);
        Titles b = backend(r, n);
        for (int i = 0; i < n; i++) {
            b.reprice(i, price(r));
        }
        SkuGridViewModel vm = new SkuGridViewModel(b, new CurrentThreadTaskExecutor(), new Messages(Messages.ENGLISH));
        vm.load();
        vm.sortBy(List.of(new SortKey(GridColumn.PRICE, ascending)));
        assertThat(shown(vm)).as("after load").containsExactlyElementsOf(byPrice(b.rows, ascending));
        if (n == 0) {
            return;
        }
        for (int e = 0; e < 3; e++) {
            List<String> skus = new ArrayList<>();
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                String sku = b.rows.get(r.nextInt(n)).sellerSku();
                b.nextPrice.put(sku, price(r));
                skus.add(sku);
            }
            vm.addTag(skus, "t");
            assertThat(shown(vm)).as("after a few price changes").containsExactlyElementsOf(byPrice(b.rows, ascending));
        }
        b.rows.forEach(row -> b.nextPrice.put(row.sellerSku(), price(r)));
        vm.addTag(b.rows.stream().map(SkuGridRow::sellerSku).toList(), "t"); // beyond the patch limit when n > 256
        assertThat(shown(vm)).as("after all prices changed").containsExactlyElementsOf(byPrice(b.rows, ascending));
        for (int k = r.nextInt(2) == 0 ? 3 : n; k > 0; k--) {
            b.reprice(r.nextInt(n), price(r));
        }
        vm.load(); // the same SKUs with fresh figures: updated in place
        assertThat(shown(vm)).as("after a reload").containsExactlyElementsOf(byPrice(b.rows, ascending));
        vm.sortBy(List.of(new SortKey(GridColumn.PRICE, !ascending)));
        assertThat(shown(vm)).as("the other way").containsExactlyElementsOf(byPrice(b.rows, !ascending));
    }

    /** Background work runs only when the test says so; the last started may run first. */
    private static final class StepTasks implements TaskExecutor {
        private final Deque<Runnable> pending = new ArrayDeque<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            pending.add(() -> new CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure));
        }

        void runFirst() {
            pending.removeFirst().run();
        }

        void runLast() {
            pending.removeLast().run();
        }

        void runAll() {
            while (!pending.isEmpty()) {
                runFirst();
            }
        }
    }

    @Test
    void anOrderBuiltFromRowsThatChangedMeanwhileIsNeverUsed() {
        Random r = new Random(5);
        Titles b = backend(r, 60);
        StepTasks tasks = new StepTasks();
        SkuGridViewModel vm = new SkuGridViewModel(b, tasks, new Messages(Messages.ENGLISH));
        vm.load();
        tasks.runFirst(); // nothing kept from a last session
        tasks.runFirst(); // the rows: the text order is now being built, from these rows
        tasks.runFirst(); // the columns
        // Before the order arrives, the seller renames the last SKUs by title so that they come first.
        List<String> last = expected(b.rows, GridColumn.TITLE, true, null).subList(55, 60);
        last.forEach(s -> b.next.put(s, new String[] {"!!! first " + s, null}));
        vm.addTag(last, "t");
        tasks.runLast(); // the rename is stored and shown
        tasks.runFirst(); // the order built from the old titles arrives: it must not be installed
        vm.sortBy(List.of(new SortKey(GridColumn.TITLE, true)));
        assertThat(shown(vm)).containsExactlyElementsOf(expected(b.rows, GridColumn.TITLE, true, null));
        assertThat(shown(vm).subList(0, 5)).as("the renamed SKUs sort first").containsExactlyInAnyOrderElementsOf(last);
        tasks.runAll();
        vm.sortBy(List.of(new SortKey(GridColumn.TITLE, false)));
        assertThat(shown(vm)).containsExactlyElementsOf(expected(b.rows, GridColumn.TITLE, false, null));
    }

    @Test
    void aSortBeforeTheBackgroundOrderArrivesIsRightAndTheArrivingOrderAgrees() {
        Random r = new Random(8);
        Titles b = backend(r, 80);
        StepTasks tasks = new StepTasks();
        SkuGridViewModel vm = new SkuGridViewModel(b, tasks, new Messages(Messages.ENGLISH));
        vm.load();
        tasks.runFirst();
        tasks.runFirst();
        vm.sortBy(List.of(new SortKey(GridColumn.LOCAL_TITLE, false)));
        assertThat(shown(vm)).containsExactlyElementsOf(expected(b.rows, GridColumn.LOCAL_TITLE, false, null));
        tasks.runAll();
        List<String> renamed = pick(r, b, 3);
        vm.addTag(renamed, "t");
        tasks.runAll();
        assertThat(shown(vm)).containsExactlyElementsOf(expected(b.rows, GridColumn.LOCAL_TITLE, false, null));
        vm.sortBy(List.of(new SortKey(GridColumn.LOCAL_TITLE, true)));
        assertThat(shown(vm)).containsExactlyElementsOf(expected(b.rows, GridColumn.LOCAL_TITLE, true, null));
    }
}
