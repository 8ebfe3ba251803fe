package com.pricedesk.ui.dashboard;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.Dashboard;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.ui.chart.ChartCard;
import com.pricedesk.ui.chart.DashboardCharts;
import com.pricedesk.ui.dashboard.DashboardViewModel.MoverRow;
import com.pricedesk.ui.fx.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The shop at a glance; every figure leads to the SKUs behind it. */
public final class DashboardView extends BorderPane {
    private final DashboardViewModel vm;
    private final Messages msg;
    private final DashboardCharts charts;
    private final HBox tiles = new HBox(10);
    private final GridPane grid = new GridPane();
    private final TableView<MoverRow> movers = new TableView<>();
    private final ListView<String> alerts = new ListView<>();
    private final ListView<String> jobs = new ListView<>();
    private final Label status = new Label();
    private final List<ChartCard> cards = new ArrayList<>();

    public DashboardView(DashboardViewModel vm, TaskExecutor tasks) {
        this.vm = vm;
        this.msg = vm.messages();
        setId("dashboard");
        getStyleClass().add("dashboard");
        charts = new DashboardCharts(msg, tasks, status::setText);
        setTop(header());
        grid.setHgap(12);
        grid.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        configureMovers();
        placeholder(alerts, "dashboard.alerts.none");
        placeholder(jobs, "dashboard.jobs.none");
        alerts.setId("dashboardAlerts");
        jobs.setId("dashboardJobs");
        VBox body = new VBox(12, tiles, grid);
        body.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        vm.dashboardProperty().addListener((o, old, d) -> show(d));
    }

    private HBox header() {
        Label title = new Label(msg.get("dashboard.title"));
        title.getStyleClass().add("title-3");
        Label asOf = new Label();
        asOf.setId("dashboardAsOf");
        asOf.getStyleClass().add("text-muted");
        asOf.textProperty().bind(vm.asOfProperty());
        HBox rangeBox = com.pricedesk.ui.fx.RangeSelector.create(msg, DashboardViewModel.RANGES, vm.daysProperty(), "dashRange");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());
        Label error = new Label();
        error.getStyleClass().add("error-label");
        error.textProperty().bind(vm.errorProperty());
        status.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, title, asOf, error, spacer, status, busy, rangeBox);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private void show(Dashboard d) {
        if (d == null) {
            return;
        }
        tiles.getChildren().setAll(
                tile(msg.get("dashboard.revenue"), vm.revenueText(), false, null),
                tile(msg.get("dashboard.profit"), vm.profitText(), vm.loss(), null),
                tile(msg.get("dashboard.margin"), vm.marginText(), vm.loss(), null),
                tile(msg.get("dashboard.units"), vm.unitsText(), false, null));
        for (KpiStatus s : DashboardViewModel.STATUS_ORDER) {
            tiles.getChildren().add(tile(msg.get("kpi.status." + s.name()), vm.format().whole(vm.count(s)),
                    false, s));
        }
        cards.clear();
        cards.add(charts.money(d));
        cards.add(charts.margin(d));
        cards.add(charts.statuses(d, DashboardViewModel.STATUS_ORDER, vm::openStatus));
        cards.add(charts.histogram(d, i -> vm.openBucket(i, charts.bucketLabel(d.marginDistribution().get(i)))));
        grid.getChildren().clear();
        for (int i = 0; i < cards.size(); i++) {
            grid.add(cards.get(i), i % 2, i / 2);
        }
        movers.getItems().setAll(vm.movers());
        alerts.getItems().setAll(vm.alerts());
        jobs.getItems().setAll(vm.jobs());
        grid.add(section("dashboard.movers", movers), 0, 2);
        VBox side = new VBox(12, section("dashboard.alerts", alerts), section("dashboard.jobs", jobs));
        grid.add(side, 1, 2);
    }

    /** A figure on a card; a KPI status card opens the grid limited to the SKUs with that status. */
    private Region tile(String caption, String value, boolean bad, KpiStatus status) {
        Label c = new Label(caption);
        c.getStyleClass().add("text-muted");
        Label v = new Label(value);
        v.getStyleClass().add("big-figure");
        if (bad) {
            v.getStyleClass().add("loss");
        }
        VBox box = new VBox(2, c, v);
        if (status == null) {
            box.getStyleClass().add("tile");
            box.setPadding(new Insets(8, 14, 8, 14));
            return box;
        }
        Button b = new Button(null, box);
        b.setId("kpiTile" + status.name());
        b.getStyleClass().addAll("tile", "kpi-tile", "kpi-" + status.name().toLowerCase(Locale.ROOT));
        b.setOnAction(e -> vm.openStatus(status));
        return b;
    }

    private void configureMovers() {
        movers.setId("dashboardMovers");
        movers.getColumns().add(column(msg.get("dashboard.mover.kind"), MoverRow::kind, 80));
        movers.getColumns().add(column(msg.get("grid.sku"), MoverRow::sellerSku, 140));
        movers.getColumns().add(column(msg.get("grid.title"), MoverRow::title, 190));
        movers.getColumns().add(column(msg.get("dashboard.mover.before"), MoverRow::before, 80));
        movers.getColumns().add(column(msg.get("dashboard.mover.after"), MoverRow::after, 80));
        TableColumn<MoverRow, MoverRow> change = new TableColumn<>(msg.get("dashboard.mover.change"));
        change.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        change.setPrefWidth(80);
        change.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(MoverRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("gain", "loss");
                setText(empty || r == null ? null : r.change());
                if (!empty && r != null) {
                    getStyleClass().add(r.better() ? "gain" : "loss");
                }
            }
        });
        movers.getColumns().add(change);
        movers.setPlaceholder(new Label(msg.get("dashboard.movers.none")));
        movers.setPrefHeight(300);
        movers.setRowFactory(t -> {
            TableRow<MoverRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.openSku(row.getItem().sellerSku());
                }
            });
            return row;
        });
        movers.setOnKeyPressed(e -> {
            MoverRow r = movers.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null) {
                vm.openSku(r.sellerSku());
            }
        });
    }

    private static TableColumn<MoverRow, String> column(String title, Function<MoverRow, String> v, double width) {
        TableColumn<MoverRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(v.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void placeholder(ListView<String> list, String key) {
        Label none = new Label(msg.get(key));
        none.getStyleClass().add("text-muted");
        list.setPlaceholder(none);
        list.setPrefHeight(130);
    }

    private VBox section(String key, Region content) {
        Label heading = new Label(msg.get(key));
        heading.getStyleClass().add("chart-title");
        VBox box = new VBox(6, heading, content);
        box.getStyleClass().add("chart-card");
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    /** The charts now on screen (tests look at their data). */
    public List<ChartCard> charts() {
        return List.copyOf(cards);
    }
}
