package com.pricedesk.app.repricing;

import com.pricedesk.app.economics.EconomicsService;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.cost.UnitEconomics;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.MarginPricing;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.pricedesk.domain.cost.CostProfile;

/** Margin floors for the repricer from the fee-aware unit economics of issue 3, on today's fee tables. */
public final class UnitEconomicsMarginPricing implements MarginPricingSource {
    private final EconomicsService economics;

    public UnitEconomicsMarginPricing(EconomicsService economics) {
        this.economics = economics;
    }

    @Override
    public Optional<MarginPricing> forSku(Sku sku) {
        return economics.unitEconomics(sku, economics.today()).map(Pricing::new);
    }

    /** Reads the fee tables and exchange rate once, nothing per SKU (the per-SKU path reads both per call). */
    @Override
    public Map<String, MarginPricing> forSkus(List<Sku> skus, Map<String, CostProfile> costs) {
        Map<String, UnitEconomics> all = economics.unitEconomics(economics.today(), skus, costs);
        Map<String, MarginPricing> out = new HashMap<>(all.size() * 2);
        all.forEach((sku, e) -> out.put(sku, new Pricing(e)));
        return out;
    }

    /** One SKU's economics (already computed) seen through the repricer's narrow interface. */
    public static MarginPricing of(UnitEconomics economics) {
        return new Pricing(economics);
    }

    /** One SKU's economics seen through the repricer's narrow interface. */
    private record Pricing(UnitEconomics e) implements MarginPricing {
        @Override
        public Optional<Money> priceForMargin(BigDecimal marginPct) {
            return e.priceForMargin(marginPct).asOptional();
        }

        @Override
        public Optional<BigDecimal> marginAt(Money price) {
            if (price == null || price.amount().signum() <= 0) {
                return Optional.empty();
            }
            return Optional.of(e.at(price.rounded()).marginPct());
        }
    }
}
