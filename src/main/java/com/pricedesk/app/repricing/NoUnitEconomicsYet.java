package com.pricedesk.app.repricing;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.pricing.MarginPricing;
import java.util.Optional;

/**
 * Used until the fee-aware UnitEconomics (issue 3) is wired in: no SKU has known unit economics,
 * so no margin floor can be computed and the repricer holds every SKU a rule would move, saying so.
 */
public final class NoUnitEconomicsYet implements MarginPricingSource {
    @Override
    public Optional<MarginPricing> forSku(Sku sku) {
        return Optional.empty();
    }
}
