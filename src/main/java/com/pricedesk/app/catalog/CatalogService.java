package com.pricedesk.app.catalog;

import com.pricedesk.app.economics.EconomicsService;
import com.pricedesk.app.economics.SkuMarginStatus;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.LandedCost;
import com.pricedesk.domain.money.FxRate;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.CostProfileRepository;
import com.pricedesk.domain.port.FxRateRepository;
import com.pricedesk.domain.port.PriceRepository;
import com.pricedesk.domain.port.SkuRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the catalogue with each SKU's current price and landed cost at today's exchange rate. */
public final class CatalogService {
    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

    private final SkuRepository skus;
    private final CostProfileRepository costs;
    private final PriceRepository prices;
    private final FxRateRepository fxRates;
    private final EconomicsService economics;
    private final Clock clock;

    public CatalogService(SkuRepository skus, CostProfileRepository costs, PriceRepository prices,
                          FxRateRepository fxRates, EconomicsService economics, Clock clock) {
        this.skus = skus;
        this.costs = costs;
        this.prices = prices;
        this.fxRates = fxRates;
        this.economics = economics;
        this.clock = clock;
    }

    /** All SKUs, optionally of one tier, sorted by seller SKU. */
    public List<SkuOverview> overview(Optional<Tier> tier) {
        Map<String, CostProfile> costProfiles = costs.findAll();
        Map<String, Money> currentPrices = prices.currentPrices();
        LocalDate today = LocalDate.now(clock);
        Optional<FxRate> fx = fxRates.rateOn(today);
        // SKUs, costs and prices are read once and shared with the economics, not read again there.
        List<Sku> selected = skus.findAll().stream().filter(s -> tier.isEmpty() || s.tier() == tier.get()).toList();
        Map<String, SkuMarginStatus> margins = fx.isEmpty() ? Map.of()
                : economics.marginStatus(today, selected, costProfiles, currentPrices).stream()
                        .collect(Collectors.toMap(SkuMarginStatus::sellerSku, Function.identity()));
        return selected.stream()
                .map(s -> {
                    SkuMarginStatus m = margins.get(s.sellerSku());
                    boolean known = m != null && m.known();
                    return new SkuOverview(s.sellerSku(), s.asin(), s.title(), s.localTitle(), s.category(), s.tier(),
                            s.tags(), currentPrices.get(s.sellerSku()),
                            landedCost(s, costProfiles.get(s.sellerSku()), fx),
                            known ? m.marginPct() : null, known ? rounded(m.breakEven()) : null,
                            known ? rounded(m.floor()) : null, known && m.belowTarget());
                })
                .toList();
    }

    private static Money landedCost(Sku sku, CostProfile profile, Optional<FxRate> fx) {
        if (profile == null || fx.isEmpty()) {
            return null;
        }
        try {
            return LandedCost.of(profile, sku.dimensions(), sku.weight(), fx.get()).total().rounded();
        } catch (IllegalArgumentException e) {
            // e.g. freight per kg without a weight: the grid shows "unknown" rather than a wrong number.
            log.warn("Landed cost of {} is unknown: {}", sku.sellerSku(), e.getMessage());
            return null;
        }
    }

    private static Money rounded(Money m) {
        return m == null ? null : m.rounded();
    }

    public int count() {
        return skus.count();
    }
}
