package com.pricedesk.ui;

import atlantafx.base.theme.PrimerLight;
import com.pricedesk.AppContext;
import com.pricedesk.DataDir;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.cli.VersionProvider;
import com.pricedesk.store.WorkspaceInUseException;
import com.pricedesk.ui.fx.FxTaskExecutor;
import com.pricedesk.ui.fx.TaskExecutor;
import com.pricedesk.ui.shell.MainWindow;
import com.pricedesk.ui.shell.PreparingView;
import com.pricedesk.ui.shell.Workbench;
import com.pricedesk.ui.dashboard.DashboardView;
import com.pricedesk.ui.dashboard.DashboardViewModel;
import com.pricedesk.ui.detail.SkuDetailView;
import com.pricedesk.ui.detail.SkuDetailViewModel;
import com.pricedesk.ui.skus.SkuGridView;
import com.pricedesk.ui.skus.SkuGridViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation window. The workspace is opened in {@link #init()}, which JavaFX runs on the
 * launcher thread, so no SQL ever runs on the FX thread; everything later goes through the
 * {@link TaskExecutor}.
 */
public final class PriceDeskApp extends Application {
    static final String LANGUAGE_SETTING = "ui.language";
    private static final Logger log = LoggerFactory.getLogger(PriceDeskApp.class);

    private AppContext context;
    private RuntimeException openFailure;
    private Path dataDir;
    private Locale locale;
    private boolean demo;
    private boolean firstStart;
    private final TaskExecutor tasks = new FxTaskExecutor();
    private Scene scene;

    /** Command-line form of the parameters this application understands. */
    public static String[] parameters(Path dataDir, Optional<Locale> language) {
        return language.map(l -> new String[] {"--data-dir=" + dataDir, "--lang=" + Messages.tag(l)})
                .orElse(new String[] {"--data-dir=" + dataDir});
    }

    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        dataDir = Optional.ofNullable(named.get("data-dir")).map(Path::of).orElseGet(DataDir::defaultDir);
        try {
            context = AppContext.open(dataDir, Clock.systemDefaultZone());
            firstStart = context.demo().isFirstStart();
            demo = context.demo().isDemo();
            locale = Optional.ofNullable(named.get("lang")).map(Messages::parseLanguage)
                    .or(() -> context.settings().get(LANGUAGE_SETTING).map(Messages::parseLanguage))
                    .orElse(Messages.supported(Locale.getDefault()));
        } catch (RuntimeException e) {
            log.error("Could not open workspace {}", dataDir, e);
            openFailure = e;
            locale = Optional.ofNullable(named.get("lang")).map(Messages::parseLanguage)
                    .orElse(Messages.supported(Locale.getDefault()));
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (openFailure != null) {
            showOpenFailure();
            return;
        }
        // Never larger than the screen: a laptop at 1366x768 must see the whole window.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // Building the demo (catalogue, simulated market, 90 days of history) takes a while: show the
        // window at once with what is happening, and build it in the background.
        Parent first = firstStart ? new PreparingView(new Messages(locale)) : mainWindow(locale);
        scene = new Scene(first, Math.min(1360, screen.getWidth()), Math.min(820, screen.getHeight()));
        scene.getStylesheets().add(PriceDeskApp.class.getResource("/ui/pricedesk.css").toExternalForm());
        stage.setTitle("PriceDesk");
        stage.setScene(scene);
        stage.show();
        if (firstStart) {
            tasks.execute(() -> {
                context.demo().createIfFirstStart();
                return context.demo().isDemo();
            }, isDemo -> {
                demo = isDemo;
                scene.setRoot(mainWindow(locale));
            }, failure -> ((PreparingView) scene.getRoot()).failed(String.valueOf(failure.getMessage())));
        } else if (demo) {
            // The demo's simulator listens on a new port each run: start it and reconnect, off the FX thread.
            tasks.execute(() -> context.demoMarket().resumeIfDemo(), ok -> { },
                    e -> log.warn("The demo's simulated marketplace could not be restarted", e));
        }
    }

    private Parent mainWindow(Locale newLocale) {
        Messages msg = new Messages(newLocale);
        SkuGridViewModel grid = new SkuGridViewModel(() -> context.catalog().overview(Optional.empty()), tasks, msg);
        grid.load();
        SkuGridView gridView = new SkuGridView(grid);
        Workbench[] bench = new Workbench[1];
        DashboardViewModel[] dashboard = new DashboardViewModel[1];
        bench[0] = new Workbench(msg, navigator -> {
            dashboard[0] = new DashboardViewModel(days -> context.dashboard().dashboard(days), tasks, msg, navigator,
                    context.clock());
            return new DashboardView(dashboard[0], tasks);
        }, gridView, (sku, onBack) -> {
            SkuDetailViewModel detail = new SkuDetailViewModel(sku, context.skuDetails()::detail, tasks, msg);
            SkuDetailView view = new SkuDetailView(detail, tasks, onBack);
            detail.load();
            return view;
        });
        bench[0].setSkuSubset(grid::showOnly);
        bench[0].onFirstDashboardShow(() -> dashboard[0].load());
        gridView.setOnOpenSku(bench[0]::openSku);
        return new MainWindow(msg, bench[0],
                new MainWindow.Status(context.dataDir(), demo, VersionProvider.version()),
                this::switchLanguage, Platform::exit);
    }

    private void switchLanguage(Locale newLocale) {
        if (newLocale.equals(locale)) {
            return;
        }
        locale = newLocale;
        scene.setRoot(mainWindow(newLocale));
        tasks.execute(() -> {
            context.settings().put(LANGUAGE_SETTING, Messages.tag(newLocale));
            return null;
        }, ok -> { }, e -> log.warn("Could not remember the language choice", e));
    }

    private void showOpenFailure() {
        Messages msg = new Messages(locale);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("PriceDesk");
        alert.setHeaderText(msg.get("workspace.openFailed"));
        alert.setContentText(openFailure instanceof WorkspaceInUseException inUse
                ? msg.get("workspace.inUse", inUse.dataDir()) : openFailure.getMessage());
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        tasks.close();
        if (context != null) {
            context.close();
        }
    }
}
