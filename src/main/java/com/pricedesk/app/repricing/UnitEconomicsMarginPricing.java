package com.pricedesk.app.repricing;

import com.pricedesk.app.economics.EconomicsService;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.cost.UnitEconomics;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.MarginPricing;
import java.math.BigDecimal;
import java.util.Optional;

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
