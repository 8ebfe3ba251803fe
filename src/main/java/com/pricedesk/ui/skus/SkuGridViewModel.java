package com.pricedesk.ui.skus;

import com.pricedesk.app.grid.CostEdit;
import com.pricedesk.app.grid.EditableCost;
import com.pricedesk.app.grid.PriceSettingEdit;
import com.pricedesk.app.repricing.PriceSettingField;
import com.pricedesk.app.repricing.PriceSettingsService;
import com.pricedesk.app.grid.GridLayoutService.ColumnChoice;
import com.pricedesk.app.grid.SkuGridRow;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.repricing.RepricingRun;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.pricing.PriceDecision;
import com.pricedesk.ui.fx.TaskExecutor;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State and commands of the SKU grid, without controls: the loaded rows, the filters (text, tier,
 * tag, KPI status, below floor, Buy Box lost) and sort, the columns shown, inline cost edits with
 * undo, and actions on the selection. All service calls go through the {@link TaskExecutor}.
 */
public final class SkuGridViewModel implements com.pricedesk.ui.shell.EditMenu.Undoable {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** One sort level: a column and its direction. */
    public record SortKey(GridColumn column, boolean ascending) {
    }

    /** A column in the chooser: shown or not. */
    public static final class ColumnState {
        private final GridColumn column;
        private final BooleanProperty visible;

        ColumnState(GridColumn column, boolean visible) {
            this.column = column;
            this.visible = new SimpleBooleanProperty(visible);
        }

        public GridColumn column() {
            return column;
        }

        public BooleanProperty visibleProperty() {
            return visible;
        }
    }

    private final SkuGridBackend backend;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final GridFormats formats;

    private final ObservableList<GridRow> all = FXCollections.observableArrayList();
    /** {@link #all} in the current sort order; the table shows it through the filter, never re-sorted there. */
    private final RowOrder ordered = new RowOrder();
    private final FilteredList<GridRow> filtered = new FilteredList<>(ordered, r -> true);
    private final Map<String, Integer> positionBySku = new HashMap<>();
    /**
     * Each sorted column's values by catalogue position, in the form sorting compares (text lower-cased),
     * computed the first time the column is sorted and kept in step with edits, so a re-sort reads no row.
     */
    private final Map<GridColumn, Object[]> sortValues = new java.util.EnumMap<>(GridColumn.class);
    /**
     * Columns already in sorted order (like a database index): the name columns and the shown number columns
     * built in the background after rows load, any other column at its first sort; patched on edits, dropped
     * when many rows change; sorting by one of them is applying it. Each index's values array is the
     * column's entry in {@link #sortValues}.
     */
    private final Map<GridColumn, SortIndex> indexes = new java.util.EnumMap<>(GridColumn.class);
    /** The text columns indexed as soon as rows load: the ones a seller sorts by name. */
    static final java.util.Set<GridColumn> INDEXED = java.util.EnumSet.of(GridColumn.TITLE, GridColumn.LOCAL_TITLE,
            GridColumn.SKU);
    /**
     * Number columns indexed as soon as rows load when they are shown (a heading the seller can click); KPI
     * status and Buy Box holder sort by a rank number.
     */
    private static final java.util.Set<GridColumn.Kind> NUMBER_KINDS = java.util.EnumSet.of(GridColumn.Kind.MONEY,
            GridColumn.Kind.PERCENT, GridColumn.Kind.NUMBER, GridColumn.Kind.RANK, GridColumn.Kind.SETTING,
            GridColumn.Kind.KPI, GridColumn.Kind.HOLDER);
    /** More changed rows than this drop an index (rebuilt in the background) instead of patching it. */
    private static final int PATCH_LIMIT = 256;
    /** Counts row sets and edits, so a background index built from older rows is not installed. */
    private int indexGeneration;
    private boolean indexing;
    private final ObservableList<String> tags = FXCollections.observableArrayList();

    private final StringProperty filterText = new SimpleStringProperty("");
    /** The SKUs a dashboard click limited the grid to (empty = all), and why. */
    private java.util.Set<String> subset = java.util.Set.of();
    private final ReadOnlyStringWrapper subsetLabel = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Tier> tierFilter = new SimpleObjectProperty<>();
    private final StringProperty tagFilter = new SimpleStringProperty();
    private final ObjectProperty<KpiStatus> kpiFilter = new SimpleObjectProperty<>();
    private final BooleanProperty belowFloorOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty buyBoxLostOnly = new SimpleBooleanProperty(false);

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringBinding countText;

    private final ObservableList<ColumnState> columns = FXCollections.observableArrayList();
    private boolean applyingLayout;
    /** True once rows built in this session are shown (the cached ones are no longer wanted). */
    private boolean freshShown;

    private final Deque<Step> undo = new ArrayDeque<>();
    /** Edits undone, most recent first; a new edit clears them (as in any editor). */
    private final Deque<Step> redo = new ArrayDeque<>();
    private List<SortKey> lastSort = List.of();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private Consumer<String> onOpenSku = sku -> { };

    public SkuGridViewModel(SkuGridBackend backend, TaskExecutor tasks, Messages messages) {
        this.backend = backend;
        this.tasks = tasks;
        this.messages = messages;
        this.formats = new GridFormats(messages.locale());
        filterText.addListener((o, a, b) -> refilter());
        tierFilter.addListener((o, a, b) -> refilter());
        tagFilter.addListener((o, a, b) -> refilter());
        kpiFilter.addListener((o, a, b) -> refilter());
        belowFloorOnly.addListener((o, a, b) -> refilter());
        buyBoxLostOnly.addListener((o, a, b) -> refilter());
        countText = Bindings.createStringBinding(() -> filtered.size() == all.size()
                        ? messages.get("grid.count.all", all.size())
                        : messages.get("grid.count.filtered", filtered.size(), all.size()),
                filtered, all);
        for (GridColumn c : GridColumn.values()) {
            ColumnState s = new ColumnState(c, c.shownByDefault(messages.locale()));
            s.visibleProperty().addListener((o, a, b) -> saveColumns());
            columns.add(s);
        }
    }

    // ---- loading -----------------------------------------------------------------------------------

    /**
     * Loads the rows and the remembered columns in the background; the old rows stay until new ones
     * arrive. On the first load the rows kept from the last session are shown at once (sortable and
     * filterable), while the rows are built afresh; the fresh figures then replace them in place, so
     * the seller's sort, filters, selection and scroll position stay.
     */
    public void load() {
        loading.set(true);
        error.set("");
        if (all.isEmpty() && !freshShown) {
            tasks.execute(backend::cachedRows, cached -> {
                if (cached.isPresent() && !freshShown && all.isEmpty()) {
                    setRows(cached.get());
                }
            }, failure -> { }); // a cache that cannot be read only means a slower start
        }
        tasks.execute(backend::rows, rows -> {
            freshShown = true;
            if (sameSkus(rows)) {
                refreshInPlace(rows);
            } else {
                setRows(rows);
            }
            loading.set(false);
        }, failure -> {
            loading.set(false);
            error.set(messages.get("grid.loadFailed", reason(failure)));
        });
        tasks.execute(backend::loadColumns, this::applyLayout,
                failure -> error.set(messages.get("grid.columns.loadFailed", reason(failure))));
    }

    /** True when {@code rows} are the SKUs shown now, in the same catalogue order. */
    private boolean sameSkus(List<SkuGridRow> rows) {
        if (rows.size() != all.size() || rows.isEmpty()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).sellerSku().equals(all.get(i).sellerSku())) {
                return false;
            }
        }
        return true;
    }

    /** New figures for the same SKUs: each row takes its fresh data, the lists report updates, not replacements. */
    private void refreshInPlace(List<SkuGridRow> rows) {
        // Indexes stay, patched for the few rows whose value changed: a fresh build rarely renames a SKU. A column
        // where many rows changed (figures after a sync) is dropped and rebuilt in the background.
        Map<GridColumn, List<Integer>> changed = new java.util.EnumMap<>(GridColumn.class);
        for (GridColumn c : indexes.keySet()) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < rows.size() && positions.size() <= PATCH_LIMIT; i++) {
                if (!java.util.Objects.equals(c.valueOf(all.get(i).data()), c.valueOf(rows.get(i)))) {
                    positions.add(i);
                }
            }
            changed.put(c, positions);
        }
        for (int i = 0; i < rows.size(); i++) {
            all.get(i).refresh(rows.get(i));
        }
        sortValues.clear();
        changed.forEach((c, positions) -> {
            SortIndex index = indexes.remove(c);
            if (positions.size() <= PATCH_LIMIT && patch(index, c, positions)) {
                indexes.put(c, index);
                sortValues.put(c, index.values());
            }
        });
        ordered.updatedAll();
        refreshTags();
        if (!lastSort.isEmpty()) {
            reorder();
        }
        indexInBackground();
    }

    /** Puts the current values of {@code positions} into {@code index}; false when it cannot take them. */
    private boolean patch(SortIndex index, GridColumn column, List<Integer> positions) {
        for (int i : positions) {
            if (!index.set(i, GridColumn.sortValue(column.valueOf(all.get(i).data())))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Builds the missing indexes ({@link #INDEXED} text columns, shown number columns) off the FX thread from the rows as they are now; the
     * result is installed only if no row changed meanwhile (otherwise a newer build is already on its way).
     */
    private void indexInBackground() {
        int generation = ++indexGeneration;
        List<GridColumn> wanted = new ArrayList<>(INDEXED);
        for (ColumnState c : columns) {
            if (c.visibleProperty().get() && NUMBER_KINDS.contains(c.column().kind())) {
                wanted.add(c.column());
            }
        }
        wanted.removeIf(indexes::containsKey);
        if (wanted.isEmpty() || all.isEmpty()) {
            indexing = false;
            return;
        }
        List<SkuGridRow> data = new ArrayList<>(all.size());
        for (GridRow r : all) {
            data.add(r.data()); // immutable records, by catalogue position
        }
        indexing = true;
        tasks.execute(() -> BuiltIndexes.of(data, wanted), built -> {
            if (generation != indexGeneration) {
                return;
            }
            indexing = false;
            built.indexes().forEach((c, index) -> {
                if (!indexes.containsKey(c)) {
                    indexes.put(c, index);
                    sortValues.put(c, index.values());
                }
            });
        }, failure -> {
            if (generation == indexGeneration) {
                indexing = false; // a sort then builds the index it needs itself
            }
        });
    }

    /** Indexes built in the background (a named type, so a benchmark can tell this task from others). */
    record BuiltIndexes(Map<GridColumn, SortIndex> indexes) {
        static BuiltIndexes of(List<SkuGridRow> rows, List<GridColumn> columns) {
            Map<GridColumn, SortIndex> out = new java.util.EnumMap<>(GridColumn.class);
            for (GridColumn c : columns) {
                Object[] values = new Object[rows.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = GridColumn.sortValue(c.valueOf(rows.get(i)));
                }
                SortIndex index = SortIndex.build(values, false);
                if (index != null) {
                    out.put(c, index);
                }
            }
            return new BuiltIndexes(out);
        }
    }

    private void setRows(List<SkuGridRow> rows) {
        List<GridRow> wrapped = new ArrayList<>(rows.size());
        positionBySku.clear();
        for (SkuGridRow r : rows) {
            positionBySku.put(r.sellerSku(), wrapped.size());
            wrapped.add(new GridRow(r, wrapped.size()));
        }
        sortValues.clear();
        indexes.clear();
        all.setAll(wrapped);
        ordered.replaceAll(wrapped);
        if (!lastSort.isEmpty()) {
            reorder();
        }
        refreshTags();
        indexInBackground();
    }

    private void refreshTags() {
        TreeSet<String> distinct = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (GridRow r : all) {
            distinct.addAll(r.data().tags());
        }
        if (!tags.equals(new ArrayList<>(distinct))) {
            tags.setAll(distinct);
        }
    }

    /** Puts freshly computed rows in place of the old ones (same position, so filters and sort follow). */
    private void replace(Collection<SkuGridRow> rows) {
        // Where each catalogue position is shown now, so each fresh row takes its old row's place.
        int[] shownAt = new int[ordered.size()];
        for (int k = 0; k < shownAt.length; k++) {
            shownAt[ordered.get(k).position()] = k;
        }
        boolean reindex = indexing;
        if (rows.size() > PATCH_LIMIT && !indexes.isEmpty()) {
            // Patching is O(rows) per changed row: for many rows a fresh background build is cheaper.
            indexes.keySet().forEach(sortValues::remove);
            indexes.clear();
            reindex = true;
        }
        for (SkuGridRow r : rows) {
            Integer i = positionBySku.get(r.sellerSku());
            if (i != null) {
                GridRow row = new GridRow(r, i);
                all.set(i, row);
                for (Map.Entry<GridColumn, Object[]> e : sortValues.entrySet()) {
                    Object value = GridColumn.sortValue(e.getKey().valueOf(r));
                    SortIndex index = indexes.get(e.getKey());
                    if (index == null) {
                        e.getValue()[i] = value;
                    } else if (!index.set(i, value)) {
                        indexes.remove(e.getKey());
                        e.getValue()[i] = value;
                        reindex = true;
                    }
                }
                if (i < shownAt.length) {
                    ordered.put(shownAt[i], row);
                }
            }
        }
        refreshTags();
        if (!lastSort.isEmpty()) {
            sortBy(lastSort);
        }
        if (reindex) {
            indexInBackground(); // a build from the rows before this change would be stale
        }
    }

    // ---- filters and sort --------------------------------------------------------------------------

    private void refilter() {
        Predicate<GridRow> filters = predicate(filterText.get(), tierFilter.get(), tagFilter.get(), kpiFilter.get(),
                belowFloorOnly.get(), buyBoxLostOnly.get());
        if (!subsetLabel.get().isEmpty()) {
            java.util.Set<String> only = subset;
            // No other filter set (null): the subset alone decides.
            Predicate<GridRow> others = filters;
            filters = others == null ? r -> only.contains(r.sellerSku())
                    : r -> only.contains(r.sellerSku()) && others.test(r);
        }
        filtered.setPredicate(filters == null ? null : KnownAnswers.of(all, filters));
    }

    /**
     * The filters' answers worked out for every row in catalogue order, the order the rows were made in, so
     * the pass reads memory front to back (the filtered list asks in display order: sorted, that is all over
     * the heap). A row whose figures changed since (an edit, a refresh) is asked afresh, so an answer is
     * never stale.
     */
    private static final class KnownAnswers implements Predicate<GridRow> {
        private final Predicate<GridRow> filters;
        private final SkuGridRow[] askedAbout;
        private final boolean[] passes;

        private KnownAnswers(Predicate<GridRow> filters, SkuGridRow[] askedAbout, boolean[] passes) {
            this.filters = filters;
            this.askedAbout = askedAbout;
            this.passes = passes;
        }

        static KnownAnswers of(List<GridRow> rowsByPosition, Predicate<GridRow> filters) {
            int n = rowsByPosition.size();
            SkuGridRow[] data = new SkuGridRow[n];
            boolean[] passes = new boolean[n];
            for (int i = 0; i < n; i++) {
                GridRow r = rowsByPosition.get(i);
                data[i] = r.data();
                passes[i] = filters.test(r);
            }
            return new KnownAnswers(filters, data, passes);
        }

        @Override
        public boolean test(GridRow r) {
            int p = r.position();
            return p < askedAbout.length && askedAbout[p] == r.data() ? passes[p] : filters.test(r);
        }
    }

    /** Limits the grid to {@code skus} (a dashboard bucket), saying why in {@code label}; other filters still apply. */
    public void showOnly(String label, Collection<String> skus) {
        subset = java.util.Set.copyOf(skus);
        subsetLabel.set(label);
        refilter();
    }

    /** Back to all SKUs (the other filters stay). */
    public void clearSubset() {
        subset = java.util.Set.of();
        subsetLabel.set("");
        refilter();
    }

    public ReadOnlyStringProperty subsetLabelProperty() {
        return subsetLabel.getReadOnlyProperty();
    }

    /** All filters combined: a row is shown when it passes every one that is set. */
    static Predicate<GridRow> predicate(String text, Tier tier, String tag, KpiStatus kpi, boolean belowFloor,
                                        boolean buyBoxLost) {
        String[] words = text == null || text.isBlank() ? new String[0]
                : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        boolean anyTag = tag == null || tag.isBlank();
        if (words.length == 0 && tier == null && anyTag && kpi == null && !belowFloor && !buyBoxLost) {
            return null;
        }
        return r -> {
            SkuGridRow d = r.data();
            return (tier == null || d.tier() == tier)
                    && (kpi == null || d.kpiStatus() == kpi)
                    && (!belowFloor || d.belowFloor())
                    && (!buyBoxLost || d.buyBoxLost())
                    && (anyTag || d.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag)))
                    && (words.length == 0 || r.matchesAll(words));
        };
    }

    /**
     * Sorts by the given columns, first key first; an empty list restores the catalogue order. Each
     * column's values are read once into an array and the row positions are sorted on them; the
     * ordered rows then replace the backing list in one change, so the table's list is sorted once,
     * not a second time by a {@code SortedList} (100,000 rows, issue 9's 150 ms goal).
     */
    public void sortBy(List<SortKey> keys) {
        lastSort = List.copyOf(keys);
        reorder();
    }

    private void reorder() {
        List<SortKey> keys = lastSort;
        if (ordered.size() != all.size()) {
            ordered.replaceAll(all);
        }
        if (keys.isEmpty()) {
            ordered.arrange(java.util.stream.IntStream.range(0, all.size()).toArray());
            return;
        }
        int n = all.size();
        Object[][] values = new Object[keys.size()][];
        for (int k = 0; k < keys.size(); k++) {
            values[k] = sortValues.computeIfAbsent(keys.get(k).column(), column -> {
                Object[] v = new Object[n];
                for (int i = 0; i < n; i++) {
                    GridRow row = all.get(i);
                    v[row.position()] = GridColumn.sortValue(column.valueOf(row.data()));
                }
                return v;
            });
        }
        int[] order = null;
        if (keys.size() == 1) {
            GridColumn column = keys.get(0).column();
            SortIndex index = indexes.get(column);
            if (index == null) {
                // The first sort by a column not indexed yet sorts it (text on all cores) and keeps the result.
                index = SortIndex.build(values[0], true);
                if (index != null) {
                    indexes.put(column, index);
                }
            }
            if (index != null) {
                order = index.order(keys.get(0).ascending());
            }
        }
        if (order == null) {
            order = comparedOrder(values, keys);
        }
        // A permutation, not a replacement: the table keeps its selection, and the filter re-sorts its indices.
        ordered.arrange(order);
    }

    /**
     * The row positions in the order of one column through a {@link SortIndex} (unknown last, ties in catalogue
     * order), or null when the column has no index kind: the same order as {@link #comparedOrder}.
     */
    static int[] indexedOrder(Object[] values, boolean ascending) {
        SortIndex index = SortIndex.build(values, true);
        return index == null ? null : index.order(ascending);
    }

    /** The row positions in the order of the given columns' values, compared key by key. */
    static int[] comparedOrder(Object[][] values, List<SortKey> keys) {
        int n = values[0].length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            for (int k = 0; k < keys.size(); k++) {
                int c = GridColumn.compareSortValues(values[k][a], values[k][b], keys.get(k).ascending());
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a, b);
        });
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }

    // ---- columns -----------------------------------------------------------------------------------

    /** Stored order first; columns added since (not in the stored list) keep their default place at the end. */
    private void applyLayout(Optional<List<ColumnChoice>> stored) {
        if (stored.isEmpty()) {
            return;
        }
        applyingLayout = true;
        try {
            Map<GridColumn, ColumnState> byColumn = new LinkedHashMap<>();
            columns.forEach(s -> byColumn.put(s.column(), s));
            List<ColumnState> ordered = new ArrayList<>();
            for (ColumnChoice choice : stored.get()) {
                GridColumn c = GridColumn.byId(choice.id());
                ColumnState s = c == null ? null : byColumn.remove(c);
                if (s != null) {
                    s.visibleProperty().set(choice.visible());
                    ordered.add(s);
                }
            }
            ordered.addAll(byColumn.values());
            columns.setAll(ordered);
        } finally {
            applyingLayout = false;
        }
    }

    /** The seller dragged the columns into this order (every column, shown or hidden); it is remembered. */
    public void reorderColumns(List<GridColumn> order) {
        if (columns.stream().map(ColumnState::column).toList().equals(order)) {
            return;
        }
        Map<GridColumn, ColumnState> byColumn = new LinkedHashMap<>();
        columns.forEach(s -> byColumn.put(s.column(), s));
        List<ColumnState> result = new ArrayList<>(columns.size());
        for (GridColumn c : order) {
            ColumnState s = byColumn.remove(c);
            if (s != null) {
                result.add(s);
            }
        }
        result.addAll(byColumn.values());
        columns.setAll(result);
        saveColumns();
    }

    private void saveColumns() {
        if (applyingLayout) {
            return;
        }
        List<ColumnChoice> choice = columns.stream()
                .map(s -> new ColumnChoice(s.column().id(), s.visibleProperty().get())).toList();
        tasks.execute(() -> {
            backend.saveColumns(choice);
            return null;
        }, ok -> { }, failure -> error.set(messages.get("grid.columns.saveFailed", reason(failure))));
    }

    // ---- cost edits and undo -----------------------------------------------------------------------

    /**
     * Stores what the seller typed into a cost cell. Bad input is refused with a message naming the SKU,
     * the field and the problem, and nothing is stored.
     */
    public void editCost(String sellerSku, EditableCost field, String text) {
        Integer pos = positionBySku.get(sellerSku);
        if (pos == null) {
            return;
        }
        SkuGridRow row = all.get(pos).data();
        String fieldName = messages.get(field.messageKey());
        if (row.costs().get(field) == null) {
            error.set(messages.get("grid.edit.noProfile", sellerSku));
            return;
        }
        String t = text == null ? "" : text.strip().replaceAll("^[¥￥$]|元$", "").strip();
        if (t.isEmpty()) {
            error.set(messages.get("grid.edit.empty", sellerSku, fieldName));
            return;
        }
        if (!NUMBER.matcher(t).matches()) {
            error.set(messages.get("grid.edit.notNumber", sellerSku, fieldName, text));
            return;
        }
        BigDecimal amount = new BigDecimal(t);
        if (amount.signum() < 0) {
            error.set(messages.get("grid.edit.negative", sellerSku, fieldName, text));
            return;
        }
        if (amount.stripTrailingZeros().scale() > 4) {
            error.set(messages.get("grid.edit.decimals", sellerSku, fieldName, text));
            return;
        }
        if (field == EditableCost.PURCHASE && amount.signum() == 0) {
            error.set(messages.get("grid.edit.zeroPurchase", sellerSku));
            return;
        }
        if (amount.compareTo(row.costs().get(field).amount()) == 0) {
            return;
        }
        error.set("");
        working.set(true);
        tasks.execute(() -> backend.editCost(sellerSku, field, amount), edit -> {
            working.set(false);
            replace(List.of(edit.row()));
            undo.push(new CostStep(edit));
            redo.clear();
            updateUndo();
            message.set(messages.get("grid.edit.saved", sellerSku, fieldName, formats.cost(edit.before()),
                    formats.cost(edit.after())));
        }, failure -> {
            working.set(false);
            error.set(messages.get("grid.edit.failed", sellerSku, fieldName, reason(failure)));
        });
    }

    /**
     * Stores what the seller typed into a 最低价 / 封顶价 / 常规售价 cell: a USD amount above zero in whole
     * cents, or nothing to clear it. Bad input (or a minimum above the maximum) is refused with a message
     * naming the SKU, the field and the problem, and nothing is stored.
     */
    /**
     * What the seller should know after a price setting is saved: a regular price the limits will clamp, or a
     * current price outside the new limit (nothing moves it now; the engine's next change respects it).
     */
    private String settingNotes(PriceSettingEdit edit) {
        SkuGridRow row = edit.row();
        com.pricedesk.domain.pricing.PriceSettings now = new com.pricedesk.domain.pricing.PriceSettings(
                row.manualMin(), row.manualMax(), row.regularPrice());
        StringBuilder notes = new StringBuilder();
        if (edit.regularOutsideLimits()) {
            notes.append(' ').append(messages.get("grid.setting.regularOutside", formats.money(row.regularPrice())));
        }
        if (edit.field() == PriceSettingField.MIN && now.belowMinimum(row.price())) {
            notes.append(' ').append(messages.get("grid.setting.priceBelowMin", formats.money(row.price()),
                    formats.money(row.manualMin())));
        } else if (edit.field() == PriceSettingField.MAX && now.aboveMaximum(row.price())) {
            notes.append(' ').append(messages.get("grid.setting.priceAboveMax", formats.money(row.price()),
                    formats.money(row.manualMax())));
        }
        return notes.toString();
    }

    public void editPriceSetting(String sellerSku, PriceSettingField field, String text) {
        Integer pos = positionBySku.get(sellerSku);
        if (pos == null) {
            return;
        }
        SkuGridRow row = all.get(pos).data();
        String fieldName = messages.get(field.messageKey());
        com.pricedesk.domain.money.Money current = settingOf(row, field);
        String t = text == null ? "" : text.strip().replaceAll("^(US\\$|\\$)", "").strip();
        Optional<BigDecimal> amount;
        if (t.isEmpty()) {
            if (current == null) {
                return;
            }
            amount = Optional.empty();
        } else {
            if (!NUMBER.matcher(t).matches()) {
                error.set(messages.get("grid.edit.notNumber", sellerSku, fieldName, text));
                return;
            }
            BigDecimal v = new BigDecimal(t);
            if (v.signum() <= 0) {
                error.set(messages.get("grid.setting.notPositive", sellerSku, fieldName, text));
                return;
            }
            if (v.stripTrailingZeros().scale() > 2) {
                error.set(messages.get("grid.setting.cents", sellerSku, fieldName, text));
                return;
            }
            if (current != null && v.compareTo(current.amount()) == 0) {
                return;
            }
            com.pricedesk.domain.money.Money min = field == PriceSettingField.MIN ? null : row.manualMin();
            com.pricedesk.domain.money.Money max = field == PriceSettingField.MAX ? null : row.manualMax();
            if (field == PriceSettingField.MIN && row.manualMax() != null && v.compareTo(row.manualMax().amount()) > 0
                    || field == PriceSettingField.MAX && row.manualMin() != null
                    && v.compareTo(row.manualMin().amount()) < 0) {
                String lo = field == PriceSettingField.MIN ? v.toPlainString() : min.toPlainString();
                String hi = field == PriceSettingField.MAX ? v.toPlainString() : max.toPlainString();
                error.set(messages.get("grid.setting.minAboveMax", sellerSku, lo, hi));
                return;
            }
            amount = Optional.of(v);
        }
        error.set("");
        working.set(true);
        tasks.execute(() -> backend.editPriceSetting(sellerSku, field, amount), edit -> {
            working.set(false);
            replace(List.of(edit.row()));
            undo.push(new SettingStep(edit));
            redo.clear();
            updateUndo();
            String saved = messages.get("grid.edit.saved", sellerSku, fieldName, formats.money(edit.before()),
                    formats.money(edit.after()));
            message.set(saved + settingNotes(edit));
        }, failure -> {
            working.set(false);
            error.set(messages.get("grid.edit.failed", sellerSku, fieldName, settingReason(failure)));
        });
    }

    private static com.pricedesk.domain.money.Money settingOf(SkuGridRow row, PriceSettingField field) {
        return switch (field) {
            case MIN -> row.manualMin();
            case MAX -> row.manualMax();
            case REGULAR -> row.regularPrice();
        };
    }

    /** The service's refusal in the seller's language; other failures as they are. */
    private String settingReason(Throwable failure) {
        Throwable t = failure;
        while (t != null && !(t instanceof PriceSettingsService.InvalidPriceSetting)) {
            t = t.getCause();
        }
        if (t instanceof PriceSettingsService.InvalidPriceSetting e) {
            return switch (e.problem()) {
                case NOT_POSITIVE -> messages.get("grid.setting.reason.notPositive", e.value().toPlainString());
                case MORE_THAN_CENTS -> messages.get("grid.setting.reason.cents", e.value().toPlainString());
                case ABOVE_SANITY_MAX -> messages.get("grid.setting.reason.sanityMax", e.value().toPlainString(),
                        e.sanityMax().toPlainString());
                case MIN_ABOVE_MAX -> messages.get("grid.setting.reason.minAboveMax",
                        e.wouldBe().manualMin().toPlainString(), e.wouldBe().manualMax().toPlainString());
            };
        }
        return reason(failure);
    }

    /** One edit the seller can undo and redo: of a cost field or of a price setting. */
    private sealed interface Step permits CostStep, SettingStep {
        String sellerSku();

        String fieldKey();

        /** Stores the value before ({@code before}) or after the edit again; the SKU's row recomputed. */
        SkuGridRow store(SkuGridBackend backend, boolean before);

        String shown(GridFormats formats, boolean before);
    }

    private record CostStep(CostEdit edit) implements Step {
        public String sellerSku() {
            return edit.sellerSku();
        }

        public String fieldKey() {
            return edit.field().messageKey();
        }

        public SkuGridRow store(SkuGridBackend backend, boolean before) {
            return backend.editCost(edit.sellerSku(), edit.field(),
                    (before ? edit.before() : edit.after()).amount()).row();
        }

        public String shown(GridFormats formats, boolean before) {
            return formats.cost(before ? edit.before() : edit.after());
        }
    }

    private record SettingStep(PriceSettingEdit edit) implements Step {
        public String sellerSku() {
            return edit.sellerSku();
        }

        public String fieldKey() {
            return edit.field().messageKey();
        }

        public SkuGridRow store(SkuGridBackend backend, boolean before) {
            com.pricedesk.domain.money.Money m = before ? edit.before() : edit.after();
            return backend.editPriceSetting(edit.sellerSku(), edit.field(),
                    Optional.ofNullable(m).map(com.pricedesk.domain.money.Money::amount)).row();
        }

        public String shown(GridFormats formats, boolean before) {
            return formats.money(before ? edit.before() : edit.after());
        }
    }

    /** Puts back the value before the last edit (Ctrl+Z), stored like any edit; it can then be redone. */
    @Override
    public void undo() {
        if (undo.isEmpty() || working.get()) {
            return;
        }
        Step last = undo.pop();
        updateUndo();
        String fieldName = messages.get(last.fieldKey());
        working.set(true);
        tasks.execute(() -> last.store(backend, true), row -> {
            working.set(false);
            replace(List.of(row));
            redo.push(last);
            updateUndo();
            error.set("");
            message.set(messages.get("grid.edit.undone", last.sellerSku(), fieldName, last.shown(formats, true)));
        }, failure -> {
            working.set(false);
            undo.push(last);
            updateUndo();
            error.set(messages.get("grid.edit.failed", last.sellerSku(), fieldName, settingReason(failure)));
        });
    }

    /** Makes the last undone edit again (Ctrl+Shift+Z or Ctrl+Y), stored like any edit. */
    @Override
    public void redo() {
        if (redo.isEmpty() || working.get()) {
            return;
        }
        Step next = redo.pop();
        updateUndo();
        String fieldName = messages.get(next.fieldKey());
        working.set(true);
        tasks.execute(() -> next.store(backend, false), row -> {
            working.set(false);
            replace(List.of(row));
            undo.push(next);
            updateUndo();
            error.set("");
            message.set(messages.get("grid.edit.redone", next.sellerSku(), fieldName, next.shown(formats, false)));
        }, failure -> {
            working.set(false);
            redo.push(next);
            updateUndo();
            error.set(messages.get("grid.edit.failed", next.sellerSku(), fieldName, settingReason(failure)));
        });
    }

    private void updateUndo() {
        canUndo.set(!undo.isEmpty());
        undoText.set(undo.isEmpty() ? messages.get("grid.undo")
                : messages.get("grid.undo.what", messages.get(undo.peek().fieldKey()), undo.peek().sellerSku()));
        canRedo.set(!redo.isEmpty());
        redoText.set(redo.isEmpty() ? messages.get("grid.redo")
                : messages.get("grid.redo.what", messages.get(redo.peek().fieldKey()), redo.peek().sellerSku()));
    }

    // ---- actions on the selection ------------------------------------------------------------------

    public void moveTier(List<String> sellerSkus, Tier tier) {
        if (sellerSkus.isEmpty()) {
            return;
        }
        selectionAction(() -> backend.moveTier(sellerSkus, tier),
                rows -> messages.get("grid.action.moved", sellerSkus.size(), messages.get(tier.messageKey())));
    }

    public void addTag(List<String> sellerSkus, String tag) {
        if (sellerSkus.isEmpty() || tag == null || tag.isBlank()) {
            return;
        }
        selectionAction(() -> backend.addTag(sellerSkus, tag),
                rows -> messages.get("grid.action.tagAdded", sellerSkus.size(), tag.strip()));
    }

    public void removeTag(List<String> sellerSkus, String tag) {
        if (sellerSkus.isEmpty() || tag == null || tag.isBlank()) {
            return;
        }
        selectionAction(() -> backend.removeTag(sellerSkus, tag),
                rows -> messages.get("grid.action.tagRemoved", sellerSkus.size(), tag.strip()));
    }

    private void selectionAction(java.util.concurrent.Callable<List<SkuGridRow>> work,
                                 java.util.function.Function<List<SkuGridRow>, String> done) {
        working.set(true);
        error.set("");
        tasks.execute(work, rows -> {
            working.set(false);
            replace(rows);
            message.set(done.apply(rows));
        }, failure -> {
            working.set(false);
            error.set(messages.get("grid.action.failed", reason(failure)));
        });
    }

    /** Runs the rules over the selection as a dry run and says what they would do; nothing is sent. */
    public void runRules(List<String> sellerSkus) {
        if (sellerSkus.isEmpty()) {
            return;
        }
        working.set(true);
        error.set("");
        tasks.execute(() -> backend.runRules(sellerSkus), run -> {
            working.set(false);
            message.set(summary(sellerSkus.size(), run));
        }, failure -> {
            working.set(false);
            error.set(messages.get("grid.action.failed", reason(failure)));
        });
    }

    private String summary(int skus, RepricingRun run) {
        StringBuilder b = new StringBuilder(messages.get("grid.action.rules", skus, run.decisions().size(),
                run.held().size(), run.conflicts().size(), run.unchanged().size()));
        int shown = 0;
        for (PriceDecision d : run.decisions()) {
            if (shown++ == 3) {
                b.append(" …");
                break;
            }
            b.append("  ").append(d.sellerSku()).append(' ').append(formats.money(d.oldPrice())).append(" → ")
                    .append(formats.money(d.newPrice()));
        }
        return b.toString();
    }

    // ---- opening a SKU -----------------------------------------------------------------------------

    public void setOnOpenSku(Consumer<String> handler) {
        this.onOpenSku = handler == null ? sku -> { } : handler;
    }

    public void openSku(String sellerSku) {
        if (sellerSku != null) {
            onOpenSku.accept(sellerSku);
        }
    }

    private static String reason(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    // ---- properties --------------------------------------------------------------------------------

    /** The rows after filters and sort, as the table shows them. */
    public ObservableList<GridRow> rows() {
        return filtered;
    }

    /** Number of rows loaded, whatever the filters. */
    public int totalRows() {
        return all.size();
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<ColumnState> columns() {
        return columns;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<Tier> tierFilterProperty() {
        return tierFilter;
    }

    public StringProperty tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<KpiStatus> kpiFilterProperty() {
        return kpiFilter;
    }

    public BooleanProperty belowFloorOnlyProperty() {
        return belowFloorOnly;
    }

    public BooleanProperty buyBoxLostOnlyProperty() {
        return buyBoxLostOnly;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    @Override
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty undoTextProperty() {
        if (undoText.get().isEmpty()) {
            updateUndo();
        }
        return undoText.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty redoTextProperty() {
        if (redoText.get().isEmpty()) {
            updateUndo();
        }
        return redoText.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    public GridFormats formats() {
        return formats;
    }
}
