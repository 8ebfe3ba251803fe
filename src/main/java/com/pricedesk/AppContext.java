package com.pricedesk;

import com.pricedesk.amazon.RateLimiterRegistry;
import com.pricedesk.amazon.RetryPolicy;
import com.pricedesk.amazon.SpApiConnector;
import com.pricedesk.app.amazon.AmazonConnectionService;
import com.pricedesk.app.catalog.CatalogService;
import com.pricedesk.app.demo.DemoWorkspaceService;
import com.pricedesk.app.economics.CostChangeService;
import com.pricedesk.app.economics.EconomicsService;
import com.pricedesk.app.economics.FeeSettings;
import com.pricedesk.app.economics.FloorMargins;
import com.pricedesk.app.exports.ExportService;
import com.pricedesk.app.exports.PricingExports;
import com.pricedesk.excel.TableWriter;
import com.pricedesk.store.JdbiLatestInventory;
import com.pricedesk.app.imports.ImportService;
import com.pricedesk.app.imports.AdsImportService;
import com.pricedesk.excel.AdsReportReader;
import com.pricedesk.store.JdbiAdImportRepository;
import com.pricedesk.app.imports.MappingMemory;
import com.pricedesk.app.repricing.UnitEconomicsMarginPricing;
import com.pricedesk.app.grid.CostEditService;
import com.pricedesk.app.grid.GridLayoutService;
import com.pricedesk.app.grid.SelectionService;
import com.pricedesk.app.grid.SkuGridService;
import com.pricedesk.app.repricing.MarketFactsSource;
import com.pricedesk.app.repricing.RepricingService;
import com.pricedesk.app.kpi.KpiStatusService;
import com.pricedesk.domain.kpi.KpiCalculator;
import com.pricedesk.app.rules.RuleService;
import com.pricedesk.domain.port.CostProfileRepository;
import com.pricedesk.domain.port.FxRateRepository;
import com.pricedesk.domain.port.KpiTargetRepository;
import com.pricedesk.domain.port.PriceLimitRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.RuleSetFormat;
import com.pricedesk.domain.port.RuleSetRepository;
import com.pricedesk.domain.port.SettingsRepository;
import com.pricedesk.domain.port.SkuRepository;
import com.pricedesk.domain.port.UnitOfWork;
import com.pricedesk.store.JdbiAmazonAccountRepository;
import com.pricedesk.excel.CellReader;
import com.pricedesk.excel.CharsetSniffer;
import com.pricedesk.excel.CostSheetReader;
import com.pricedesk.excel.CostSheetWriter;
import com.pricedesk.excel.FormatSniffer;
import com.pricedesk.excel.HeaderRecognizer;
import com.pricedesk.excel.TableLocator;
import com.pricedesk.excel.WorkbookOpener;
import com.pricedesk.store.JdbiCostProfileRepository;
import com.pricedesk.store.JdbiFxRateRepository;
import com.pricedesk.store.JdbiImportBatchRepository;
import com.pricedesk.domain.pricing.GuardrailSettings;
import com.pricedesk.domain.pricing.Guardrails;
import com.pricedesk.domain.pricing.Repricer;
import com.pricedesk.domain.rules.RuleEngine;
import com.pricedesk.store.JdbiCostProfileRepository;
import com.pricedesk.store.JdbiFxRateRepository;
import com.pricedesk.store.JdbiKpiTargetRepository;
import com.pricedesk.store.JdbiPriceLimitRepository;
import com.pricedesk.store.JdbiPriceRepository;
import com.pricedesk.store.JdbiRuleSetRepository;
import com.pricedesk.store.JdbiSettingsRepository;
import com.pricedesk.store.JdbiSkuRepository;
import com.pricedesk.store.JdbiSkuSnapshotRepository;
import com.pricedesk.store.JdbiUnitOfWork;
import com.pricedesk.store.SecretSealer;
import com.pricedesk.store.JsonRuleSetFormat;
import com.pricedesk.store.JdbiMarketFacts;
import com.pricedesk.store.Workspace;
import com.pricedesk.store.fees.JdbiFeeScheduleRepository;
import com.pricedesk.store.fees.ShippedFeeTables;
import com.pricedesk.amazon.AdsApiConnector;
import com.pricedesk.app.demo.DemoMarketService;
import com.pricedesk.app.sync.SyncService;
import com.pricedesk.domain.port.AdsConnector;
import com.pricedesk.domain.port.MarketSnapshotRepository;
import com.pricedesk.domain.port.MarketplaceConnector;
import com.pricedesk.domain.port.SyncStateRepository;
import com.pricedesk.sim.InProcessMarketplace;
import com.pricedesk.store.JdbiMarketSnapshotRepository;
import com.pricedesk.store.JdbiSyncStateRepository;
import com.pricedesk.app.queue.ApprovalQueue;
import com.pricedesk.app.queue.EmergencyStop;
import com.pricedesk.app.queue.QueueSettings;
import com.pricedesk.app.queue.SubmissionService;
import com.pricedesk.store.JdbiAlertRepository;
import com.pricedesk.store.JdbiPriceChangeRepository;
import com.pricedesk.app.insight.QueueAlertFeed;
import com.pricedesk.app.insight.SchedulerJobFeed;
import com.pricedesk.domain.port.AlertRepository;
import com.pricedesk.app.insight.DashboardService;
import com.pricedesk.app.insight.SkuDetailService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import com.pricedesk.app.jobs.AfterOffersSync;
import com.pricedesk.app.jobs.ApprovedChangeSubmitter;
import com.pricedesk.app.jobs.BackOff;
import com.pricedesk.app.jobs.ProcessOwner;
import com.pricedesk.app.jobs.Scheduler;
import com.pricedesk.app.jobs.StandardJobs;
import com.pricedesk.store.JdbiJobRunRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The composition root: the one place that builds the workspace, repositories and services and
 * wires them together. The window and the CLI both start from here.
 */
public final class AppContext implements AutoCloseable {
    /** The in-process demo simulator runs reports and quotas this many times faster than Amazon. */
    static final double DEMO_SIMULATOR_SPEED = 300;
    private final Workspace workspace;
    private final Clock clock;
    private final SettingsRepository settings;
    private final CatalogService catalog;
    private final DemoWorkspaceService demo;
    private final EconomicsService economics;
    private final CostChangeService costChanges;
    private final AmazonConnectionService amazon;
    private final ImportService imports;
    private final AdsImportService adsImports;
    private final ExportService exports;
    private final PricingExports pricingExports;
    private final RuleService rules;
    private final RepricingService repricing;
    private final com.pricedesk.app.repricing.RegularPriceService regularPrices;
    private final com.pricedesk.app.repricing.PriceSettingsService priceSettings;
    private final com.pricedesk.app.repricing.EngineWarmUp engineWarmUp;
    private final KpiStatusService kpiStatus;
    private final SyncService sync;
    private final DemoMarketService demoMarket;
    private final MarketSnapshotRepository snapshots;
    private final InProcessMarketplace simulator;
    /** How often the window's scheduler looks for due jobs (also right after the computer wakes). */
    static final Duration SCHEDULER_TICK = Duration.ofSeconds(30);
    private final Scheduler scheduler;
    private ScheduledExecutorService schedulerThread;
    private final SkuGridService skuGrid;
    private final com.pricedesk.store.FileGridRowCache gridRowCache;
    private final CostEditService gridCostEdits;
    private final SelectionService gridSelection;
    private final GridLayoutService gridLayout;
    private final EmergencyStop emergencyStop;
    private final ApprovalQueue queue;
    private final SubmissionService submission;
    private final JdbiPriceChangeRepository changeLog;
    private final com.pricedesk.app.queue.ChangeLogExport changeLogExport;
    private final SkuDetailService skuDetails;
    private final DashboardService dashboard;
    private final com.pricedesk.app.queue.QueueBoard queueBoard;

    private AppContext(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        var jdbi = workspace.jdbi();
        SkuRepository skus = new JdbiSkuRepository(jdbi);
        CostProfileRepository costs = new JdbiCostProfileRepository(jdbi);
        PriceRepository prices = new JdbiPriceRepository(jdbi, clock);
        FxRateRepository fxRates = new JdbiFxRateRepository(jdbi);
        UnitOfWork unitOfWork = new JdbiUnitOfWork(jdbi);
        this.settings = new JdbiSettingsRepository(jdbi);
        RuleSetFormat ruleFormat = new JsonRuleSetFormat();
        RuleSetRepository ruleSets = new JdbiRuleSetRepository(jdbi, ruleFormat);
        KpiTargetRepository kpis = new JdbiKpiTargetRepository(jdbi);
        PriceLimitRepository limits = new JdbiPriceLimitRepository(jdbi);
        var feeTables = new JdbiFeeScheduleRepository(jdbi, ShippedFeeTables.load());
        this.economics = new EconomicsService(skus, costs, prices, fxRates, feeTables, new FeeSettings(settings),
                new FloorMargins(settings), clock);
        this.costChanges = new CostChangeService(economics, fxRates, feeTables, costs, unitOfWork);
        this.catalog = new CatalogService(skus, costs, prices, fxRates, economics, clock);
        // One rate-limit registry for the whole process: Amazon's quotas are per seller and app, not per caller.
        RateLimiterRegistry rateLimits = new RateLimiterRegistry();
        this.simulator = new InProcessMarketplace(workspace.dataDir(), clock, DEMO_SIMULATOR_SPEED);
        // The demo's own simulator runs its quotas faster; the client paces to match it, and only it.
        MarketplaceConnector real = new SpApiConnector(rateLimits, RetryPolicy.defaults(), clock);
        MarketplaceConnector simulated = new SpApiConnector(new RateLimiterRegistry(DEMO_SIMULATOR_SPEED),
                RetryPolicy.defaults(), clock);
        // One gateway per account for the process: its access token and connections are reused.
        MarketplaceConnector connector = new com.pricedesk.amazon.ReusingConnector(account -> simulator.serves(account)
                ? simulated.connect(account) : real.connect(account));
        var accounts = new JdbiAmazonAccountRepository(jdbi, new SecretSealer(workspace.dataDir(),
                AppContext::passphraseFromEnvironment, AppContext::askPassphrase), clock);
        AdsConnector adsConnector = new AdsApiConnector(RetryPolicy.defaults(), clock);
        this.amazon = new AmazonConnectionService(accounts, connector, adsConnector);
        this.snapshots = new JdbiMarketSnapshotRepository(jdbi);
        SyncStateRepository syncState = new JdbiSyncStateRepository(jdbi);
        // Regular prices (set by the seller) and Amazon's listing maxima (read by the listings sync), V17.
        var referencePrices = new com.pricedesk.store.JdbiReferencePriceRepository(jdbi);
        // Amazon Ads when an Ads account is connected (the demo connects the simulator's); else the Excel import.
        this.sync = new SyncService(accounts, connector, () -> accounts.findAds().map(adsConnector::connect),
                skus, prices, snapshots, syncState, unitOfWork,
                SyncService.Polling.realTime(Duration.ofMillis(100), 1200), clock, referencePrices);
        this.demoMarket = new DemoMarketService(simulator, amazon, sync, skus, prices, snapshots, syncState,
                settings, unitOfWork, clock);
        this.demo = new DemoWorkspaceService(skus, costs, prices, fxRates, settings, unitOfWork, ruleSets, kpis,
                clock, demoMarket::build);
        // the prices the seller set (最低价, 封顶价, 常规售价) travel with the SKUs through imports, reverts and exports
        var skuSnapshots = new com.pricedesk.store.PricedSkuSnapshots(new JdbiSkuSnapshotRepository(jdbi), jdbi, clock);
        HeaderRecognizer headers = new HeaderRecognizer();
        CostSheetReader costSheets = new CostSheetReader(new WorkbookOpener(new FormatSniffer(), new CharsetSniffer()),
                new TableLocator(headers), headers, new CellReader());
        var importBatches = new JdbiImportBatchRepository(jdbi);
        this.adsImports = new AdsImportService(new AdsReportReader(new WorkbookOpener(new FormatSniffer(),
                new CharsetSniffer())), skus, snapshots, new JdbiAdImportRepository(jdbi), importBatches, unitOfWork,
                clock);
        this.imports = new ImportService(costSheets, skuSnapshots, importBatches, prices, fxRates,
                new MappingMemory(settings), unitOfWork, clock, adsImports);
        this.exports = new ExportService(skuSnapshots, new CostSheetWriter());
        this.pricingExports = new PricingExports(skus, costs, prices, limits, kpis, new JdbiLatestInventory(jdbi),
                economics, GuardrailSettings.DEFAULTS, new TableWriter());
        this.rules = new RuleService(ruleSets, ruleFormat, clock);
        // The latest market snapshots per SKU (issue 7), read in bulk for the engine and the KPIs.
        MarketFactsSource marketFacts = new com.pricedesk.app.repricing.ReferencePriceFacts(
                new JdbiMarketFacts(jdbi, clock), referencePrices);
        this.regularPrices = new com.pricedesk.app.repricing.RegularPriceService(skus, referencePrices,
                GuardrailSettings.DEFAULTS.sanityMaxPrice(), clock);
        Repricer repricer = new Repricer(new RuleEngine(), new Guardrails(GuardrailSettings.DEFAULTS));
        // The first pass after start would run mostly interpreted: warm the engine up in the background.
        this.engineWarmUp = new com.pricedesk.app.repricing.EngineWarmUp(repricer, clock,
                new com.pricedesk.app.repricing.UnitEconomicsWarmUpPricing(economics));
        this.repricing = new RepricingService(skus, prices, costs, fxRates, ruleSets, kpis, limits,
                marketFacts, new UnitEconomicsMarginPricing(economics), repricer, clock);
        this.changeLog = new JdbiPriceChangeRepository(jdbi);
        AlertRepository alerts = new JdbiAlertRepository(jdbi);
        QueueSettings queueSettings = new QueueSettings(settings);
        this.emergencyStop = new EmergencyStop(settings, clock);
        this.queue = new ApprovalQueue(changeLog, skus, prices, limits, queueSettings, emergencyStop, unitOfWork, clock);
        this.submission = new SubmissionService(changeLog, alerts, prices, limits, queueSettings,
                emergencyStop, unitOfWork, amazon::gateway, clock);
        this.changeLogExport = new com.pricedesk.app.queue.ChangeLogExport(changeLog,
                new com.pricedesk.excel.ChangeLogWriter(new com.pricedesk.excel.TableWriter()), clock);
        // After each offers sync: stale proposals expire, then the engine's decisions enter the queue
        // (a newer proposal supersedes an older open one); nothing is sent from here.
        AfterOffersSync afterOffersSync = () -> {
            queue.expire();
            queue.enqueue(repricing.dryRun(Optional.empty()).decisions(), "scheduler");
        };
        Optional<ApprovedChangeSubmitter> submitter = Optional.of(submission::submitApproved);
        this.scheduler = new Scheduler(StandardJobs.create(sync::sync, afterOffersSync, submitter, workspace),
                new JdbiJobRunRepository(jdbi), clock, BackOff.DEFAULT, emergencyStop::isPaused,
                ProcessOwner.newOwner(), ProcessOwner::isAlive);
        this.gridRowCache = com.pricedesk.store.FileGridRowCache.in(workspace.dataDir());
        this.skuGrid = new SkuGridService(skus, costs, prices, fxRates, economics, kpis, limits, marketFacts,
                GuardrailSettings.DEFAULTS, gridRowCache, clock);
        this.priceSettings = new com.pricedesk.app.repricing.PriceSettingsService(skus, limits, referencePrices,
                prices, unitOfWork, GuardrailSettings.DEFAULTS.sanityMaxPrice(), clock);
        this.gridCostEdits = new CostEditService(costs, unitOfWork, skuGrid, priceSettings);
        this.gridSelection = new SelectionService(skus, unitOfWork, skuGrid, repricing);
        this.gridLayout = new GridLayoutService(settings);
        this.kpiStatus = new KpiStatusService(skus, prices, costs, kpis, limits, marketFacts, economics,
                KpiCalculator.withDefaultTolerance(), clock);
        this.skuDetails = new SkuDetailService(skus, economics, snapshots, clock);
        // The Price changes tab: margins at the old and new price, and the engine's current decision for
        // the guardrails that clamped it (a dry run for one SKU; nothing is stored).
        this.queueBoard = new com.pricedesk.app.queue.QueueBoard(changeLog, skus, emergencyStop,
                (sku, price) -> skus.find(sku).flatMap(s -> economics.unitEconomics(s, economics.today()))
                        .map(ue -> ue.at(price).marginPct()),
                sku -> repricing.dryRun(java.util.List.of(sku)).decisions().stream().findFirst());
        this.dashboard = new DashboardService(catalog, snapshots, kpis, new QueueAlertFeed(alerts, clock),
                new SchedulerJobFeed(scheduler::status), clock, () -> kpiStatus.all().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().overall())));
    }

    /** The passphrase that seals the Amazon credentials, when the user set one (see SecretSealer). */
    private static java.util.Optional<char[]> passphraseFromEnvironment() {
        String p = System.getenv("PRICEDESK_PASSPHRASE");
        return p == null || p.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(p.toCharArray());
    }

    /** On an interactive terminal, asks for the passphrase the stored credentials need. */
    private static java.util.Optional<char[]> askPassphrase() {
        java.io.Console console = System.console();
        return console == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(console.readPassword("Passphrase of the Amazon credentials / "
                        + "亚马逊凭证的密码短语: "));
    }

    /** Opens the workspace in {@code dataDir}; logs go to its {@code logs/} folder from here on. */
    public static AppContext open(Path dataDir, Clock clock) {
        Logging.toDataDir(dataDir);
        return new AppContext(Workspace.open(dataDir, clock), clock);
    }

    public Path dataDir() {
        return workspace.dataDir();
    }

    public Clock clock() {
        return clock;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public CatalogService catalog() {
        return catalog;
    }

    public DemoWorkspaceService demo() {
        return demo;
    }

    public EconomicsService economics() {
        return economics;
    }

    public CostChangeService costChanges() {
        return costChanges;
    }

    public AmazonConnectionService amazon() {
        return amazon;
    }

    public ImportService imports() {
        return imports;
    }

    /** Imports of Amazon Ads reports (daily ad spend and sales per SKU). */
    public AdsImportService adsImports() {
        return adsImports;
    }

    public ExportService exports() {
        return exports;
    }

    /** The profit/KPI report and Amazon's Price & Quantity file. */
    public PricingExports pricingExports() {
        return pricingExports;
    }

    public RuleService rules() {
        return rules;
    }

    public RepricingService repricing() {
        return repricing;
    }

    /** The prices the seller sets per SKU: manual minimum (最低价), manual maximum (封顶价), regular price. */
    public com.pricedesk.app.repricing.PriceSettingsService priceSettings() {
        return priceSettings;
    }

    /** The seller's regular price per SKU (what "restore the regular price" returns to). */
    public com.pricedesk.app.repricing.RegularPriceService regularPrices() {
        return regularPrices;
    }

    /** KPI status per SKU, in bulk, for the grid, the dashboard and {@code skus list}. */
    public KpiStatusService kpiStatus() {
        return kpiStatus;
    }

    public SyncService sync() {
        return sync;
    }

    /** The demo's simulated marketplace: {@code resumeIfDemo()} restarts it in a later session. */
    public DemoMarketService demoMarket() {
        return demoMarket;
    }

    /** Market history (daily rows, snapshots) for history views and charts. */
    public MarketSnapshotRepository marketHistory() {
        return snapshots;
    }

    /** The local scheduler: {@code jobs run-due} runs one pass, the window starts it in the background. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /**
     * Starts the scheduler on its own background thread (never the FX thread); {@link #close()} stops
     * it. The first pass runs after {@code firstDelay}.
     */
    public synchronized void startScheduler(Duration firstDelay) {
        if (schedulerThread != null) {
            return;
        }
        schedulerThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pricedesk-scheduler");
            t.setDaemon(true);
            return t;
        });
        scheduler.start(schedulerThread, firstDelay, SCHEDULER_TICK);
        engineWarmUp.startInBackground(Duration.ofSeconds(5));
    }

    private synchronized void stopScheduler() {
        scheduler.stop();
        if (schedulerThread == null) {
            return;
        }
        // No interrupt: H2 closes its file when a thread is interrupted mid-write. A run still going
        // after the wait is cut off by closing the workspace and is run again at the next start.
        schedulerThread.shutdown();
        try {
            schedulerThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        schedulerThread = null;
    }

    /** The SKU grid's rows: economics, market facts and KPI status per SKU. */
    public SkuGridService skuGrid() {
        return skuGrid;
    }

    /** Cost fields edited in the grid (and undone). */
    public CostEditService gridCostEdits() {
        return gridCostEdits;
    }

    /** Tier, tag and dry-run actions on the grid's selection. */
    public SelectionService gridSelection() {
        return gridSelection;
    }

    /** The grid's remembered columns. */
    public GridLayoutService gridLayout() {
        return gridLayout;
    }

    /** The emergency stop: while on, nothing is sent or auto-approved. */
    public EmergencyStop emergencyStop() {
        return emergencyStop;
    }

    /** The approval queue (proposals, approvals, expiry). */
    public ApprovalQueue queue() {
        return queue;
    }

    /** Sends approved changes and confirms them by reading back. */
    public SubmissionService submission() {
        return submission;
    }

    /** Exports of the audit log and the queue to Excel. */
    public com.pricedesk.app.queue.ChangeLogExport changeLogExport() {
        return changeLogExport;
    }

    /** The queue's changes and audit log, for exports. */
    public com.pricedesk.domain.port.PriceChangeRepository changeLog() {
        return changeLog;
    }

    /** One SKU with its economics and history, for the SKU detail screen. */
    public SkuDetailService skuDetails() {
        return skuDetails;
    }

    /** The approval queue as the Price changes tab shows it. */
    public com.pricedesk.app.queue.QueueBoard queueBoard() {
        return queueBoard;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    @Override
    public void close() {
        engineWarmUp.stop();
        stopScheduler();
        simulator.stop();
        gridRowCache.close();
        workspace.close();
    }
}
