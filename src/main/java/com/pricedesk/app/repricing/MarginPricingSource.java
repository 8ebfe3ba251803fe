package com.pricedesk.app.repricing;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.pricing.MarginPricing;
import java.util.Optional;

/**
 * The unit economics of a SKU for the repricer (margin at a price, price for a margin). Backed by
 * the fee-aware UnitEconomics; empty when the SKU's costs or fees are not known, and the repricer
 * then holds the SKU because its margin floor cannot be computed.
 */
public interface MarginPricingSource {
    Optional<MarginPricing> forSku(Sku sku);
}
