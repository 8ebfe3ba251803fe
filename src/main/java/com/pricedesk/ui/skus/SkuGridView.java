package com.pricedesk.ui.skus;

import atlantafx.base.controls.CustomTextField;
import com.pricedesk.app.grid.SkuGridRow;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.money.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The SKU grid: a filter bar, an action bar for the selection, and a virtualized table with one
 * column per {@link GridColumn}. Binds to {@link SkuGridViewModel}; sorting is done by the ViewModel
 * on precomputed values, so 100,000 rows sort without building cell values.
 */
public final class SkuGridView extends BorderPane {

    /** A combo-box entry: a value (null = no filter) and its label. */
    private record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final SkuGridViewModel vm;
    private final Messages msg;
    private final TableView<GridRow> table = new TableView<>();
    private final CustomTextField filter = new CustomTextField();
    private final Map<GridColumn, TableColumn<GridRow, GridRow>> tableColumns = new HashMap<>();
    private final Map<GridColumn, MenuItem> chooserItems = new HashMap<>();
    private final MenuButton columnChooser;
    private boolean arranging;

    public SkuGridView(SkuGridViewModel vm) {
        this.vm = vm;
        this.msg = vm.messages();
        getStyleClass().add("sku-grid");
        columnChooser = new MenuButton(msg.get("grid.columns"));
        columnChooser.setId("columnChooser");

        for (SkuGridViewModel.ColumnState s : vm.columns()) {
            TableColumn<GridRow, GridRow> tc = column(s.column());
            tc.visibleProperty().bindBidirectional(s.visibleProperty());
            tableColumns.put(s.column(), tc);
            // A check box that keeps the menu open, so several columns can be chosen in one go.
            javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(msg.get(s.column().messageKey()));
            box.setId("choose-" + s.column().id());
            box.selectedProperty().bindBidirectional(s.visibleProperty());
            javafx.scene.control.CustomMenuItem item = new javafx.scene.control.CustomMenuItem(box, false);
            chooserItems.put(s.column(), item);
        }
        arrangeColumns();
        vm.columns().addListener((ListChangeListener<SkuGridViewModel.ColumnState>) c -> arrangeColumns());
        table.getColumns().addListener((ListChangeListener<TableColumn<GridRow, ?>>) c -> {
            if (!arranging) {
                vm.reorderColumns(table.getColumns().stream().map(tc -> (GridColumn) tc.getUserData()).toList());
            }
        });

        table.setId("skuTable");
        table.setItems(vm.rows());
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(msg.get("grid.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setSortPolicy(t -> {
            vm.sortBy(t.getSortOrder().stream().map(c -> new SkuGridViewModel.SortKey((GridColumn) c.getUserData(),
                    c.getSortType() == TableColumn.SortType.ASCENDING)).toList());
            return true;
        });
        table.setRowFactory(t -> {
            TableRow<GridRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && table.getEditingCell() == null) {
                    vm.openSku(row.getItem().sellerSku());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.openSku(table.getSelectionModel().getSelectedItem().sellerSku());
                e.consume();
            } else if (com.pricedesk.ui.shell.EditMenu.UNDO.match(e)) {
                vm.undo();
                e.consume();
            } else if (com.pricedesk.ui.shell.EditMenu.REDO.match(e) || com.pricedesk.ui.shell.EditMenu.REDO_ALT.match(e)) {
                vm.redo();
                e.consume();
            }
        });

        setTop(new VBox(filterBar(), actionBar()));
        setCenter(table);
        // Start with the grid focused, so the filter shows its hint and arrow keys move through rows.
        Platform.runLater(table::requestFocus);
    }

    /** Enter or a double click on a row opens that SKU. */
    public void setOnOpenSku(Consumer<String> handler) {
        vm.setOnOpenSku(handler);
    }

    public TableView<GridRow> table() {
        return table;
    }

    // ---- bars --------------------------------------------------------------------------------------

    private HBox filterBar() {
        filter.setId("skuFilter");
        filter.setPromptText(msg.get("grid.filter.prompt"));
        filter.setPrefColumnCount(24);
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        Button clear = new Button("\u2715");
        clear.getStyleClass().addAll("flat", "small");
        clear.setFocusTraversable(false);
        clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
        clear.setOnAction(e -> filter.clear());
        filter.setRight(clear);

        ComboBox<Choice<Tier>> tier = new ComboBox<>();
        tier.setId("tierFilter");
        tier.getItems().add(new Choice<>(null, msg.get("grid.filter.allTiers")));
        for (Tier t : Tier.values()) {
            tier.getItems().add(new Choice<>(t, msg.get(t.messageKey())));
        }
        tier.getSelectionModel().selectFirst();
        tier.valueProperty().addListener((o, a, b) -> vm.tierFilterProperty().set(b == null ? null : b.value()));

        ComboBox<Choice<String>> tag = new ComboBox<>();
        tag.setId("tagFilter");
        Runnable fillTags = () -> {
            Choice<String> current = tag.getValue();
            List<Choice<String>> items = new ArrayList<>();
            items.add(new Choice<>(null, msg.get("grid.filter.allTags")));
            vm.tags().forEach(t -> items.add(new Choice<>(t, t)));
            tag.getItems().setAll(items);
            tag.setValue(items.stream().filter(i -> current != null && java.util.Objects.equals(i.value(),
                    current.value())).findFirst().orElse(items.get(0)));
        };
        fillTags.run();
        vm.tags().addListener((ListChangeListener<String>) c -> fillTags.run());
        tag.valueProperty().addListener((o, a, b) -> vm.tagFilterProperty().set(b == null ? null : b.value()));

        ComboBox<Choice<KpiStatus>> kpi = new ComboBox<>();
        kpi.setId("kpiFilter");
        kpi.getItems().add(new Choice<>(null, msg.get("grid.filter.allKpi")));
        for (KpiStatus s : List.of(KpiStatus.BREACH, KpiStatus.WARNING, KpiStatus.UNKNOWN, KpiStatus.OK)) {
            kpi.getItems().add(new Choice<>(s, msg.get(KpiChip.statusKey(s))));
        }
        kpi.getSelectionModel().selectFirst();
        kpi.valueProperty().addListener((o, a, b) -> vm.kpiFilterProperty().set(b == null ? null : b.value()));

        ToggleButton belowFloor = new ToggleButton(msg.get("grid.filter.belowFloor"));
        belowFloor.setId("belowFloorFilter");
        belowFloor.selectedProperty().bindBidirectional(vm.belowFloorOnlyProperty());
        ToggleButton buyBoxLost = new ToggleButton(msg.get("grid.filter.buyBoxLost"));
        buyBoxLost.setId("buyBoxLostFilter");
        buyBoxLost.selectedProperty().bindBidirectional(vm.buyBoxLostOnlyProperty());

        Label count = new Label();
        count.setId("skuCount");
        count.getStyleClass().add("count-label");
        count.textProperty().bind(vm.countTextProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty().or(vm.workingProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // A dashboard click limits the grid to the SKUs behind a figure: say so, and offer the way back.
        Button subset = new Button();
        subset.setId("skuSubset");
        subset.getStyleClass().addAll("small", "subset-chip");
        subset.textProperty().bind(vm.subsetLabelProperty().concat("  \u2715"));
        subset.visibleProperty().bind(vm.subsetLabelProperty().isNotEmpty());
        subset.managedProperty().bind(subset.visibleProperty());
        subset.setOnAction(e -> vm.clearSubset());
        HBox bar = new HBox(8, filter, subset, tier, tag, kpi, belowFloor, buyBoxLost, spacer, busy, count,
                columnChooser);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 6, 10));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private HBox actionBar() {
        Label selected = new Label();
        selected.setId("selectedCount");
        selected.getStyleClass().add("count-label");
        Runnable updateSelected = () -> selected.setText(msg.get("grid.selected",
                table.getSelectionModel().getSelectedItems().size()));
        updateSelected.run();
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<GridRow>) c ->
                updateSelected.run());

        MenuButton moveTier = new MenuButton(msg.get("grid.action.moveTier"));
        moveTier.setId("moveTier");
        for (Tier t : Tier.values()) {
            MenuItem item = new MenuItem(msg.get(t.messageKey()));
            item.setId("moveTo-" + t.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> vm.moveTier(selectedSkus(), t));
            moveTier.getItems().add(item);
        }
        Button addTag = new Button(msg.get("grid.action.addTag"));
        addTag.setId("addTag");
        addTag.setOnAction(e -> {
            List<String> skus = selectedSkus();
            TextInputDialog d = new TextInputDialog();
            d.setTitle(msg.get("grid.action.addTag"));
            d.setHeaderText(msg.get("grid.action.addTag.header", skus.size()));
            d.showAndWait().ifPresent(tag -> vm.addTag(skus, tag));
        });
        Button removeTag = new Button(msg.get("grid.action.removeTag"));
        removeTag.setId("removeTag");
        removeTag.setOnAction(e -> {
            List<String> skus = selectedSkus();
            TreeSet<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            table.getSelectionModel().getSelectedItems().forEach(r -> present.addAll(r.data().tags()));
            if (present.isEmpty()) {
                return;
            }
            ChoiceDialog<String> d = new ChoiceDialog<>(present.first(), present);
            d.setTitle(msg.get("grid.action.removeTag"));
            d.setHeaderText(msg.get("grid.action.removeTag.header", skus.size()));
            d.showAndWait().ifPresent(tag -> vm.removeTag(skus, tag));
        });
        Button runRules = new Button(msg.get("grid.action.runRules"));
        runRules.setId("runRules");
        runRules.setOnAction(e -> vm.runRules(selectedSkus()));
        for (javafx.scene.control.Control c : List.of(moveTier, addTag, removeTag, runRules)) {
            c.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(
                    table.getSelectionModel().getSelectedItems()).or(vm.workingProperty()));
        }
        Button undo = new Button();
        undo.setId("undoEdit");
        undo.textProperty().bind(vm.undoTextProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not().or(vm.workingProperty()));
        undo.setTooltip(new Tooltip(msg.get("grid.undo.tooltip")));
        undo.setOnAction(e -> vm.undo());
        Button redo = new Button();
        redo.setId("redoEdit");
        redo.textProperty().bind(vm.redoTextProperty());
        redo.disableProperty().bind(vm.canRedoProperty().not().or(vm.workingProperty()));
        redo.setTooltip(new Tooltip(msg.get("grid.redo.tooltip")));
        redo.setOnAction(e -> vm.redo());
        // Only while there is something to redo: the bar stays as it was for a seller who never undoes.
        redo.visibleProperty().bind(vm.canRedoProperty());
        redo.managedProperty().bind(redo.visibleProperty());

        Label message = new Label();
        message.setId("gridMessage");
        message.getStyleClass().add("grid-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Label error = new Label();
        error.setId("gridError");
        error.getStyleClass().add("error-label");
        error.textProperty().bind(vm.errorProperty());
        error.setMinWidth(0);
        error.setWrapText(false);
        message.visibleProperty().bind(vm.errorProperty().isEmpty());
        message.managedProperty().bind(message.visibleProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        HBox.setHgrow(error, Priority.ALWAYS);
        error.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(8, selected, moveTier, addTag, removeTag, runRules, undo, redo, message, error);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 10, 8, 10));
        bar.getStyleClass().addAll("filter-bar", "action-bar");
        return bar;
    }

    private List<String> selectedSkus() {
        return table.getSelectionModel().getSelectedItems().stream().map(GridRow::sellerSku).toList();
    }

    // ---- columns -----------------------------------------------------------------------------------

    /** Puts the table's columns and the chooser's entries in the ViewModel's order. */
    private void arrangeColumns() {
        arranging = true;
        try {
            List<TableColumn<GridRow, ?>> ordered = new ArrayList<>();
            List<MenuItem> items = new ArrayList<>();
            for (SkuGridViewModel.ColumnState s : vm.columns()) {
                ordered.add(tableColumns.get(s.column()));
                items.add(chooserItems.get(s.column()));
            }
            columnChooser.getItems().setAll(items);
            if (!table.getColumns().equals(ordered)) {
                table.getColumns().setAll(ordered);
            }
        } finally {
            arranging = false;
        }
    }

    private TableColumn<GridRow, GridRow> column(GridColumn c) {
        TableColumn<GridRow, GridRow> tc = new TableColumn<>(msg.get(c.messageKey()));
        tc.setUserData(c);
        tc.setId("col-" + c.id());
        tc.setPrefWidth(c.width());
        tc.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        tc.setEditable(c.kind() == GridColumn.Kind.COST || c.kind() == GridColumn.Kind.SETTING);
        GridFormats f = vm.formats();
        tc.setCellFactory(col -> c.kind() == GridColumn.Kind.COST ? new CostCell(c, vm)
                : c.kind() == GridColumn.Kind.SETTING ? new PriceSettingCell(c, vm) : new TableCell<>() {
            @Override
            protected void updateItem(GridRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeIf(s -> s.startsWith("tier-") || s.startsWith("kpi-") || s.equals("below-floor")
                        || s.startsWith("buybox-") || s.equals("number-cell") || s.equals("profit-negative"));
                setGraphic(null);
                setTooltip(null);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                render(this, c, row.data(), f);
            }
        });
        return tc;
    }

    private void render(TableCell<GridRow, GridRow> cell, GridColumn c, SkuGridRow r, GridFormats f) {
        Object v = c.valueOf(r);
        switch (c.kind()) {
            case TEXT -> cell.setText(c == GridColumn.CATEGORY ? categoryLabel(r.category()) : (String) v);
            case TIER -> {
                cell.setText(msg.get(r.tier().messageKey()));
                cell.getStyleClass().add("tier-" + r.tier().name().toLowerCase(Locale.ROOT));
            }
            case KPI -> {
                Label chip = new Label(KpiChip.text(msg, r));
                chip.getStyleClass().addAll("kpi-chip", KpiChip.styleClass(r.kpiStatus()));
                cell.setText(null);
                cell.setGraphic(chip);
                cell.setTooltip(new Tooltip(KpiChip.tooltip(msg, f, r)));
            }
            case MONEY -> {
                cell.getStyleClass().add("number-cell");
                cell.setText(f.money((Money) v));
                if (c == GridColumn.PRICE && r.belowFloor()) {
                    cell.getStyleClass().add("below-floor");
                    cell.setTooltip(new Tooltip(msg.get("grid.belowFloor.price", f.money(r.floor()))));
                }
                if (c == GridColumn.PROFIT && r.profit() != null && r.profit().isNegative()) {
                    cell.getStyleClass().add("profit-negative");
                }
            }
            case HOLDER -> {
                cell.setText(r.weHoldBuyBox() == null ? GridFormats.UNKNOWN
                        : msg.get(r.weHoldBuyBox() ? "grid.buyBox.us" : "grid.buyBox.other"));
                if (r.weHoldBuyBox() != null) {
                    cell.getStyleClass().add(r.weHoldBuyBox() ? "buybox-us" : "buybox-other");
                }
            }
            case PERCENT -> {
                cell.getStyleClass().add("number-cell");
                cell.setText(f.percent((java.math.BigDecimal) v));
                if (c == GridColumn.MARGIN && r.belowFloor()) {
                    cell.getStyleClass().add("below-floor");
                    cell.setTooltip(new Tooltip(msg.get("grid.belowFloor.price", f.money(r.floor()))));
                }
            }
            case NUMBER -> {
                cell.getStyleClass().add("number-cell");
                cell.setText(f.whole((Number) v));
            }
            case RANK -> {
                cell.getStyleClass().add("number-cell");
                cell.setText(v == null ? GridFormats.UNKNOWN : "#" + f.whole((Number) v));
            }
            default -> cell.setText(String.valueOf(v));
        }
    }

    private String categoryLabel(String category) {
        String key = "category." + category.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
        String label = msg.get(key);
        return label.equals(key) ? category : label;
    }
}
