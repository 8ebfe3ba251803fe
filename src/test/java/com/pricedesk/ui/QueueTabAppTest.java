package com.pricedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import com.pricedesk.store.JdbiPriceChangeRepository;
import com.pricedesk.store.JdbiPriceRepository;
import com.pricedesk.store.JdbiSkuRepository;
import com.pricedesk.store.Workspace;
import com.pricedesk.ui.queue.QueueViewModel.QueueRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a workspace with two proposals: the Price changes tab counts them, a change is
 * approved with the robot's clicks and its state changes in the table and in the workspace; the
 * emergency stop disables submitting and says why.
 */
class QueueTabAppTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;
    private List<QueuedChange> proposals;

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.systemUTC();
        try (Workspace w = Workspace.open(dataDir, clock)) {
            new JdbiSkuRepository(w.jdbi()).saveAll(List.of(
                    new Sku("KT-SPAT-3P-BLK", "B0SPAT0001", "Silicone spatula set, 3 pieces", null, "home-and-kitchen",
                            Tier.HERO, List.of(), null, null),
                    new Sku("EA-USBC-6FT-2P", "B0USBC0001", "USB-C cable 6 ft, 2 pack", null, "electronics",
                            Tier.REGULAR, List.of(), null, null)));
            new JdbiPriceRepository(w.jdbi()).saveAll(Map.of("KT-SPAT-3P-BLK", Money.usd("19.99"),
                    "EA-USBC-6FT-2P", Money.usd("12.49")));
            Instant at = clock.instant().minusSeconds(600);
            proposals = new JdbiPriceChangeRepository(w.jdbi()).insert(List.of(
                    QueuedChange.proposed("KT-SPAT-3P-BLK", Money.usd("19.99"), Money.usd("19.39"), Money.usd("17.10"),
                            Money.usd("29.99"), "r1", "Win the Buy Box", 1,
                            Explanation.of("Buy Box lost: undercut by 3%", "失去购物车：降价 3%"), "scheduler", at),
                    QueuedChange.proposed("EA-USBC-6FT-2P", Money.usd("12.49"), Money.usd("11.80"), Money.usd("11.80"),
                            Money.usd("19.99"), "r1", "Win the Buy Box", 1,
                            Explanation.of("Lowest competitor at 11.50", "最低竞品 11.50"), "scheduler", at)),
                    Explanation.of("proposed by the rules", "由规则提出"));
        }
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PriceDeskApp.class, PriceDeskApp.parameters(dataDir, Optional.empty()));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private Tab queueTab() {
        TabPane bench = robot.lookup("#workbench").queryAs(TabPane.class);
        return bench.getTabs().stream().filter(t -> "tabQueue".equals(t.getId())).findFirst().orElseThrow();
    }

    private Optional<Node> rowOf(String sku) {
        return robot.lookup(".table-row-cell").match((Node n) -> n instanceof TableRow<?> r
                && r.getItem() instanceof QueueRow q && q.sellerSku().equals(sku)).tryQuery();
    }

    @Test
    @SuppressWarnings("unchecked")
    void approvesAChangeFromTheWindowAndSeesItsStateChange() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#workbench").tryQuery().isPresent()
                && "Price changes (2)".equals(queueTab().getText()));
        robot.interact(() -> queueTab().getTabPane().getSelectionModel().select(queueTab()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#queueTable").tryQuery().isPresent()
                && robot.lookup("#queueTable").queryAs(TableView.class).getItems().size() == 2
                && rowOf("KT-SPAT-3P-BLK").isPresent());
        TableView<QueueRow> table = robot.lookup("#queueTable").queryAs(TableView.class);
        assertThat(table.getItems().get(0).prices()).isEqualTo("$19.99 → $19.39");
        assertThat(robot.lookup("#queueSubmit").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn(rowOf("KT-SPAT-3P-BLK").get());
        // The details pane shows the change with its audit log.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#detailHeading").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("KT-SPAT-3P-BLK")).orElse(false));
        assertThat(robot.lookup("#detailGuardrails").queryAs(Label.class).getText()).isNotEmpty();
        robot.clickOn("#queueApprove");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Price changes (1)".equals(queueTab().getText())
                && table.getItems().size() == 1);
        assertThat(table.getItems()).extracting(QueueRow::sellerSku).containsExactly("EA-USBC-6FT-2P");
        assertThat(robot.lookup("#queueMessage").queryAs(Label.class).getText()).isEqualTo("1 changes approved.");
        assertThat(storedState(proposals.get(0).id())).isEqualTo(ChangeState.APPROVED);
        assertThat(storedState(proposals.get(1).id())).isEqualTo(ChangeState.PROPOSED);

        // In the "approved" view its chip says so, and submit is possible now.
        robot.interact(() -> robot.lookup("#queueState").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(ChangeState.APPROVED));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).state() == ChangeState.APPROVED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".state-chip.state-approved").tryQuery()
                .map(n -> ((Label) n).getText().equals("approved")).orElse(false));
        Button submit = robot.lookup("#queueSubmit").queryAs(Button.class);
        assertThat(submit.isDisabled()).isFalse();
        assertThat(submit.getText()).isEqualTo("1 approved: submit now");

        // The emergency stop: submit is disabled and the reason is shown.
        robot.clickOn("#emergencyStop");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, submit::isDisabled);
        assertThat(robot.lookup("#submitBlocked").queryAs(Label.class).getText())
                .isEqualTo("Submitting is off while the emergency stop is on; resume sending first.");
        assertThat(robot.lookup("#stopState").queryAs(Label.class).getText()).startsWith("Emergency stop ON since");
        assertThat(robot.lookup("#emergencyStop").queryAs(Button.class).getText()).isEqualTo("Resume sending");
        assertThat(storedSetting("queue.paused")).contains("true");
    }

    private ChangeState storedState(long id) {
        try (var ctx = com.pricedesk.AppContext.open(dataDir, Clock.systemUTC())) {
            return ctx.queue().find(id).orElseThrow().state();
        }
    }

    private Optional<String> storedSetting(String key) {
        try (var ctx = com.pricedesk.AppContext.open(dataDir, Clock.systemUTC())) {
            return ctx.settings().get(key);
        }
    }
}
