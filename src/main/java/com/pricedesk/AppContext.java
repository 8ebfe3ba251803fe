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
import com.pricedesk.app.imports.ImportService;
import com.pricedesk.app.imports.MappingMemory;
import com.pricedesk.app.repricing.UnitEconomicsMarginPricing;
import com.pricedesk.app.repricing.RepricingService;
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
import com.pricedesk.store.NoMarketSnapshotsYet;
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
import com.pricedesk.app.insight.AlertFeed;
import com.pricedesk.app.insight.DashboardService;
import com.pricedesk.app.insight.JobStatusFeed;
import com.pricedesk.app.insight.SkuDetailService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;

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
    private final ExportService exports;
    private final RuleService rules;
    private final RepricingService repricing;
    private final SyncService sync;
    private final DemoMarketService demoMarket;
    private final MarketSnapshotRepository snapshots;
    private final InProcessMarketplace simulator;
    private final SkuDetailService skuDetails;
    private final DashboardService dashboard;

    private AppContext(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        var jdbi = workspace.jdbi();
        SkuRepository skus = new JdbiSkuRepository(jdbi);
        CostProfileRepository costs = new JdbiCostProfileRepository(jdbi);
        PriceRepository prices = new JdbiPriceRepository(jdbi);
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
        MarketplaceConnector connector = account -> simulator.serves(account) ? simulated.connect(account)
                : real.connect(account);
        var accounts = new JdbiAmazonAccountRepository(jdbi, new SecretSealer(workspace.dataDir()), clock);
        this.amazon = new AmazonConnectionService(accounts, connector);
        this.snapshots = new JdbiMarketSnapshotRepository(jdbi);
        SyncStateRepository syncState = new JdbiSyncStateRepository(jdbi);
        AdsConnector adsConnector = new AdsApiConnector(RetryPolicy.defaults(), clock);
        this.sync = new SyncService(accounts, connector, () -> simulator.adsAccount().map(adsConnector::connect),
                skus, prices, snapshots, syncState, unitOfWork,
                SyncService.Polling.realTime(Duration.ofMillis(100), 1200), clock);
        this.demoMarket = new DemoMarketService(simulator, amazon, sync, skus, prices, snapshots, syncState,
                settings, unitOfWork, clock);
        this.demo = new DemoWorkspaceService(skus, costs, prices, fxRates, settings, unitOfWork, ruleSets, kpis,
                clock, demoMarket::build);
        var skuSnapshots = new JdbiSkuSnapshotRepository(jdbi);
        HeaderRecognizer headers = new HeaderRecognizer();
        CostSheetReader costSheets = new CostSheetReader(new WorkbookOpener(new FormatSniffer(), new CharsetSniffer()),
                new TableLocator(headers), headers, new CellReader());
        this.imports = new ImportService(costSheets, skuSnapshots, new JdbiImportBatchRepository(jdbi), prices, fxRates,
                new MappingMemory(settings), unitOfWork, clock);
        this.exports = new ExportService(skuSnapshots, new CostSheetWriter());
        this.rules = new RuleService(ruleSets, ruleFormat, clock);
        // Market snapshots (issue 7) plug in here when they land; until then every SKU is held for lack of data.
        Repricer repricer = new Repricer(new RuleEngine(), new Guardrails(GuardrailSettings.DEFAULTS));
        this.repricing = new RepricingService(skus, prices, costs, fxRates, ruleSets, kpis, limits,
                new NoMarketSnapshotsYet(), new UnitEconomicsMarginPricing(economics), repricer, clock);
        this.skuDetails = new SkuDetailService(skus, economics, snapshots, clock);
        // Alerts (approval queue) and job status (scheduler) plug in here; until then the dashboard says "none".
        this.dashboard = new DashboardService(catalog, snapshots, kpis, AlertFeed.NONE, JobStatusFeed.NONE, clock);
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

    public ExportService exports() {
        return exports;
    }

    public RuleService rules() {
        return rules;
    }

    public RepricingService repricing() {
        return repricing;
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

    /** One SKU with its economics and history, for the SKU detail screen. */
    public SkuDetailService skuDetails() {
        return skuDetails;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    @Override
    public void close() {
        simulator.stop();
        workspace.close();
    }
}
