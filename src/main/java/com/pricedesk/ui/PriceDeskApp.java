package com.pricedesk.ui;

import atlantafx.base.theme.PrimerLight;
import com.pricedesk.AppContext;
import com.pricedesk.DataDir;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.cli.VersionProvider;
import com.pricedesk.store.WorkspaceInUseException;
import com.pricedesk.ui.fx.FxTaskExecutor;
import com.pricedesk.ui.fx.TaskExecutor;
import com.pricedesk.ui.shell.JobStatusView;
import com.pricedesk.ui.shell.JobStatusViewModel;
import com.pricedesk.ui.shell.MainWindow;
import com.pricedesk.ui.imports.CostImportLauncher;
import com.pricedesk.ui.imports.ImportViewModel;
import com.pricedesk.ui.imports.ImportHistoryViewModel;
import com.pricedesk.app.jobs.SchedulerStatus;
import com.pricedesk.domain.market.Freshness;
import com.pricedesk.domain.market.SyncKind;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import com.pricedesk.ui.shell.PreparingView;
import com.pricedesk.ui.skus.AppGridBackend;
import com.pricedesk.ui.shell.Workbench;
import com.pricedesk.ui.dashboard.DashboardView;
import com.pricedesk.ui.dashboard.DashboardViewModel;
import com.pricedesk.ui.detail.SkuDetailView;
import com.pricedesk.ui.detail.SkuDetailViewModel;
import com.pricedesk.ui.skus.SkuGridView;
import com.pricedesk.ui.queue.AppQueueBackend;
import com.pricedesk.ui.queue.QueueView;
import com.pricedesk.ui.queue.QueueViewModel;
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
    /** After a later start, what was missed while the app was closed catches up this soon. */
    private static final Duration CATCH_UP_DELAY = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(PriceDeskApp.class);

    private AppContext context;
    private RuntimeException openFailure;
    private Path dataDir;
    private Locale locale;
    private boolean demo;
    private boolean firstStart;
    private final TaskExecutor tasks = new FxTaskExecutor();
    private Scene scene;
    /** The status bar's scheduler line; replaced with the window when the language changes. FX thread only. */
    private JobStatusViewModel jobStatus;
    private SchedulerStatus lastJobStatus;
    private Optional<Instant> offersFresh = Optional.empty();
    private Consumer<SchedulerStatus> jobListener;
    private Timeline jobClock;
    private MainWindow window;
    private SkuGridViewModel grid;
    private final CostImportLauncher costImports = new CostImportLauncher(
            () -> ImportViewModel.Backend.of(context.imports()),
            () -> ImportHistoryViewModel.Backend.of(context.imports()), tasks, () -> grid.load());
    /** The Price changes tab; reloaded after each scheduler pass (which may queue proposals). FX thread only. */
    private QueueViewModel queue;

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
            // The catalogue takes a second or two; the market's 90 days take longer. The grid shows
            // as soon as the SKUs exist, and the market is built behind it, said in the status bar.
            tasks.execute(() -> context.demo().createCatalogueIfFirstStart().map(r -> r.seed()), seed -> {
                demo = demo || seed.isPresent();
                scene.setRoot(mainWindow(locale));
                if (seed.isPresent()) {
                    buildDemoMarket(seed.get());
                } else {
                    // The demo was synced just now: the first pass can wait a little.
                    startScheduler(Duration.ofMinutes(2));
                }
            }, failure -> ((PreparingView) scene.getRoot()).failed(String.valueOf(failure.getMessage())));
        } else if (demo) {
            // The demo's simulator listens on a new port each run: start it and reconnect, off the FX thread.
            tasks.execute(() -> context.demoMarket().resumeIfDemo(), ok -> startScheduler(CATCH_UP_DELAY),
                    e -> log.warn("The demo's simulated marketplace could not be restarted", e));
        } else {
            startScheduler(CATCH_UP_DELAY);
        }
    }

    /**
     * Starts the background scheduler (its own thread, owned by the AppContext) and feeds its status
     * to the status bar. The listener reads freshness on the scheduler's thread, never on the FX thread.
     */
    private void startScheduler(Duration firstDelay) {
        Clock clock = context.clock();
        jobListener = status -> {
            Optional<Instant> fresh = context.sync().freshness().stream()
                    .filter(f -> f.kind() == SyncKind.OFFERS).findFirst().flatMap(Freshness::freshAsOf);
            Platform.runLater(() -> {
                lastJobStatus = status;
                offersFresh = fresh;
                if (jobStatus != null) {
                    jobStatus.update(status, fresh, clock.instant());
                }
                if (queue != null) {
                    queue.load();
                }
            });
        };
        context.scheduler().addListener(jobListener);
        context.startScheduler(firstDelay);
        jobClock = new Timeline(new KeyFrame(javafx.util.Duration.seconds(30), e -> {
            if (jobStatus != null) {
                jobStatus.refresh(clock.instant());
            }
        }));
        jobClock.setCycleCount(Animation.INDEFINITE);
        jobClock.play();
    }

    private Parent mainWindow(Locale newLocale) {
        Messages msg = new Messages(newLocale);
        SkuGridViewModel grid = new SkuGridViewModel(new AppGridBackend(context.skuGrid(), context.gridCostEdits(),
                context.gridSelection(), context.gridLayout()), tasks, msg);
        grid.load();
        SkuGridView gridView = new SkuGridView(grid);
        Workbench[] bench = new Workbench[1];
        DashboardViewModel[] dashboard = new DashboardViewModel[1];
        SkuDetailView[] detailView = new SkuDetailView[1];
        bench[0] = new Workbench(msg, navigator -> {
            dashboard[0] = new DashboardViewModel(days -> context.dashboard().dashboard(days, msg.locale()), tasks, msg, navigator,
                    context.clock());
            return new DashboardView(dashboard[0], tasks);
        }, gridView, (sku, onBack) -> {
            // One detail screen per window, kept and shown SKU after SKU (issue 9: opening a SKU ≤ 300 ms).
            if (detailView[0] == null) {
                SkuDetailViewModel detail = new SkuDetailViewModel(sku, context.skuDetails()::detail, tasks, msg);
                detailView[0] = new SkuDetailView(detail, tasks, onBack);
            }
            detailView[0].open(sku);
            return detailView[0];
        });
        bench[0].setSkuSubset(grid::showOnly);
        QueueViewModel queueVm = new QueueViewModel(new AppQueueBackend(context.queueBoard(), context.queue(),
                context.submission(), context.emergencyStop(), AppQueueBackend.windowActor()), tasks, msg,
                context.clock());
        javafx.scene.control.Tab queueTab = bench[0].addTab("tabQueue", msg.get("queue.tab"), () -> new QueueView(queueVm));
        queueTab.textProperty().bind(queueVm.tabTitleProperty());
        queueTab.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                queueVm.load();
            }
        });
        queueVm.load();
        this.queue = queueVm;
        bench[0].onFirstDashboardShow(() -> dashboard[0].load());
        gridView.setOnOpenSku(bench[0]::openSku);
        this.grid = grid;
        this.window = new MainWindow(msg, bench[0],
                new MainWindow.Status(context.dataDir(), demo, VersionProvider.version()),
                this::switchLanguage, Platform::exit);
        window.addMenu(1, com.pricedesk.ui.shell.EditMenu.create(msg, grid));
        com.pricedesk.ui.shell.EditMenu.addRedoAlternative(window, grid);
        jobStatus = new JobStatusViewModel(msg, context.clock().getZone());
        if (lastJobStatus != null) {
            jobStatus.update(lastJobStatus, offersFresh, context.clock().instant());
        }
        window.addStatusItem(new JobStatusView(jobStatus));
        window.addFileItems(costImports.menuItem(msg),
                costImports.historyMenuItem(msg, context.clock().getZone()));
        costImports.acceptDrops(window, msg);
        javafx.scene.control.MenuItem amazonAccount = new javafx.scene.control.MenuItem(msg.get("menu.file.amazonAccount"));
        amazonAccount.setId("menuAmazonAccount");
        amazonAccount.setOnAction(e -> com.pricedesk.ui.settings.AmazonAccountForm.open(window.getScene().getWindow(),
                new com.pricedesk.ui.settings.AmazonAccountViewModel(com.pricedesk.ui.settings.AmazonAccountBackend.of(
                        context.amazon()), tasks, msg), msg));
        window.addFileItems(amazonAccount);
        return window;
    }

    /**
     * Builds the demo's market in the background; the grid reloads once its data is there, and the
     * scheduler starts then (its offers sync needs the market the build creates).
     */
    private void buildDemoMarket(long seed) {
        window.showActivity(new Messages(locale).get("status.demo.building"));
        tasks.execute(() -> context.demoMarket().build(seed), built -> {
            window.showActivity(null);
            grid.load();
            startScheduler(Duration.ofMinutes(2));
        }, failure -> window.showActivity(new Messages(locale).get("status.demo.buildFailed",
                String.valueOf(failure.getMessage()))));
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
        if (jobClock != null) {
            jobClock.stop();
        }
        if (jobListener != null) {
            context.scheduler().removeListener(jobListener);
        }
        tasks.close();
        if (context != null) {
            context.close();
        }
    }
}
