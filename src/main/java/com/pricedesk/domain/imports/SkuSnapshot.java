package com.pricedesk.domain.imports;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.pricing.PriceSettings;
import java.util.Objects;

/**
 * A SKU with its cost profile (null when it has none), as stored at one moment, and the prices the
 * seller set for it ({@link PriceSettings#NONE} when none). {@code prices} is null when the snapshot
 * does not speak for them (import history written before they were kept): storing such a snapshot
 * leaves the stored price settings as they are, and comparing it ignores them.
 */
public record SkuSnapshot(Sku sku, CostProfile cost, PriceSettings prices) {
    public SkuSnapshot {
        Objects.requireNonNull(sku, "sku");
    }

    /** A snapshot that does not speak for the price settings (see the class comment). */
    public SkuSnapshot(Sku sku, CostProfile cost) {
        this(sku, cost, null);
    }

    public String sellerSku() {
        return sku.sellerSku();
    }
}
