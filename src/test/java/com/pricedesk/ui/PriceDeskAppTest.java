package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.catalog.SkuOverview;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application on an empty data dir: the demo appears in the grid and filters. */
class PriceDeskAppTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PriceDeskApp.class, PriceDeskApp.parameters(dataDir, Optional.empty()));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheDemoSkusAndFilters() throws Exception {
        // The window is up at once, saying what it is doing, while the demo is built off the FX thread.
        assertThat(robot.lookup("#preparingDemo").tryQuery()).isPresent();
        TableView<SkuOverview> table = waitForGrid();
        waitForMarket();

        assertThat(table.getItems()).extracting(SkuOverview::sellerSku).contains("KT-SPAT-3P-BLK", "EA-USBC-6FT-2P");
        assertThat(robot.lookup("#skuCount").queryAs(Label.class).getText()).isEqualTo("300 SKUs");
        assertThat(robot.lookup("#demoBadge").tryQuery()).isPresent();
        assertThat(stage.getTitle()).isEqualTo("PriceDesk");

        robot.clickOn("#skuFilter").write("EA-USBC");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(4).allMatch(s -> s.sellerSku().startsWith("EA-USBC"));
        assertThat(robot.lookup("#skuCount").queryAs(Label.class).getText()).isEqualTo("4 of 300 SKUs");

        robot.interact(() -> robot.lookup("#skuFilter").queryAs(TextField.class).clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(300);
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchesToChineseFromTheMenuAndRemembersIt() throws Exception {
        TableView<SkuOverview> table = waitForGrid();
        waitForMarket();

        robot.clickOn("View").clickOn("Language").clickOn("#langChinese");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#skuCount").tryQuery().isPresent()
                && robot.lookup("#skuCount").queryAs(Label.class).getText().equals("共 300 个 SKU"));
        TableView<SkuOverview> chinese = robot.lookup("#skuTable").queryAs(TableView.class);
        assertThat(chinese.getColumns()).extracting(c -> c.getText()).contains("品名", "产品分级", "到岸成本");

        // The choice is stored in the workspace, so the next start opens in Chinese.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> languageSetting().equals("zh-CN"));
    }

    @Test
    void theGridShowsWhileTheMarketIsBuiltBehindIt() throws Exception {
        waitForGrid();
        // The catalogue is there; the market's 90 days are still being built, and the status bar says so.
        Label activity = robot.lookup("#activity").queryAs(Label.class);
        assertThat(activity.isVisible()).isTrue();
        assertThat(activity.getText()).startsWith("Building the simulated market");

        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> !activity.isVisible());
        try (var ctx = com.pricedesk.AppContext.open(dataDir, java.time.Clock.systemUTC())) {
            assertThat(ctx.marketHistory().dayCount()).isGreaterThanOrEqualTo(300L * 90);
            assertThat(ctx.settings().get("demo.market")).contains("ready");
        }
    }

    /**
     * The market's build behind the grid is over. The robot's clicks wait for the FX thread with a
     * short timeout, which a build competing for a heavily shared CPU can exceed; the build itself
     * never runs on the FX thread.
     */
    private void waitForMarket() throws Exception {
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> robot.lookup("#activity").tryQuery()
                .map(n -> !n.isVisible()).orElse(false));
    }

    /** First start builds the demo in the background behind a progress screen; then the grid fills. */
    @SuppressWarnings("unchecked")
    private TableView<SkuOverview> waitForGrid() throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> robot.lookup("#skuTable").tryQuery().isPresent()
                && robot.lookup("#skuTable").queryAs(TableView.class).getItems().size() == 300);
        return robot.lookup("#skuTable").queryAs(TableView.class);
    }

    private String languageSetting() {
        try (var ctx = com.pricedesk.AppContext.open(dataDir, java.time.Clock.systemUTC())) {
            return ctx.settings().get("ui.language").orElse("");
        }
    }
}
