package com.pricedesk.store;

import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.catalog.Weight;
import java.math.BigDecimal;
import java.util.List;

/** One row of the sku table, converted to and from the domain {@link Sku}. */
public record SkuRow(String sellerSku, String asin, String title, String localTitle, String category, String tier,
              BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm, BigDecimal weightKg) {

    static SkuRow of(Sku s) {
        Dimensions d = s.dimensions();
        return new SkuRow(s.sellerSku(), s.asin(), s.title(), s.localTitle(), s.category(), s.tier().name(),
                d == null ? null : d.lengthCm(), d == null ? null : d.widthCm(), d == null ? null : d.heightCm(),
                s.weight() == null ? null : s.weight().kg());
    }

    Sku toSku(List<String> tags) {
        Dimensions dims = lengthCm == null || widthCm == null || heightCm == null ? null
                : new Dimensions(lengthCm, widthCm, heightCm);
        return new Sku(sellerSku, asin, title, localTitle, category, Tier.valueOf(tier), tags, dims,
                weightKg == null ? null : new Weight(weightKg));
    }
}
