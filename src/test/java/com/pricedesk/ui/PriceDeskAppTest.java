package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.ui.skus.GridRow;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.math.BigDecimal;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
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
        TableView<GridRow> table = waitForGrid();
        waitForMarket();

        assertThat(table.getItems()).extracting(GridRow::sellerSku).contains("KT-SPAT-3P-BLK", "EA-USBC-6FT-2P");
        assertThat(robot.lookup("#skuCount").queryAs(Label.class).getText()).isEqualTo("300 SKUs");
        assertThat(robot.lookup("#demoBadge").tryQuery()).isPresent();
        // The scheduler started in the background and the status bar says when offers were synced.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#jobStatus").queryAs(Label.class)
                .getText().startsWith("Synced offers"));
        assertThat(stage.getTitle()).isEqualTo("PriceDesk");

        robot.clickOn("#skuFilter").write("EA-USBC");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(4).allMatch(r -> r.sellerSku().startsWith("EA-USBC"));
        assertThat(robot.lookup("#skuCount").queryAs(Label.class).getText()).isEqualTo("4 of 300 SKUs");

        robot.interact(() -> robot.lookup("#skuFilter").queryAs(TextField.class).clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(300);
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchesToChineseFromTheMenuAndRemembersIt() throws Exception {
        TableView<GridRow> table = waitForGrid();
        waitForMarket();

        robot.clickOn("View").clickOn("Language").clickOn("#langChinese");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#skuCount").tryQuery().isPresent()
                && robot.lookup("#skuCount").queryAs(Label.class).getText().equals("共 300 个 SKU"));
        TableView<GridRow> chinese = robot.lookup("#skuTable").queryAs(TableView.class);
        assertThat(chinese.getColumns()).extracting(c -> c.getText()).contains("品名", "产品分级", "到岸成本", "底价", "KPI 状态");

        // The choice is stored in the workspace, so the next start opens in Chinese.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> languageSetting().equals("zh-CN"));
    }

    @Test
    void editsACostCellWhichPersistsAndUndoesWithCtrlZ() throws Exception {
        TableView<GridRow> table = waitForGrid();
        robot.interact(() -> robot.lookup("#skuFilter").queryAs(TextField.class).setText("KT-SPAT-3P-BLK-V2"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(GridRow::sellerSku).containsExactly("KT-SPAT-3P-BLK-V2");
        GridRow before = table.getItems().get(0);
        String original = before.data().purchase().amount().toPlainString();
        TableColumn<GridRow, ?> purchase = table.getColumns().stream()
                .filter(c -> c.getUserData() == com.pricedesk.ui.skus.GridColumn.PURCHASE).findFirst().orElseThrow();

        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.edit(0, purchase);
        });
        TextField editor = robot.lookup("#costEditor").queryAs(TextField.class);
        assertThat(editor.getText()).isEqualTo(before.data().purchase().amount().stripTrailingZeros().toPlainString());
        robot.interact(() -> editor.setText("99.5"));
        robot.clickOn(editor).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).data().purchase().amount().compareTo(new BigDecimal("99.5")) == 0);
        // The condition above is read off the FX thread: let the rest of that FX update (the message) run.
        WaitForAsyncUtils.waitForFxEvents();
        GridRow after = table.getItems().get(0);
        assertThat(after.data().landedCost()).isGreaterThan(before.data().landedCost());
        assertThat(robot.lookup("#gridMessage").queryAs(Label.class).getText()).startsWith("Saved Purchase cost of KT-SPAT-3P-BLK-V2");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storedPurchase("KT-SPAT-3P-BLK-V2").equals("99.5"));

        robot.clickOn(table).press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> storedPurchase("KT-SPAT-3P-BLK-V2").equals(new BigDecimal(original).stripTrailingZeros().toPlainString()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().get(0).data().landedCost()
                .equals(before.data().landedCost()));
    }

    /** The purchase price stored in the workspace, read the way another session would. */
    private String storedPurchase(String sku) {
        try (var ctx = com.pricedesk.AppContext.open(dataDir, java.time.Clock.systemUTC())) {
            return ctx.skuGrid().row(sku).orElseThrow().purchase().amount().stripTrailingZeros().toPlainString();
        }
    }

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
    private TableView<GridRow> waitForGrid() throws Exception {
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
