package com.pricedesk.ui.imports;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.imports.ImportBatch;
import com.pricedesk.domain.imports.ImportKind;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** File → Import history…: what was imported when, and "Undo this import". */
public final class ImportHistoryDialog {
    private final Stage stage = new Stage();

    public ImportHistoryDialog(ImportHistoryViewModel vm, Window owner, ZoneId zone) {
        Messages msg = vm.messages();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(msg.get("importui.history.title"));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(msg.locale())
                .withZone(zone);
        NumberFormat n = NumberFormat.getIntegerInstance(msg.locale());

        TableView<ImportBatch> table = new TableView<>(vm.batches());
        table.setId("importHistory");
        table.getColumns().add(col("#", 50, b -> Long.toString(b.id())));
        table.getColumns().add(col(msg.get("importui.history.when"), 170, b -> when.format(b.importedAt())));
        table.getColumns().add(col(msg.get("importui.history.kind"), 110,
                b -> msg.get(b.kind() == ImportKind.ADS ? "importui.history.ads" : "importui.history.costs")));
        table.getColumns().add(col(msg.get("importui.history.file"), 220, ImportBatch::fileName));
        table.getColumns().add(col(msg.get("importui.history.counts"), 260, b -> msg.get("importui.history.countsText",
                n.format(b.created()), n.format(b.updated()), n.format(b.unchanged()), n.format(b.skipped()))));
        table.getColumns().add(col(msg.get("importui.history.state"), 170, b -> b.reverted()
                ? msg.get("importui.history.revertedAt", when.format(b.revertedAt())) : ""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(msg.get("importui.history.none")));

        Button undo = new Button(msg.get("importui.history.undo"));
        undo.setId("undoImport");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.canRevert(table.getSelectionModel().getSelectedItem()),
                table.getSelectionModel().selectedItemProperty(), vm.batches()));
        undo.setOnAction(e -> {
            ImportBatch b = table.getSelectionModel().getSelectedItem();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, msg.get("importui.history.confirm", b.id(),
                    b.fileName()), ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(stage);
            confirm.setHeaderText(null);
            confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> vm.revert(b));
        });
        Button close = new Button(msg.get("importui.close"));
        close.setCancelButton(true);
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> stage.close());
        Label status = new Label();
        status.setId("importHistoryStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(8, status, close, undo);
        buttons.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(table, null, null, buttons, null);
        BorderPane.setMargin(table, new Insets(0, 0, 8, 0));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 980, 460);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private static TableColumn<ImportBatch, String> col(String header, double width, Function<ImportBatch, String> v) {
        TableColumn<ImportBatch, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(v.apply(d.getValue())));
        return c;
    }
}
