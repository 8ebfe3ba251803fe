package com.pricedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.AppContext;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.sim.DeterministicMarket;
import com.pricedesk.sim.SimConfig;
import com.pricedesk.sim.SimCredentials;
import com.pricedesk.sim.SimServer;
import com.pricedesk.ui.fx.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Connect Amazon account" form, headless, against the simulator over real HTTP: defaults,
 * Test connection on a background thread, a clear failure, connect with Amazon Ads and a new
 * passphrase, and the passphrase asked for (and checked) when the workspace is opened again.
 */
class AmazonAccountFormTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private SimServer sim;
    private AppContext app;
    private FxTaskExecutor tasks;
    private javafx.stage.Stage stage;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        sim = new SimServer(SimConfig.of(0, 7, 20), new DeterministicMarket(7, DeterministicMarket.sampleProducts(7, 20)),
                Clock.systemUTC());
        sim.start();
        app = AppContext.open(dataDir, Clock.systemUTC());
        tasks = new FxTaskExecutor();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (stage != null) {
                stage.close();
            }
        });
        tasks.close();
        if (app != null) {
            app.close();
        }
        sim.close();
    }

    private AmazonAccountViewModel showForm(Messages msg) throws Exception {
        AmazonAccountViewModel vm = new AmazonAccountViewModel(AmazonAccountBackend.of(app.amazon()), tasks, msg);
        // Its own window: the primary stage is shared with the other UI tests and keeps its size.
        FxToolkit.setupFixture(() -> {
            if (stage != null) {
                stage.close();
            }
            stage = new javafx.stage.Stage();
            stage.setScene(new javafx.scene.Scene(new StackPane(new AmazonAccountForm(vm, msg, () -> { })), 1000, 780));
            stage.show();
        });
        FxToolkit.setupFixture(vm::load);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        return vm;
    }

    private String status() {
        return robot.lookup("#connectionStatus").queryAs(Label.class).getText();
    }

    private void waitForOutcome(AmazonAccountViewModel vm) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.busyProperty().get()
                && vm.outcomeProperty().get() != AmazonAccountViewModel.Outcome.BUSY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String id, String text) {
        robot.clickOn("#" + id);
        robot.lookup("#" + id).queryAs(javafx.scene.control.TextInputControl.class).clear();
        robot.write(text);
    }

    @Test
    void testsConnectsWithAdsAndAPassphraseThenAsksForItWhenReopened() throws Exception {
        SimCredentials c = sim.credentials();
        AmazonAccountViewModel vm = showForm(new Messages(Messages.ENGLISH));
        // Amazon's North America production endpoints by default; secrets are password fields.
        assertThat(robot.lookup("#spApiEndpoint").queryAs(TextField.class).getText())
                .isEqualTo("https://sellingpartnerapi-na.amazon.com");
        assertThat(robot.lookup("#lwaEndpoint").queryAs(TextField.class).getText())
                .isEqualTo("https://api.amazon.com/auth/o2/token");
        assertThat(robot.lookup("#clientSecret").queryAs(TextField.class)).isInstanceOf(PasswordField.class);
        assertThat(robot.lookup("#refreshToken").queryAs(TextField.class)).isInstanceOf(PasswordField.class);
        assertThat(robot.lookup("#passphraseHint").queryAs(Label.class).getText()).contains("Optional");

        // A missing field is named before any call.
        robot.clickOn("#testConnection");
        assertThat(status()).isEqualTo("LWA client id is required.");

        type("spApiEndpoint", sim.spApiEndpoint());
        type("lwaEndpoint", sim.lwaEndpoint());
        type("clientId", c.clientId());
        type("sellerId", c.sellerId());
        type("clientSecret", c.clientSecret());
        type("refreshToken", "Atzr|wrong");
        robot.clickOn("#testConnection");
        waitForOutcome(vm);
        assertThat(status()).contains("Amazon refused the credentials").contains("invalid_grant")
                .doesNotContain("Atzr|wrong");
        assertThat(app.amazon().storedAccount()).isEmpty();

        type("refreshToken", c.refreshToken());
        robot.clickOn("#testConnection");
        waitForOutcome(vm);
        assertThat(status()).isEqualTo("The connection works: Amazon answered for seller " + c.sellerId() + ".");
        assertThat(app.amazon().storedAccount()).as("testing stores nothing").isEmpty();

        type("adsEndpoint", sim.spApiEndpoint());
        type("adsProfileId", sim.authority().adsProfileId());
        type("passphrase", "correct horse");
        robot.clickOn("#saveConnection");
        waitForOutcome(vm);
        assertThat(status()).isEqualTo("Connected seller " + c.sellerId() + "; the credentials are stored encrypted.");
        assertThat(robot.lookup("#clientSecret").queryAs(TextField.class).getText()).as("secrets cleared").isEmpty();
        assertThat(vm.sealingProperty().get()).isEqualTo(AmazonAccountBackend.Sealing.PASSPHRASE);
        assertThat(app.amazon().storedAdsAccount()).get()
                .satisfies(a -> assertThat(a.profileId()).isEqualTo(sim.authority().adsProfileId()));
        app.close();
        app = null;

        // Opened again without PRICEDESK_PASSPHRASE: the form asks for it and checks it.
        app = AppContext.open(dataDir, Clock.systemUTC());
        vm = showForm(new Messages(Messages.ENGLISH));
        assertThat(vm.sealingProperty().get()).isEqualTo(AmazonAccountBackend.Sealing.PASSPHRASE_NEEDED);
        assertThat(robot.lookup("#passphraseHint").queryAs(Label.class).getText()).contains("Enter it");
        type("passphrase", "wrong horse");
        robot.clickOn("#testConnection");
        waitForOutcome(vm);
        assertThat(status()).startsWith("Passphrase: ").contains("does not open");

        type("passphrase", "correct horse");
        robot.clickOn("#testConnection");
        waitForOutcome(vm);
        // The stored secrets (fields left empty) were opened with it: SP-API and Ads both answer.
        assertThat(status()).isEqualTo("The connection works: Amazon answered for seller " + c.sellerId()
                + " and Ads profile " + sim.authority().adsProfileId() + ".");
        assertThat(robot.lookup("#spApiEndpoint").queryAs(TextField.class).getText()).isEqualTo(sim.spApiEndpoint());
        assertThat(robot.lookup("#clientSecret").queryAs(TextField.class).getText()).as("never shown").isEmpty();

        // No secret in the clear anywhere in the workspace: database, keys, logs.
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            for (String secret : List.of(c.clientSecret(), c.refreshToken(), "correct horse", "Atzr|wrong")) {
                assertThat(com.pricedesk.store.SealedCredentialsTestAccess.contains(bytes, secret)).as(f + " holds "
                        + secret.length() + " secret chars").isFalse();
            }
        }
    }

    @Test
    void speaksChinese() throws Exception {
        showForm(new Messages(Messages.CHINESE));
        robot.clickOn("#saveConnection");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status()).isEqualTo("LWA 客户端 ID为必填项。");
        assertThat(robot.lookup("#testConnection").queryAs(javafx.scene.control.Button.class).getText())
                .isEqualTo("测试连接");
    }
}
