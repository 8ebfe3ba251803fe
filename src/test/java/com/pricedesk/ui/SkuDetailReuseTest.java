package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.InsightFixture;
import com.pricedesk.app.insight.SkuDetail;
import com.pricedesk.domain.money.Money;
import com.pricedesk.ui.chart.ChartCard;
import com.pricedesk.ui.detail.SkuDetailView;
import com.pricedesk.ui.detail.SkuDetailViewModel;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One detail screen shows SKU after SKU (issue 9: the screen is kept, only the data changes): after SKU a,
 * SKU b shows b's figures everywhere (header, what-if, waterfall, every chart and its lines, also the
 * charts below the fold), the range chosen carries over, and a zoom does not.
 *
 * <p>The fixture's SKU a has ads, stock and a Buy Box; b has none of them, so a chart still showing a's
 * data is caught.
 */
class SkuDetailReuseTest {
    @TempDir
    static java.nio.file.Path dir;
    private static AppContext app;
    private static String a;
    private static String b;

    private final FxRobot robot = new FxRobot();
    private final Messages msg = new Messages(Messages.ENGLISH);
    private SkuDetailViewModel vm;
    private SkuDetailView view;

    @BeforeAll
    static void open() {
        app = InsightFixture.open(dir);
        List<String> skus = app.catalog().overview(java.util.Optional.empty()).stream().map(s -> s.sellerSku()).toList();
        a = skus.get(0);
        b = skus.get(1);
        InsightFixture.history(app, a, b);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            vm = new SkuDetailViewModel(a, app.skuDetails()::detail, new CurrentThreadTaskExecutor(), msg);
            view = new SkuDetailView(vm, new CurrentThreadTaskExecutor(), () -> { });
            view.open(a);
            stage.setScene(new Scene(view, 1200, 700));
            stage.setX(0);
            stage.setY(0);
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static ChartCard card(SkuDetailView v, String id) {
        return v.trendCards().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    /** The last y value of series {@code series} in dataset 0 of the card's chart, or null when it is empty. */
    private static Number lastValue(ChartCard card, int series) {
        XYDataset data = card.chart().getXYPlot().getDataset(0);
        int n = data.getItemCount(series);
        return n == 0 ? null : data.getY(series, n - 1);
    }

    private static List<Double> lines(ChartCard card) {
        java.util.Collection<?> markers = card.chart().getXYPlot().getRangeMarkers(Layer.FOREGROUND);
        return markers == null ? List.of() : markers.stream().map(m -> ((ValueMarker) (Marker) m).getValue()).toList();
    }

    @Test
    void skuBAfterSkuAShowsBsFiguresEverywhere() throws Exception {
        SkuDetail da = app.skuDetails().detail(a, 90);
        SkuDetail db = app.skuDetails().detail(b, 90);
        // Scroll through everything on a, so every chart has a viewer showing a's data, and type a what-if.
        ScrollPane scroll = robot.from(view).lookup(".scroll-pane").queryAs(ScrollPane.class);
        for (double v : new double[] {0.5, 1}) {
            robot.interact(() -> scroll.setVvalue(v * scroll.getVmax()));
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.trendCards().stream().noneMatch(ChartCard::isWaiting));
        assertThat(lastValue(card(view, "chartAds"), 0)).as("a has ads").isNotNull();
        assertThat(lastValue(card(view, "chartInventory"), 0)).as("a has stock").isNotNull();
        robot.interact(() -> vm.whatIfTextProperty().set("5.00"));
        assertThat(vm.belowFloorProperty().get()).isTrue();
        String aProfit = text("#whatIfProfit");

        robot.interact(() -> view.open(b));
        WaitForAsyncUtils.waitForFxEvents();

        // Header.
        assertThat(text("#detailSku")).isEqualTo(b);
        assertThat(text("#detailTitle")).isEqualTo(db.sku().title()).isNotEqualTo(da.sku().title());
        assertThat(scroll.getVvalue()).as("b opens at the top").isZero();
        // What-if: b's current price, b's figures, no warning or error left from a.
        Money bPrice = db.quote().orElseThrow().waterfall().price();
        assertThat(robot.lookup("#whatIfPrice").queryAs(TextField.class).getText()).isEqualTo(bPrice.toPlainString());
        assertThat(robot.lookup("#whatIfSlider").queryAs(Slider.class).getValue())
                .isEqualTo(bPrice.amount().movePointRight(2).doubleValue());
        var atB = db.quote().get().economics().at(bPrice);
        assertThat(text("#whatIfProfit")).isEqualTo(vm.format().usd(atB.profit().amount())).isNotEqualTo(aProfit);
        assertThat(vm.belowFloorProperty().get()).isEqualTo(
                bPrice.amount().compareTo(db.quote().get().floor().asOptional().orElseThrow().amount()) < 0);
        assertThat(vm.whatIfErrorProperty().get()).isEmpty();
        assertThat(text("#whatIfReference")).contains(vm.format().usd(db.quote().get().floor().asOptional().get()));
        // Waterfall: starts at b's price.
        IntervalCategoryDataset steps = (IntervalCategoryDataset) view.waterfallCard().chart().getCategoryPlot()
                .getDataset();
        assertThat(steps.getEndValue(0, 0).doubleValue()).isEqualTo(bPrice.amount().doubleValue());

        // Charts in view: b's prices, b's break-even and floor lines, no Buy Box (b has none).
        ChartCard prices = card(view, "chartPrices");
        assertThat(prices.isWaiting()).as("in view: drawn at opening").isFalse();
        assertThat(lastValue(prices, 0).doubleValue()).isEqualTo(9.99);
        assertThat(lastValue(prices, 1)).as("b has no Buy Box").isNull();
        assertThat(lines(prices)).containsExactlyInAnyOrder(
                db.quote().get().breakEven().asOptional().orElseThrow().amount().doubleValue(),
                db.quote().get().floor().asOptional().orElseThrow().amount().doubleValue());
        XYPlot pricePlot = prices.chart().getXYPlot();
        assertThat(pricePlot.getRangeAxis().getRange().contains(9.99)).isTrue();
        assertThat(card(view, "chartMargin").isWaiting()).isFalse();
        assertThat(lines(card(view, "chartMargin"))).contains(db.quote().get().floorMargin().pct().doubleValue());
        assertThat(lastValue(card(view, "chartBsr"), 0).doubleValue()).isEqualTo(40000);

        // Below the fold: not redrawn yet, but asked for, its data is b's (none), and scrolled to, it shows it.
        ChartCard inventory = card(view, "chartInventory");
        assertThat(inventory.isWaiting()).as("below the fold: not redrawn at opening").isTrue();
        ChartCard ads = card(view, "chartAds");
        assertThat(lastValue(ads, 0)).as("b has no ads").isNull();
        assertThat(ads.itemCount()).isZero();
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !inventory.isWaiting());
        assertThat(inventory.viewer().getChart()).isSameAs(inventory.chart());
        assertThat(lastValue(inventory, 0)).as("b's stock is unknown").isNull();
        assertThat(inventory.itemCount()).isZero();
        assertThat(card(view, "chartTraffic").itemCount()).isEqualTo(2 * (InsightFixture.DAYS + 1)
                + (int) db.trend().stream().filter(p -> p.conversionPct() != null).count());

        // And back to a: a's figures again.
        robot.interact(() -> view.open(a));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#detailSku")).isEqualTo(a);
        assertThat(lastValue(card(view, "chartPrices"), 0).doubleValue()).isEqualTo(17.99);
        assertThat(card(view, "chartAds").itemCount()).isGreaterThan(0);
        assertThat(robot.lookup("#whatIfPrice").queryAs(TextField.class).getText())
                .isEqualTo(da.quote().orElseThrow().waterfall().price().toPlainString());
    }

    @Test
    void theRangeCarriesOverToTheNextSkuAndAZoomDoesNot() throws Exception {
        robot.clickOn("#range7");
        WaitForAsyncUtils.waitForFxEvents();
        ChartCard prices = card(view, "chartPrices");
        XYPlot plot = prices.chart().getXYPlot();
        // Zoom into a's prices (as a drag does).
        double lower = plot.getDomainAxis().getLowerBound();
        robot.interact(() -> plot.getDomainAxis().setRange(lower, lower + 2 * 86_400_000d));
        assertThat(plot.getDomainAxis().isAutoRange()).isFalse();
        org.jfree.chart.axis.ValueAxis amounts = view.waterfallCard().chart().getCategoryPlot().getRangeAxis();
        robot.interact(() -> amounts.setRange(0, 5));
        assertThat(amounts.isAutoRange()).isFalse();

        robot.interact(() -> view.open(b));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.daysProperty().get()).as("the seller's range stays").isEqualTo(7);
        assertThat(robot.lookup("#range7").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(vm.detailProperty().get().history()).hasSize(7);
        assertThat(card(view, "chartPrices").chart()).as("the same chart, new data").isSameAs(prices.chart());
        assertThat(plot.getDomainAxis().isAutoRange()).as("b opens zoomed out").isTrue();
        assertThat(amounts.isAutoRange()).as("b's waterfall too").isTrue();
        assertThat(prices.itemCount()).as("b's 7 prices; no Buy Box, competitor or change").isEqualTo(7);
    }
}
