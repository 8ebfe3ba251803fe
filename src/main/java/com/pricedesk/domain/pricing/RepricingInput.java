package com.pricedesk.domain.pricing;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.kpi.KpiTargets;
import com.pricedesk.domain.rules.SkuFacts;
import java.util.Objects;
import java.util.Optional;

/** Everything the engine needs about one SKU: the SKU, its market facts, unit economics, KPI targets and limits. */
public record RepricingInput(Sku sku, SkuFacts facts, Optional<MarginPricing> pricing, KpiTargets targets,
                             PriceLimits limits) {
    public RepricingInput {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(facts, "facts");
        pricing = Objects.requireNonNullElse(pricing, Optional.empty());
        targets = Objects.requireNonNullElse(targets, KpiTargets.NONE);
        limits = Objects.requireNonNullElse(limits, PriceLimits.NONE);
    }
}
