package com.pricedesk.ui.detail;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.SkuDetail;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.ui.chart.ChartCard;
import com.pricedesk.ui.chart.SkuCharts;
import com.pricedesk.ui.chart.WaterfallChart;
import com.pricedesk.ui.fx.TaskExecutor;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One SKU: header, cost waterfall with the what-if price, and the trend charts over a shared range.
 * The screen is kept and shows SKU after SKU ({@link #open}): its controls, skins, viewers and charts are
 * made once, and opening another SKU only puts in its texts and its charts' data (made in the background).
 */
public final class SkuDetailView extends BorderPane {
    private final SkuDetailViewModel vm;
    private final Messages msg;
    private final SkuCharts charts;
    private final WaterfallChart waterfall;
    private final GridPane trends = new GridPane();
    private final Label title = new Label();
    private final Label localTitle = new Label();
    private final Label tier = new Label();
    private final Label asin = new Label();
    private final Label status = new Label();
    private final ScrollPane scroll;
    private final VBox body;
    private final List<ChartCard> trendCards;

    public SkuDetailView(SkuDetailViewModel vm, TaskExecutor tasks, Runnable onBack) {
        this.vm = vm;
        this.msg = vm.messages();
        setId("skuDetail");
        getStyleClass().add("sku-detail");
        charts = new SkuCharts(msg, tasks, status::setText);
        waterfall = charts.waterfall();
        trendCards = charts.trendCards();

        setTop(header(onBack));
        body = new VBox(12, economicsRow(), trendGrid());
        body.setVisible(false); // until a SKU has loaded
        body.setPadding(new Insets(12));
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        // Trend charts are built and drawn when scrolled into view: opening a SKU draws what is seen.
        scroll.vvalueProperty().addListener((o, a, b) -> showChartsInView());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> showChartsInView());

        vm.stepsProperty().addListener((o, old, steps) -> waterfall.show(steps));
        vm.detailProperty().addListener((o, old, d) -> showDetail(d));
        showDetail(vm.detailProperty().get());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onBack.run();
            }
        });
    }

    private HBox header(Runnable onBack) {
        Button back = new Button(msg.get("detail.back"));
        back.setId("detailBack");
        back.getStyleClass().addAll("flat");
        back.setTooltip(new Tooltip(msg.get("detail.back.tooltip")));
        back.setOnAction(e -> onBack.run());
        Label sku = new Label();
        sku.textProperty().bind(vm.sellerSkuProperty());
        sku.setId("detailSku");
        sku.getStyleClass().add("detail-sku");
        title.setId("detailTitle");
        title.getStyleClass().add("detail-title");
        title.setMinWidth(0);
        localTitle.getStyleClass().add("text-muted");
        tier.getStyleClass().add("tier-chip");
        asin.getStyleClass().add("text-muted");
        HBox firstLine = new HBox(10, sku, tier, asin);
        firstLine.setAlignment(Pos.CENTER_LEFT);
        VBox names = new VBox(2, firstLine, new HBox(10, title, localTitle));
        HBox.setHgrow(names, Priority.ALWAYS);
        names.setMinWidth(0);

        HBox rangeBox = com.pricedesk.ui.fx.RangeSelector.create(msg, SkuDetailViewModel.RANGES, vm.daysProperty(), "range");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());
        Label error = new Label();
        error.getStyleClass().add("error-label");
        error.textProperty().bind(vm.errorProperty());
        status.getStyleClass().add("text-muted");
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        HBox rangeRow = new HBox(8, busy, rangeBox);
        rangeRow.setAlignment(Pos.CENTER_RIGHT);
        VBox right = new VBox(4, rangeRow, status, error);
        right.setAlignment(Pos.CENTER_RIGHT);
        HBox top = new HBox(12, back, names, right);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 12, 8, 8));
        top.getStyleClass().add("detail-header");
        return top;
    }

    private HBox economicsRow() {
        ChartCard card = waterfall.card();
        HBox.setHgrow(card, Priority.ALWAYS);
        HBox row = new HBox(12, card, whatIf());
        return row;
    }

    private VBox whatIf() {
        Label heading = new Label(msg.get("detail.whatIf"));
        heading.getStyleClass().add("chart-title");
        Label current = new Label();
        current.getStyleClass().add("text-muted");
        vm.detailProperty().addListener((o, old, d) -> current.setText(d == null ? ""
                : msg.get("detail.currentPrice", vm.currentPriceText())));
        TextField price = new TextField();
        price.setId("whatIfPrice");
        price.setPrefColumnCount(8);
        price.textProperty().bindBidirectional(vm.whatIfTextProperty());
        Button reset = new Button(msg.get("detail.whatIf.reset"));
        reset.getStyleClass().addAll("flat", "small");
        reset.setOnAction(e -> vm.resetWhatIf());
        HBox field = new HBox(8, new Label("$"), price, reset);
        field.setAlignment(Pos.CENTER_LEFT);
        Slider slider = new Slider();
        slider.setId("whatIfSlider");
        slider.minProperty().bind(vm.sliderMinProperty());
        slider.maxProperty().bind(vm.sliderMaxProperty());
        slider.valueProperty().bindBidirectional(vm.whatIfCentsProperty());
        slider.setBlockIncrement(1);
        Label fieldError = new Label();
        fieldError.getStyleClass().add("error-label");
        fieldError.setWrapText(true);
        fieldError.textProperty().bind(vm.whatIfErrorProperty());

        Label profit = figure("whatIfProfit", vm.profitTextProperty());
        Label margin = figure("whatIfMargin", vm.marginTextProperty());
        Label roi = figure("whatIfRoi", vm.roiTextProperty());
        vm.lossProperty().addListener((o, was, isLoss) -> {
            for (Label l : List.of(profit, margin, roi)) {
                l.getStyleClass().remove("loss");
                if (isLoss) {
                    l.getStyleClass().add("loss");
                }
            }
        });
        GridPane figures = new GridPane();
        figures.setHgap(16);
        figures.setVgap(2);
        figures.addRow(0, caption("detail.profit"), caption("detail.margin"), caption("detail.roi"));
        figures.addRow(1, profit, margin, roi);

        Label reference = new Label();
        reference.setId("whatIfReference");
        reference.setWrapText(true);
        reference.getStyleClass().add("reference-text");
        vm.detailProperty().addListener((o, old, d) -> reference.setText(vm.referenceText()));
        Label floorWarning = new Label(msg.get("detail.whatIf.belowFloor"));
        floorWarning.getStyleClass().add("error-label");
        floorWarning.setWrapText(true);
        floorWarning.visibleProperty().bind(vm.belowFloorProperty());
        floorWarning.managedProperty().bind(floorWarning.visibleProperty());
        Label hint = new Label(msg.get("detail.whatIf.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);

        VBox box = new VBox(8, heading, current, field, slider, fieldError, figures, reference, floorWarning, hint);
        box.setPadding(new Insets(12));
        box.setPrefWidth(340);
        box.setMinWidth(300);
        box.getStyleClass().add("what-if");
        return box;
    }

    private Label caption(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static Label figure(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("big-figure");
        l.textProperty().bind(text);
        return l;
    }

    private GridPane trendGrid() {
        trends.setHgap(12);
        trends.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        trends.getColumnConstraints().addAll(half, half);
        for (int i = 0; i < trendCards.size(); i++) {
            ChartCard card = trendCards.get(i);
            card.showWhen(() -> inView(card));
            trends.add(card, i % 2, i / 2);
        }
        return trends;
    }

    /**
     * Shows another SKU here (or the same one afresh), back at the top, over the range chosen; the screen is
     * empty of the SKU shown before until the new one has loaded.
     */
    public void open(String sellerSku) {
        scroll.setVvalue(0);
        waterfall.card().resetZoom(); // the trend charts zoom out when they take the new SKU's data
        vm.open(sellerSku);
    }

    private void showDetail(SkuDetail d) {
        if (d == null) {
            // Another SKU is loading: nothing of the one before stays on screen.
            body.setVisible(false);
            title.setText("");
            localTitle.setText("");
            tier.setText("");
            tier.setVisible(false);
            asin.setText("");
            status.setText("");
            return;
        }
        Sku sku = d.sku();
        tier.setVisible(true);
        title.setText(sku.title());
        localTitle.setText(sku.localTitle() == null ? "" : sku.localTitle());
        tier.setText(msg.get(sku.tier().messageKey()));
        tier.getStyleClass().removeIf(s -> s.startsWith("tier-") && !s.equals("tier-chip"));
        tier.getStyleClass().add("tier-" + sku.tier().name().toLowerCase(Locale.ROOT));
        asin.setText(sku.asin() == null ? "" : "ASIN " + sku.asin());
        charts.show(trendCards, vm.chartData());
        body.setVisible(true);
    }

    /**
     * After a scroll, the cards not shown yet check at their next layout (when the scrolled positions are
     * final) whether they are now in view.
     */
    private void showChartsInView() {
        for (ChartCard card : trendCards) {
            if (card.isWaiting()) {
                card.requestLayout();
            }
        }
    }

    /** True when part of {@code card} is inside the scrolled area now. */
    private boolean inView(Node card) {
        if (card.getScene() == null || scroll.getScene() == null || !body.isVisible()) {
            return false;
        }
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds at = card.localToScene(card.getLayoutBounds());
        return view.getHeight() > 0 && at.getHeight() > 0 && at.intersects(view);
    }

    /** The trend charts of the SKU shown (tests look at their data); none while a SKU is loading. */
    public List<ChartCard> trendCards() {
        return vm.detailProperty().get() == null ? List.of() : trendCards;
    }

    public ChartCard waterfallCard() {
        return waterfall.card();
    }

    public Region region() {
        return this;
    }
}
