package com.pricedesk;

import com.pricedesk.app.catalog.CatalogService;
import com.pricedesk.app.demo.DemoWorkspaceService;
import com.pricedesk.app.repricing.NoUnitEconomicsYet;
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
import com.pricedesk.store.JdbiUnitOfWork;
import com.pricedesk.store.JsonRuleSetFormat;
import com.pricedesk.store.NoMarketSnapshotsYet;
import com.pricedesk.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root: the one place that builds the workspace, repositories and services and
 * wires them together. The window and the CLI both start from here.
 */
public final class AppContext implements AutoCloseable {
    private final Workspace workspace;
    private final Clock clock;
    private final SettingsRepository settings;
    private final CatalogService catalog;
    private final DemoWorkspaceService demo;
    private final RuleService rules;
    private final RepricingService repricing;

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
        this.catalog = new CatalogService(skus, costs, prices, fxRates, clock);
        RuleSetFormat ruleFormat = new JsonRuleSetFormat();
        RuleSetRepository ruleSets = new JdbiRuleSetRepository(jdbi, ruleFormat);
        KpiTargetRepository kpis = new JdbiKpiTargetRepository(jdbi);
        PriceLimitRepository limits = new JdbiPriceLimitRepository(jdbi);
        this.demo = new DemoWorkspaceService(skus, costs, prices, fxRates, settings, unitOfWork, ruleSets, kpis, clock);
        this.rules = new RuleService(ruleSets, ruleFormat, clock);
        // Market snapshots (issue 7) and fee-aware unit economics (issue 3) plug in here when they land.
        Repricer repricer = new Repricer(new RuleEngine(), new Guardrails(GuardrailSettings.DEFAULTS));
        this.repricing = new RepricingService(skus, prices, costs, fxRates, ruleSets, kpis, limits,
                new NoMarketSnapshotsYet(), new NoUnitEconomicsYet(), repricer, clock);
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

    public RuleService rules() {
        return rules;
    }

    public RepricingService repricing() {
        return repricing;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
