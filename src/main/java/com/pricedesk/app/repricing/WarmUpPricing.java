package com.pricedesk.app.repricing;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.pricing.MarginPricing;
import java.math.BigDecimal;

/**
 * The unit economics the warm-up gives its synthetic SKUs. It must be the same kind of
 * {@link MarginPricing} the real passes will use: the JIT specialises the engine's calls for the classes
 * it has seen, so a warm-up on another class leaves the first real pass to deoptimise and recompile.
 */
@FunctionalInterface
public interface WarmUpPricing {
    /** Economics for a synthetic SKU listed at {@code price} whose landed cost is {@code landed}. */
    MarginPricing forSyntheticSku(Sku sku, BigDecimal price, BigDecimal landed);
}
