package com.pricedesk.app.demo;

import com.pricedesk.app.rules.StarterRules;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.kpi.KpiBook;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.CostProfileRepository;
import com.pricedesk.domain.port.FxRateRepository;
import com.pricedesk.domain.port.KpiTargetRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.RuleSetRepository;
import com.pricedesk.domain.port.SettingsRepository;
import com.pricedesk.domain.port.SkuRepository;
import com.pricedesk.domain.port.UnitOfWork;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the demo workspace: the demo seller's catalogue, costs, prices and exchange rates, default
 * KPI targets and the starter rule ("Follow FBA undercut").
 */
public final class DemoWorkspaceService {
    public static final long DEFAULT_SEED = 20261129L;
    public static final int DEFAULT_SKUS = 300;
    static final String KIND_KEY = "workspace.kind";
    static final String SEED_KEY = "demo.seed";
    private static final Logger log = LoggerFactory.getLogger(DemoWorkspaceService.class);

    /** What was created. */
    public record Result(int skus, long seed) {
    }

    /** The workspace already holds SKUs and {@code --force} was not given. */
    public static final class WorkspaceNotEmptyException extends RuntimeException {
        private final int skuCount;

        public WorkspaceNotEmptyException(int skuCount) {
            super("The workspace already holds " + skuCount + " SKUs");
            this.skuCount = skuCount;
        }

        public int skuCount() {
            return skuCount;
        }
    }

    private final SkuRepository skus;
    private final CostProfileRepository costs;
    private final PriceRepository prices;
    private final FxRateRepository fxRates;
    private final SettingsRepository settings;
    private final UnitOfWork unitOfWork;
    private final RuleSetRepository ruleSets;
    private final KpiTargetRepository kpis;
    private final Clock clock;
    private final LongConsumer afterCreate;

    /** A catalogue-only demo (no market history): for tests of the catalogue alone. */
    public DemoWorkspaceService(SkuRepository skus, CostProfileRepository costs, PriceRepository prices,
                                FxRateRepository fxRates, SettingsRepository settings, UnitOfWork unitOfWork,
                                RuleSetRepository ruleSets, KpiTargetRepository kpis, Clock clock) {
        this(skus, costs, prices, fxRates, settings, unitOfWork, ruleSets, kpis, clock, seed -> { });
    }

    /** {@code afterCreate} gets the seed once the catalogue is stored: it builds the living market on it. */
    public DemoWorkspaceService(SkuRepository skus, CostProfileRepository costs, PriceRepository prices,
                                FxRateRepository fxRates, SettingsRepository settings, UnitOfWork unitOfWork,
                                RuleSetRepository ruleSets, KpiTargetRepository kpis, Clock clock,
                                LongConsumer afterCreate) {
        this.afterCreate = afterCreate;
        this.skus = skus;
        this.costs = costs;
        this.prices = prices;
        this.fxRates = fxRates;
        this.settings = settings;
        this.unitOfWork = unitOfWork;
        this.ruleSets = ruleSets;
        this.kpis = kpis;
        this.clock = clock;
    }

    /** Creates the demo in one transaction; with {@code force} it first replaces whatever is there. */
    public Result create(long seed, int count, boolean force) {
        Result r = createCatalogue(seed, count, force);
        afterCreate.accept(seed);
        return r;
    }

    /**
     * The catalogue alone (SKUs, costs, prices, rules), without building the market: the window
     * shows the grid as soon as this returns and builds the market in the background.
     */
    public Result createCatalogue(long seed, int count, boolean force) {
        List<DemoCatalog.Item> items = DemoCatalog.generate(seed, count);
        Map<String, CostProfile> costProfiles = new LinkedHashMap<>();
        Map<String, Money> currentPrices = new LinkedHashMap<>();
        for (DemoCatalog.Item i : items) {
            costProfiles.put(i.sku().sellerSku(), i.cost());
            currentPrices.put(i.sku().sellerSku(), i.price());
        }
        unitOfWork.run(() -> {
            int existing = skus.count();
            if (existing > 0 && !force) {
                throw new WorkspaceNotEmptyException(existing);
            }
            skus.deleteAll();
            skus.saveAll(items.stream().map(DemoCatalog.Item::sku).toList());
            costs.saveAll(costProfiles);
            prices.saveAll(currentPrices);
            saveFxHistory();
            kpis.save(KpiBook.defaults());
            ruleSets.saveNewVersion(StarterRules.all(), clock.instant(), "demo starter rules");
            settings.put(KIND_KEY, "demo");
            settings.put(SEED_KEY, Long.toString(seed));
        });
        log.info("Created demo workspace: {} SKUs from seed {}", items.size(), seed);
        return new Result(items.size(), seed);
    }

    /** True for a workspace never used: no SKUs and never set up as demo or real. */
    public boolean isFirstStart() {
        return settings.get(KIND_KEY).isEmpty() && skus.count() == 0;
    }

    /** On first start an empty workspace becomes the demo, so there is something to look at at once. */
    public boolean createIfFirstStart() {
        if (!isFirstStart()) {
            return false;
        }
        create(DEFAULT_SEED, DEFAULT_SKUS, false);
        return true;
    }

    /**
     * On first start, the demo's catalogue only (see {@link #createCatalogue}); the caller then builds
     * the market. Empty when the workspace was not new.
     */
    public java.util.Optional<Result> createCatalogueIfFirstStart() {
        if (!isFirstStart()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(createCatalogue(DEFAULT_SEED, DEFAULT_SKUS, false));
    }

    public boolean isDemo() {
        return settings.get(KIND_KEY).map("demo"::equals).orElse(false);
    }

    private void saveFxHistory() {
        // The RMB drifted stronger over the quarter; a dated history keeps older costs reproducible.
        LocalDate today = LocalDate.now(clock);
        String[] rates = {"7.2630", "7.2115", "7.1640", "7.1180"};
        for (int i = 0; i < rates.length; i++) {
            fxRates.save(new FxRate(today.minusDays(90L - 30L * i), new BigDecimal(rates[i])));
        }
    }
}
