package com.pricedesk.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.testing.Workbooks;
import com.pricedesk.ui.fx.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real import window (headless): a sheet with one bad cell is previewed, then its valid rows imported. */
class ImportDialogTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private AppContext app;
    private FxTaskExecutor tasks;
    private final AtomicInteger stored = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = AppContext.open(dir.resolve("ws"), Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC));
        tasks = new FxTaskExecutor();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        app.close();
    }

    @Test
    void showsWhereTheSheetIsWrongAndImportsTheValidRowsOnRequest() throws Exception {
        Path f = Workbooks.xlsx().sheet("成本", new Object[][] {{"SKU", "品名", "采购价(RMB)", "备注"},
                {"CASE-1", "硅胶手机壳", 12.3, "x"}, {"CASE-2", "钢化膜", "abc", ""}, {"CASE-3", "数据线", 8, ""}})
                .save(dir.resolve("costs.xlsx"));
        ImportViewModel.Backend backend = ImportViewModel.Backend.of(app.imports());
        CostImportLauncher launcher = new CostImportLauncher(() -> backend, () -> null, tasks, stored::incrementAndGet);
        Stage primary = FxToolkit.registerPrimaryStage();
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = launcher.open(f, new Messages(Messages.ENGLISH), primary));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialog[0].stage().isShowing()
                && robot.lookup("#importIssues").queryAs(TableView.class).getItems().size() == 1);
        assertThat(robot.lookup("#importColumns").queryAs(TableView.class).getItems()).hasSize(4);
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).contains("costs.xlsx", "3 rows");
        assertThat(robot.lookup("#importButton").queryAs(Button.class).isDisabled()).isTrue();
        Button valid = robot.lookup("#importValidButton").queryAs(Button.class);
        assertThat(valid.isVisible()).isTrue();

        robot.clickOn(valid);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stored.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importStatus").queryAs(Label.class).getText()).startsWith("Imported: 2 created");
        assertThat(app.imports().batches()).singleElement().satisfies(b -> assertThat(b.created()).isEqualTo(2));
    }
}
