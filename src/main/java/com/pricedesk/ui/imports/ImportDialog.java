package com.pricedesk.ui.imports;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.imports.PlannedChange;
import com.pricedesk.domain.imports.CostField;
import com.pricedesk.ui.imports.ImportViewModel.ChangeRow;
import com.pricedesk.ui.imports.ImportViewModel.ColumnRow;
import com.pricedesk.ui.imports.ImportViewModel.IssueRow;
import com.pricedesk.ui.imports.ImportViewModel.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The import window: what PriceDesk read from the sheet (columns, with a choice to re-map each),
 * every problem located as Excel shows it, what would change, and the buttons to import. Only shows
 * the {@link ImportViewModel}'s state; all work runs there, off the FX thread.
 */
public final class ImportDialog {
    /** A column's mapping choice; {@code field} null means "not imported". */
    private record Choice(CostField field) {
    }

    private final ImportViewModel vm;
    private final Messages msg;
    private final Stage stage = new Stage();
    private final Label summary = new Label();
    private final Label status = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Button importAll = new Button();
    private final Button importValid = new Button();
    private final Tab issuesTab = new Tab();
    private final Tab changesTab = new Tab();

    public ImportDialog(ImportViewModel vm, Window owner) {
        this.vm = vm;
        this.msg = vm.messages();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(msg.get("importui.title"));

        summary.setId("importSummary");
        summary.getStyleClass().add("import-summary");
        summary.setWrapText(true);
        status.setId("importStatus");
        status.getStyleClass().add("import-status");
        status.setWrapText(true);
        busy.setPrefSize(18, 18);

        Tab columnsTab = new Tab(msg.get("importui.tab.columns"), columnsTable());
        issuesTab.setContent(issuesTable());
        changesTab.setContent(changesTable());
        TabPane tabs = new TabPane(columnsTab, issuesTab, changesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        importAll.setId("importButton");
        importAll.setText(msg.get("importui.import"));
        importAll.setDefaultButton(true);
        importAll.setOnAction(e -> vm.commit(false));
        importValid.setId("importValidButton");
        importValid.setText(msg.get("importui.importValid"));
        importValid.setOnAction(e -> vm.commit(true));
        Button close = new Button(msg.get("importui.close"));
        close.setId("importClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusLine = new HBox(8, busy, status);
        statusLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        for (Button b : List.of(close, importValid, importAll)) {
            b.setMinWidth(Region.USE_PREF_SIZE); // the status text wraps; the buttons never shrink to "…"
        }
        HBox buttons = new HBox(8, statusLine, spacer, close, importValid, importAll);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(msg.get("importui.title"));
        title.getStyleClass().add("title-3");
        VBox top = new VBox(4, title, summary);
        BorderPane root = new BorderPane(tabs, top, null, buttons, null);
        root.setId("importDialog");
        root.setPadding(new Insets(12));
        BorderPane.setMargin(tabs, new Insets(8, 0, 8, 0));
        Scene scene = new Scene(root, 1040, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);

        vm.phaseProperty().addListener((o, a, b) -> refresh());
        vm.statusProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private void refresh() {
        Phase phase = vm.phaseProperty().get();
        summary.setText(vm.summary());
        status.setText(vm.statusProperty().get());
        status.getStyleClass().removeAll("danger", "success");
        if (phase == Phase.FAILED || (phase == Phase.PREVIEW && vm.canImportValidRows())) {
            status.getStyleClass().add("danger");
        } else if (phase == Phase.DONE) {
            status.getStyleClass().add("success");
        }
        busy.setVisible(phase == Phase.READING || phase == Phase.IMPORTING);
        busy.setManaged(busy.isVisible());
        importAll.setDisable(!vm.canImport());
        importValid.setVisible(vm.canImportValidRows());
        importValid.setManaged(importValid.isVisible());
        long errors = vm.issues().stream().filter(IssueRow::error).count();
        long warnings = vm.issues().stream().filter(i -> i.severity() == ImportViewModel.Severity.WARNING).count();
        issuesTab.setText(msg.get("importui.tab.issues", errors, warnings));
        changesTab.setText(msg.get("importui.tab.changes", vm.changes().size()));
    }

    private TableView<ColumnRow> columnsTable() {
        TableView<ColumnRow> t = new TableView<>(vm.columns());
        t.setId("importColumns");
        t.getColumns().add(text(msg.get("importui.col.column"), 70, ColumnRow::letter));
        t.getColumns().add(text(msg.get("importui.col.header"), 200, ColumnRow::header));
        TableColumn<ColumnRow, ColumnRow> field = new TableColumn<>(msg.get("importui.col.field"));
        field.setPrefWidth(230);
        field.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        field.setCellFactory(c -> new FieldCell());
        t.getColumns().add(field);
        t.getColumns().add(text(msg.get("importui.col.notes"), 420, ColumnRow::notes));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private TableView<IssueRow> issuesTable() {
        TableView<IssueRow> t = new TableView<>(vm.issues());
        t.setId("importIssues");
        TableColumn<IssueRow, String> kind = text(msg.get("importui.col.severity"), 80,
                i -> msg.get("importui." + i.severity().name().toLowerCase(java.util.Locale.ROOT)));
        kind.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("import-error", "import-warning", "import-note");
                IssueRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    getStyleClass().add("import-" + row.severity().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        t.getColumns().add(kind);
        t.getColumns().add(text(msg.get("importui.col.cell"), 150, IssueRow::where));
        t.getColumns().add(text(msg.get("importui.col.header"), 150, IssueRow::header));
        t.getColumns().add(text(msg.get("importui.col.value"), 110, IssueRow::value));
        t.getColumns().add(text(msg.get("importui.col.message"), 460, IssueRow::message));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(msg.get("importui.noIssues")));
        return t;
    }

    private TableView<ChangeRow> changesTable() {
        TableView<ChangeRow> t = new TableView<>(vm.changes());
        t.setId("importChanges");
        t.getColumns().add(text(msg.get("importui.col.sku"), 160, ChangeRow::sku));
        t.getColumns().add(text(msg.get("importui.col.row"), 70, c -> Integer.toString(c.row())));
        t.getColumns().add(text(msg.get("importui.col.change"), 100,
                c -> msg.get(c.kind() == PlannedChange.Kind.CREATED ? "importui.created" : "importui.updated")));
        t.getColumns().add(text(msg.get("importui.col.fields"), 560, ChangeRow::fields));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(msg.get("importui.noChanges")));
        return t;
    }

    private static <R> TableColumn<R, String> text(String header, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    /** A drop-down of the fields PriceDesk stores, plus "not imported"; choosing one re-reads the sheet. */
    private final class FieldCell extends TableCell<ColumnRow, ColumnRow> {
        private final ComboBox<Choice> box = new ComboBox<>();

        FieldCell() {
            List<Choice> choices = new ArrayList<>();
            choices.add(new Choice(null));
            ImportViewModel.MAPPABLE.forEach(f -> choices.add(new Choice(f)));
            box.setItems(FXCollections.observableList(choices));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(Choice item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : vm.fieldLabel(item.field()));
                }
            });
            box.setButtonCell(box.getCellFactory().call(null));
            box.setOnAction(e -> {
                ColumnRow row = getItem();
                Choice chosen = box.getValue();
                if (row != null && chosen != null && chosen.field() != row.field()) {
                    vm.remap(row, chosen.field());
                }
            });
        }

        @Override
        protected void updateItem(ColumnRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            box.setValue(box.getItems().stream().filter(c -> c.field() == row.field()).findFirst()
                    .orElse(box.getItems().get(0)));
            getStyleClass().removeAll("unmapped");
            if (row.field() == null) {
                getStyleClass().add("unmapped");
            }
            setGraphic(box);
        }
    }
}
