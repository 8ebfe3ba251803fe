package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.ui.skus.GridRow;
import com.pricedesk.ui.chart.ChartCard;
import com.pricedesk.ui.dashboard.DashboardView;
import com.pricedesk.ui.detail.SkuDetailView;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application on the demo: open a SKU from the grid, its charts have data; the dashboard too. */
class WorkbenchAppTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        // Opening the workspace in init() can take longer than TestFX's default on a busy machine.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PriceDeskApp.class, PriceDeskApp.parameters(dataDir, Optional.empty()));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private Optional<javafx.scene.Node> firstRow(String sku) {
        return robot.lookup(".table-row-cell").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof GridRow s && s.sellerSku().equals(sku)).tryQuery();
    }

    @Test
    @SuppressWarnings("unchecked")
    void opensASkuWithChartsAndTheDashboardWithTrends() throws Exception {
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> robot.lookup("#skuTable").tryQuery().isPresent()
                && robot.lookup("#skuTable").queryAs(TableView.class).getItems().size() == 300);
        TableView<GridRow> table = robot.lookup("#skuTable").queryAs(TableView.class);
        String first = table.getItems().get(0).sellerSku();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> firstRow(first).isPresent());
        robot.doubleClickOn(firstRow(first).get());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#skuDetail").tryQuery().isPresent()
                && robot.lookup("#skuDetail").queryAs(SkuDetailView.class).trendCards().size() == 6);
        SkuDetailView detail = robot.lookup("#skuDetail").queryAs(SkuDetailView.class);
        assertThat(robot.lookup("#detailSku").queryAs(Label.class).getText()).isEqualTo(first);
        // 90 days of our price, Buy Box and lowest competitor from the demo's history.
        ChartCard prices = detail.trendCards().get(0);
        assertThat(prices.getId()).isEqualTo("chartPrices");
        assertThat(prices.itemCount()).isGreaterThanOrEqualTo(90);
        assertThat(detail.trendCards()).allMatch(c -> c.itemCount() > 0);
        assertThat(detail.waterfallCard().itemCount()).isGreaterThan(5);

        // The what-if follows typing.
        robot.doubleClickOn("#whatIfPrice").eraseText(12).write("99.99");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#whatIfProfit").queryAs(Label.class).getText()).startsWith("$");
        assertThat(robot.lookup("#whatIfMargin").queryAs(Label.class).getText()).endsWith("%");

        // A shorter range reloads the charts.
        robot.clickOn("#range7");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#skuDetail").queryAs(SkuDetailView.class)
                .trendCards().get(0).itemCount() < 40);

        // Esc goes back to the grid.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#skuDetail").tryQuery().isEmpty());
        assertThat(robot.lookup("#skuTable").tryQuery()).isPresent();

        // Another SKU opens in the same screen, with its own figures, over the range chosen before.
        String second = table.getItems().get(1).sellerSku();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> firstRow(second).isPresent());
        robot.doubleClickOn(firstRow(second).get());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#skuDetail").tryQuery().isPresent()
                && robot.lookup("#skuDetail").queryAs(SkuDetailView.class).trendCards().size() == 6);
        assertThat(robot.lookup("#skuDetail").queryAs(SkuDetailView.class)).as("the screen is kept").isSameAs(detail);
        assertThat(robot.lookup("#detailSku").queryAs(Label.class).getText()).isEqualTo(second);
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText())
                .isEqualTo(table.getItems().get(1).data().title());
        assertThat(detail.trendCards().get(0).itemCount()).isBetween(1, 40);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#skuDetail").tryQuery().isEmpty());

        robot.clickOn(robot.lookup(".tab").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#dashboard").tryQuery().isPresent()
                && robot.lookup("#dashboard").queryAs(DashboardView.class).charts().size() == 4);
        DashboardView dashboard = robot.lookup("#dashboard").queryAs(DashboardView.class);
        assertThat(dashboard.charts().get(0).getId()).isEqualTo("chartPortfolio");
        assertThat(dashboard.charts().get(0).itemCount()).isGreaterThanOrEqualTo(2 * 85);
        assertThat(dashboard.charts().get(3).itemCount()).isGreaterThan(10);

        // A KPI tile opens the grid limited to the SKUs behind it.
        robot.clickOn("#kpiTileBREACH");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#skuSubset").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        int breaches = table.getItems().size();
        assertThat(breaches).isLessThan(300);
        assertThat(robot.lookup("#skuCount").queryAs(Label.class).getText()).isEqualTo(breaches + " of 300 SKUs");
        robot.clickOn("#skuSubset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(300);
    }
}
