package com.pricedesk.ui.queue;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.ui.queue.QueueViewModel.DetailText;
import com.pricedesk.ui.queue.QueueViewModel.QueueRow;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Price changes tab (调价审批): the emergency stop on top, then the filters and actions, the
 * changes table and the selected change's details. Only controls here; the work is in the ViewModel.
 */
public final class QueueView extends BorderPane {
    private final QueueViewModel vm;
    private final Messages msg;
    private final TableView<QueueRow> table = new TableView<>();
    private final VBox details = new VBox();

    public QueueView(QueueViewModel vm) {
        this.vm = vm;
        this.msg = vm.messages();
        setId("queueView");
        getStyleClass().add("queue-view");
        getStylesheets().add(QueueView.class.getResource("/ui/queue.css").toExternalForm());
        VBox top = new VBox(8, stopBar(), filterBar(), actionBar());
        top.setPadding(new Insets(10, 12, 6, 12));
        setTop(top);
        configureTable();
        details.setId("queueDetail");
        details.getStyleClass().add("queue-detail");
        ScrollPane detailScroll = new ScrollPane(details);
        detailScroll.setFitToWidth(true);
        // The table gets the window's whole width (many columns); the details sit below it.
        SplitPane split = new SplitPane(table, detailScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.56);
        SplitPane.setResizableWithParent(detailScroll, false);
        setCenter(split);
        setBottom(messageBar());
        vm.detailProperty().addListener((o, was, d) -> showDetail(d));
        showDetail(null);
    }

    private HBox stopBar() {
        Label state = new Label();
        state.setId("stopState");
        state.getStyleClass().add("stop-text");
        state.textProperty().bind(vm.stopTextProperty());
        state.setWrapText(true);
        Button toggle = new Button();
        toggle.setId("emergencyStop");
        toggle.getStyleClass().addAll("emergency-stop", "danger");
        toggle.textProperty().bind(Bindings.when(vm.pausedProperty()).then(msg.get("queue.stop.resume"))
                .otherwise(msg.get("queue.stop.pause")));
        toggle.disableProperty().bind(vm.busyProperty());
        toggle.setOnAction(e -> vm.toggleStop());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, state, spacer, toggle);
        bar.setId("stopBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("stop-bar");
        vm.pausedProperty().addListener((o, was, is) -> {
            bar.getStyleClass().remove("stop-on");
            toggle.getStyleClass().removeAll("resume", "success", "danger");
            if (is) {
                bar.getStyleClass().add("stop-on");
                toggle.getStyleClass().addAll("resume", "success");
            } else {
                toggle.getStyleClass().add("danger");
            }
        });
        return bar;
    }

    private HBox filterBar() {
        ComboBox<ChangeState> states = new ComboBox<>();
        states.setId("queueState");
        states.getItems().setAll(vm.states());
        states.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChangeState s) {
                return vm.stateName(s);
            }

            @Override
            public ChangeState fromString(String text) {
                return null;
            }
        });
        states.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ChangeState s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? "" : vm.stateName(s));
            }
        });
        states.getSelectionModel().select(vm.stateProperty().get());
        states.valueProperty().addListener((o, was, is) -> vm.stateProperty().set(is));
        TextField filter = new TextField();
        filter.setId("queueFilter");
        filter.setPromptText(msg.get("queue.filter.prompt"));
        filter.setPrefColumnCount(22);
        vm.textProperty().bind(filter.textProperty());
        Label count = new Label();
        count.setId("queueCount");
        count.textProperty().bind(vm.countTextProperty());
        HBox bar = new HBox(10, new Label(msg.get("queue.filter.state")), states, filter, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox actionBar() {
        Button approve = new Button(msg.get("queue.approve"));
        approve.setId("queueApprove");
        approve.getStyleClass().add("accent");
        approve.setOnAction(e -> vm.approve(selectedIds()));
        TextField reason = new TextField();
        reason.setId("rejectReason");
        reason.setPromptText(msg.get("queue.reject.reasonPrompt"));
        reason.setPrefColumnCount(18);
        Button reject = new Button(msg.get("queue.reject"));
        reject.setId("queueReject");
        reject.setOnAction(e -> {
            vm.reject(selectedIds(), reason.getText());
            reason.clear();
        });
        Button approveAll = new Button(msg.get("queue.approveAll"));
        approveAll.setId("queueApproveAll");
        approveAll.setOnAction(e -> vm.approveAllVisible());
        var noSelection = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        approve.disableProperty().bind(vm.busyProperty().or(noSelection));
        reject.disableProperty().bind(vm.busyProperty().or(noSelection));
        approveAll.disableProperty().bind(vm.busyProperty().or(Bindings.isEmpty(vm.rows())));
        Button submit = new Button();
        submit.setId("queueSubmit");
        submit.textProperty().bind(Bindings.createStringBinding(() -> msg.get("queue.submit",
                vm.approvedProperty().get()), vm.approvedProperty()));
        submit.disableProperty().bind(vm.busyProperty().or(vm.submitBlockedProperty().isNotEmpty()));
        Label blocked = new Label();
        blocked.setId("submitBlocked");
        blocked.getStyleClass().add("queue-blocked");
        blocked.textProperty().bind(vm.submitBlockedProperty());
        submit.setOnAction(e -> vm.submitNow());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.submitBlockedProperty());
        submit.setTooltip(tip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, approve, reject, reason, approveAll, spacer, blocked, submit);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(QueueRow::id).toList();
    }

    private void configureTable() {
        table.setId("queueTable");
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(vm.loadedProperty()).then(msg.get("queue.empty"))
                .otherwise(msg.get("queue.loading")));
        table.setPlaceholder(empty);
        table.getColumns().setAll(List.of(
                column("queue.col.sku", 140, QueueRow::sellerSku),
                column("queue.col.title", 170, QueueRow::title),
                priceColumn(),
                column("queue.col.band", 135, QueueRow::band),
                column("queue.col.rule", 110, QueueRow::rule),
                column("queue.col.reason", 300, QueueRow::reason),
                stateColumn(),
                column("queue.col.updated", 185, r -> r.updated() + " · " + r.age())));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) ->
                vm.select(is == null ? -1 : is.id()));
    }

    private TableColumn<QueueRow, String> column(String key, double width, Function<QueueRow, String> value) {
        TableColumn<QueueRow, String> c = new TableColumn<>(msg.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.length() < 30 ? null : new Tooltip(s));
            }
        });
        return c;
    }

    private TableColumn<QueueRow, QueueRow> priceColumn() {
        TableColumn<QueueRow, QueueRow> c = new TableColumn<>(msg.get("queue.col.price"));
        c.setPrefWidth(215);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(QueueRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("price-up", "price-down");
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                setText(r.prices() + "  (" + r.change() + ")");
                if (r.direction() != 0) {
                    getStyleClass().add(r.direction() > 0 ? "price-up" : "price-down");
                }
            }
        });
        return c;
    }

    private TableColumn<QueueRow, QueueRow> stateColumn() {
        TableColumn<QueueRow, QueueRow> c = new TableColumn<>(msg.get("queue.col.state"));
        c.setPrefWidth(110);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(QueueRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                Label chip = new Label(r.stateText());
                chip.getStyleClass().addAll("state-chip", "state-" + r.state().name().toLowerCase(Locale.ROOT));
                setGraphic(chip);
            }
        });
        return c;
    }

    private HBox messageBar() {
        Label message = new Label();
        message.setId("queueMessage");
        message.textProperty().bind(vm.messageProperty());
        Label error = new Label();
        error.setId("queueError");
        error.getStyleClass().add("queue-error");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        HBox bar = new HBox(16, message, error);
        bar.setPadding(new Insets(4, 12, 6, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void showDetail(DetailText d) {
        if (d == null) {
            Label hint = new Label(msg.get("queue.detail.none"));
            hint.setWrapText(true);
            details.getChildren().setAll(hint);
            return;
        }
        Label heading = new Label(d.heading());
        heading.setId("detailHeading");
        heading.getStyleClass().add("detail-heading");
        heading.setWrapText(true);
        VBox events = new VBox(4);
        events.setId("queueEvents");
        for (String line : d.events()) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("audit-line");
            events.getChildren().add(l);
        }
        VBox facts = new VBox(8,
                section("queue.detail.change", d.prices(), "detailPrices"),
                section("queue.detail.margin", d.margins(), "detailMargins"),
                section("queue.detail.guardrails", d.guardrails(), "detailGuardrails"),
                section("queue.detail.why", d.reason(), "detailReason"));
        facts.setPrefWidth(540);
        facts.setMinWidth(480);
        VBox audit = new VBox(4, caption("queue.detail.audit"), events);
        HBox.setHgrow(audit, Priority.ALWAYS);
        HBox columns = new HBox(16, facts, audit);
        details.getChildren().setAll(heading, columns);
    }

    private VBox section(String key, String text, String id) {
        Label value = new Label(text);
        value.setId(id);
        value.setWrapText(true);
        return new VBox(2, caption(key), value);
    }

    private Label caption(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("detail-label");
        return l;
    }

    /** The table, for tests. */
    public TableView<QueueRow> table() {
        return table;
    }
}
