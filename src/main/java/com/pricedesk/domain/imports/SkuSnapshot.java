package com.pricedesk.domain.imports;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.cost.CostProfile;
import java.util.Objects;

/** A SKU with its cost profile (null when it has none), as stored at one moment. */
public record SkuSnapshot(Sku sku, CostProfile cost) {
    public SkuSnapshot {
        Objects.requireNonNull(sku, "sku");
    }

    public String sellerSku() {
        return sku.sellerSku();
    }
}
