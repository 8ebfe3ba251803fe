package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.InsightFixture;
import com.pricedesk.ui.chart.ChartCard;
import com.pricedesk.ui.detail.SkuDetailView;
import com.pricedesk.ui.detail.SkuDetailViewModel;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
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
 * The SKU detail on a real stage: the charts in view are built and drawn when it opens, the others when
 * scrolled to, and every chart shows data once shown; a chart not yet shown still exports to PNG, and
 * the range selector reloads the charts.
 */
class SkuDetailViewTest {
    @TempDir
    static Path dir;
    private static AppContext app;
    private static String sku;

    private final FxRobot robot = new FxRobot();
    private final Messages msg = new Messages(Messages.ENGLISH);
    private SkuDetailView view;

    @BeforeAll
    static void open() {
        app = InsightFixture.open(dir);
        List<String> skus = app.catalog().overview(java.util.Optional.empty()).stream().map(s -> s.sellerSku()).toList();
        sku = skus.get(0);
        InsightFixture.history(app, sku, skus.get(1));
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            SkuDetailViewModel vm = new SkuDetailViewModel(sku, app.skuDetails()::detail, new CurrentThreadTaskExecutor(),
                    msg);
            view = new SkuDetailView(vm, new CurrentThreadTaskExecutor(), () -> { });
            vm.load();
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

    /** Shown: its viewer shows this card's chart, laid out with a size, and the chart has data. */
    private static void assertShowsData(ChartCard card) {
        assertThat(card.isShown()).as(card.getId() + " shown").isTrue();
        assertThat(card.viewer().getChart()).isSameAs(card.chart());
        assertThat(card.viewer().getCanvas().getWidth()).as(card.getId() + " drawn").isGreaterThan(100);
        assertThat(card.viewer().getCanvas().getHeight()).as(card.getId() + " drawn").isGreaterThan(100);
        assertThat(card.itemCount()).as(card.getId() + " has data").isGreaterThan(0);
    }

    @Test
    void chartsInViewAreDrawnAtOnceTheOthersWhenScrolledToEachWithData() throws Exception {
        assertThat(view.trendCards()).hasSize(6);
        assertShowsData(view.waterfallCard());
        List<ChartCard> shown = view.trendCards().stream().filter(ChartCard::isShown).toList();
        assertThat(shown).as("the first row of trends is in view").isNotEmpty();
        shown.forEach(SkuDetailViewTest::assertShowsData);
        ChartCard last = view.trendCards().get(5);
        assertThat(last.getId()).isEqualTo("chartInventory");
        assertThat(last.isShown()).as("the last row is below the fold: not built yet").isFalse();

        // A chart not shown yet still exports (its chart is built for it, not its viewer).
        Path png = dir.resolve("inventory.png");
        String[] status = {""};
        robot.interact(() -> last.writePng(png, new CurrentThreadTaskExecutor(), msg, s -> status[0] = s));
        assertThat(status[0]).contains("inventory.png");
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(last.isShown()).isFalse();

        ScrollPane scroll = robot.from(view).lookup(".scroll-pane").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> last.isShown());
        WaitForAsyncUtils.waitForFxEvents();
        assertShowsData(last);
        // Scrolling back up through the screen shows every chart, each with data.
        for (int step = 4; step >= 0; step--) {
            double v = scroll.getVmax() * step / 4;
            robot.interact(() -> scroll.setVvalue(v));
            WaitForAsyncUtils.waitForFxEvents();
        }
        view.trendCards().forEach(SkuDetailViewTest::assertShowsData);
    }

    @Test
    void theRangeSelectorReloadsTheChartsAndTheOnesInViewAreDrawn() throws Exception {
        int ninetyDays = view.trendCards().get(0).itemCount();
        robot.clickOn("#range7");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.trendCards().get(0).itemCount() < ninetyDays);
        WaitForAsyncUtils.waitForFxEvents();
        ChartCard prices = view.trendCards().get(0);
        assertThat(prices.itemCount()).isLessThanOrEqualTo(4 * 8);
        assertShowsData(prices);
        assertShowsData(view.waterfallCard());
    }
}
