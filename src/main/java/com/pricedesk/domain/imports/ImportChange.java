package com.pricedesk.domain.imports;

import java.util.Objects;

/**
 * What one import did to one SKU: the stored state before (null: the import created the SKU) and
 * after. Reverting writes {@code before} back, exactly.
 */
public record ImportChange(String sellerSku, SkuSnapshot before, SkuSnapshot after) {
    public ImportChange {
        Objects.requireNonNull(sellerSku, "sellerSku");
        Objects.requireNonNull(after, "after");
    }

    public boolean created() {
        return before == null;
    }
}
