package com.pricedesk.ui.skus;

import com.pricedesk.app.catalog.SkuOverview;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import atlantafx.base.controls.CustomTextField;
import javafx.scene.control.Button;

/** The SKU grid: a filter bar over a virtualized, sortable table. Binds to {@link SkuGridViewModel}. */
public final class SkuGridView extends BorderPane {
    private final TableView<SkuOverview> table = new TableView<>();
    private final CustomTextField filter = new CustomTextField();

    public SkuGridView(SkuGridViewModel vm) {
        Messages msg = vm.messages();
        getStyleClass().add("sku-grid");

        filter.setId("skuFilter");
        filter.setPromptText(msg.get("grid.filter.prompt"));
        filter.setPrefColumnCount(32);
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        Button clear = new Button("\u2715");
        clear.getStyleClass().addAll("flat", "small");
        clear.setFocusTraversable(false);
        clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
        clear.setOnAction(e -> filter.clear());
        filter.setRight(clear);
        Label count = new Label();
        count.setId("skuCount");
        count.getStyleClass().add("count-label");
        count.textProperty().bind(vm.countTextProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());
        Label error = new Label();
        error.getStyleClass().add("error-label");
        error.textProperty().bind(vm.errorProperty());
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
        HBox bar = new HBox(10, filter, subset, busy, error, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add("filter-bar");

        table.setId("skuTable");
        // Money first: what a seller scans is price against cost and floor; identifiers trail.
        table.getColumns().addAll(java.util.List.of(
                textColumn(msg.get("grid.sku"), SkuOverview::sellerSku, 150),
                textColumn(msg.get("grid.title"), SkuOverview::title, 280),
                textColumn(msg.get("grid.localTitle"), SkuOverview::localTitle, 150),
                tierColumn(msg),
                moneyColumn(msg.get("grid.price"), SkuOverview::price),
                moneyColumn(msg.get("grid.landedCost"), SkuOverview::landedCost),
                marginColumn(msg),
                moneyColumn(msg.get("grid.breakEven"), SkuOverview::breakEven),
                moneyColumn(msg.get("grid.floor"), SkuOverview::floor),
                textColumn(msg.get("grid.asin"), SkuOverview::asin, 110),
                textColumn(msg.get("grid.category"), s -> categoryLabel(msg, s.category()), 170)));
        SortedList<SkuOverview> sorted = new SortedList<>(vm.visibleSkus());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(msg.get("grid.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        setTop(bar);
        setCenter(table);
        // Start with the grid focused, so the filter shows its hint and arrow keys move through rows.
        javafx.application.Platform.runLater(table::requestFocus);
    }

    /** Double-click or Enter on a row opens that SKU (its detail). */
    public void setOnOpenSku(java.util.function.Consumer<String> onOpen) {
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<SkuOverview> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem().sellerSku());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            SkuOverview s = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && s != null) {
                e.consume();
                onOpen.accept(s.sellerSku());
            }
        });
    }

    public TableView<SkuOverview> table() {
        return table;
    }

    private static String categoryLabel(Messages msg, String category) {
        String key = "category." + category.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
        String label = msg.get(key);
        return label.equals(key) ? category : label;
    }

    private static TableColumn<SkuOverview, String> textColumn(String title, Function<SkuOverview, String> value,
                                                               double width) {
        TableColumn<SkuOverview, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<SkuOverview, Tier> tierColumn(Messages msg) {
        TableColumn<SkuOverview, Tier> c = new TableColumn<>(msg.get("grid.tier"));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().tier()));
        c.setPrefWidth(90);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Tier tier, boolean empty) {
                super.updateItem(tier, empty);
                getStyleClass().removeIf(s -> s.startsWith("tier-"));
                if (empty || tier == null) {
                    setText(null);
                } else {
                    setText(msg.get(tier.messageKey()));
                    getStyleClass().add("tier-" + tier.name().toLowerCase(Locale.ROOT));
                }
            }
        });
        return c;
    }

    /** Margin in percent; red when the price earns less than the tier's minimum margin. */
    private static TableColumn<SkuOverview, SkuOverview> marginColumn(Messages msg) {
        TableColumn<SkuOverview, SkuOverview> c = new TableColumn<>(msg.get("grid.margin"));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setComparator(Comparator.comparing(SkuOverview::marginPct, Comparator.nullsLast(Comparator.naturalOrder())));
        c.setPrefWidth(80);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(SkuOverview s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().remove("below-floor");
                if (empty || s == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(s.marginPct() == null ? "—"
                        : s.marginPct().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%");
                if (s.belowFloorMargin()) {
                    getStyleClass().add("below-floor");
                    setTooltip(new javafx.scene.control.Tooltip(msg.get("grid.belowFloor.tooltip")));
                } else {
                    setTooltip(null);
                }
            }
        });
        return c;
    }

    /** Money sorts by amount with unknown values last, and shows as $12.99 or a dash. */
    private static TableColumn<SkuOverview, Money> moneyColumn(String title, Function<SkuOverview, Money> value) {
        TableColumn<SkuOverview, Money> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        c.setPrefWidth(102);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Money m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty ? null : m == null ? "—" : "$" + m.toPlainString());
            }
        });
        return c;
    }
}
