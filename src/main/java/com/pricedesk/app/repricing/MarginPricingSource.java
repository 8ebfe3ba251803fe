package com.pricedesk.app.repricing;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.pricing.MarginPricing;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.pricedesk.domain.cost.CostProfile;

/**
 * The unit economics of a SKU for the repricer (margin at a price, price for a margin). Backed by
 * the fee-aware UnitEconomics; empty when the SKU's costs or fees are not known, and the repricer
 * then holds the SKU because its margin floor cannot be computed.
 */
public interface MarginPricingSource {
    Optional<MarginPricing> forSku(Sku sku);

    /**
     * For many SKUs at once, from the cost profiles the caller has already read: a SKU missing from the
     * answer has no computable economics. By default one by one; the real source reads nothing per SKU.
     */
    default Map<String, MarginPricing> forSkus(List<Sku> skus, Map<String, CostProfile> costs) {
        Map<String, MarginPricing> out = new HashMap<>();
        for (Sku sku : skus) {
            forSku(sku).ifPresent(p -> out.put(sku.sellerSku(), p));
        }
        return out;
    }
}
