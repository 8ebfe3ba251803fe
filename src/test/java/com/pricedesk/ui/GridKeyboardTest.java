package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.grid.EditableCost;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.insight.SkuDetail;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.money.Money;
import com.pricedesk.ui.detail.SkuDetailView;
import com.pricedesk.ui.detail.SkuDetailViewModel;
import com.pricedesk.ui.fx.CurrentThreadTaskExecutor;
import com.pricedesk.ui.shell.EditMenu;
import com.pricedesk.ui.shell.MainWindow;
import com.pricedesk.ui.shell.Workbench;
import com.pricedesk.ui.skus.GridRow;
import com.pricedesk.ui.skus.SkuGridView;
import com.pricedesk.ui.skus.SkuGridViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workstation by keyboard alone, on the real shell, grid and detail screen (with in-memory
 * services): Tab walks the filter bar in reading order into the table, Enter opens the selected SKU,
 * Escape closes it with the focus back in the table, and the Edit menu's Undo and Redo (Ctrl+Z,
 * Ctrl+Shift+Z, Ctrl+Y) take cost edits back and forth.
 */
class GridKeyboardTest {
    private final FxRobot robot = new FxRobot();
    private final SkuGridViewModelTest.FakeBackend backend = new SkuGridViewModelTest.FakeBackend(List.of(
            SkuGridViewModelTest.row("KT-SPAT-3P-BLK", "Silicone Spatula Set (3 Piece, Black)", "硅胶铲套装 3件套 黑色",
                    Tier.HERO, List.of("gift"), "11.99", "18.50", true, false, KpiStatus.OK),
            SkuGridViewModelTest.row("EA-USBC-3FT-2P", "USB C to USB C Cable (3ft, 2 Pack)", "编织快充数据线 1米 2条装",
                    Tier.REGULAR, List.of("sea-freight"), "9.99", "6.20", false, true, KpiStatus.BREACH),
            SkuGridViewModelTest.row("EA-USBC-6FT-2P", "USB C to USB C Cable (6ft, 2 Pack)", "编织快充数据线 2米 2条装",
                    Tier.LAUNCH, List.of("air-freight", "gift"), "12.99", "7.10", null, false, null)));
    private SkuGridViewModel vm;
    private MainWindow window;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        Messages msg = new Messages(Messages.ENGLISH);
        FxToolkit.setupStage(stage -> {
            vm = new SkuGridViewModel(backend, new CurrentThreadTaskExecutor(), msg);
            vm.load();
            SkuGridView grid = new SkuGridView(vm);
            Workbench bench = new Workbench(msg, nav -> new StackPane(), grid, (sku, onBack) -> {
                SkuDetailViewModel detail = new SkuDetailViewModel(sku, (s, days) -> detail(s),
                        new CurrentThreadTaskExecutor(), msg);
                SkuDetailView view = new SkuDetailView(detail, new CurrentThreadTaskExecutor(), onBack);
                detail.load();
                return view;
            });
            grid.setOnOpenSku(bench::openSku);
            window = new MainWindow(msg, bench, new MainWindow.Status(Path.of("ws"), false, "test"), l -> { }, () -> { });
            window.addMenu(1, EditMenu.create(msg, vm));
            EditMenu.addRedoAlternative(window, vm);
            // Smaller than the headless screen (1280x800), as the app's own window is.
            stage.setScene(new javafx.scene.Scene(window, 1200, 700));
            stage.setX(0);
            stage.setY(0);
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static SkuDetail detail(String sku) {
        LocalDate today = LocalDate.of(2026, 11, 29);
        return new SkuDetail(new Sku(sku, "B0TEST", "Title of " + sku, null, "Home and Kitchen", Tier.REGULAR,
                List.of(), null, null), Optional.empty(), Optional.of("no cost profile"), today.minusDays(29), today,
                List.of(), List.of());
    }

    private String focusedId() {
        Node n = window.getScene().getFocusOwner();
        return n == null ? null : n.getId();
    }

    @Test
    @SuppressWarnings("unchecked")
    void tabWalksTheFilterBarIntoTheTableEnterOpensEscapeCloses() throws Exception {
        robot.clickOn("#skuFilter");
        List<String> order = new ArrayList<>();
        order.add(focusedId());
        for (int i = 0; i < 12 && !"skuTable".equals(order.get(order.size() - 1)); i++) {
            robot.type(KeyCode.TAB);
            order.add(focusedId());
        }
        // Reading order, left to right, then the table; disabled actions (nothing selected yet) are skipped.
        assertThat(order).containsSubsequence("skuFilter", "tierFilter", "tagFilter", "kpiFilter",
                "belowFloorFilter", "buyBoxLostFilter", "columnChooser", "skuTable");
        assertThat(order).doesNotContain("moveTier", "addTag", "removeTag", "runRules", "undoEdit", "redoEdit");

        TableView<GridRow> table = robot.lookup("#skuTable").queryAs(TableView.class);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        GridRow selected = table.getSelectionModel().getSelectedItem();
        assertThat(selected).isNotNull();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#skuDetail").tryQuery().isPresent());
        assertThat(robot.lookup("#detailSku").queryAs(Label.class).getText()).isEqualTo(selected.sellerSku());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#skuDetail").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId()).as("back in the table, where the seller was").isEqualTo("skuTable");
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(selected);
        // Enter again opens the same SKU: the keyboard path is repeatable.
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#skuDetail").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#skuDetail").tryQuery().isEmpty());
    }

    @Test
    void theEditMenuUndoesAndRedoesCostEditsByKeyAndByMenu() throws Exception {
        MenuBar bar = robot.lookup("#mainMenu").queryAs(MenuBar.class);
        Menu edit = bar.getMenus().get(1);
        assertThat(edit.getText()).isEqualTo("Edit");
        MenuItem undo = edit.getItems().get(0);
        MenuItem redo = edit.getItems().get(1);
        assertThat(undo.isDisable()).isTrue();
        assertThat(redo.isDisable()).isTrue();

        robot.interact(() -> vm.editCost("KT-SPAT-3P-BLK", EditableCost.PURCHASE, "25.5"));
        assertThat(undo.isDisable()).isFalse();
        assertThat(undo.getText()).isEqualTo("Undo Purchase cost of KT-SPAT-3P-BLK");
        assertThat(purchase()).isEqualTo(Money.cny("25.5"));

        robot.clickOn("#skuTable");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(purchase()).isEqualTo(Money.cny("18.50"));
        assertThat(redo.isDisable()).isFalse();
        assertThat(redo.getText()).isEqualTo("Redo Purchase cost of KT-SPAT-3P-BLK");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(purchase()).isEqualTo(Money.cny("25.5"));
        assertThat(robot.lookup("#gridMessage").queryAs(Label.class).getText())
                .isEqualTo("Redone: Purchase cost of KT-SPAT-3P-BLK is ¥25.50 again");
        assertThat(redo.isDisable()).isTrue();

        // From the menu, with the focus outside the table (the menu's accelerators are the scene's).
        robot.interact(undo::fire);
        assertThat(purchase()).isEqualTo(Money.cny("18.50"));
        robot.clickOn("#tierFilter").type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(purchase()).isEqualTo(Money.cny("25.5"));
        assertThat(backend.calls).containsExactly("edit KT-SPAT-3P-BLK PURCHASE 25.5",
                "edit KT-SPAT-3P-BLK PURCHASE 18.50", "edit KT-SPAT-3P-BLK PURCHASE 25.5",
                "edit KT-SPAT-3P-BLK PURCHASE 18.50", "edit KT-SPAT-3P-BLK PURCHASE 25.5");
    }

    private Money purchase() {
        return backend.rows.get("KT-SPAT-3P-BLK").purchase();
    }
}
