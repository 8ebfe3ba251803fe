package com.pricedesk.app.exports;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.cost.SolvedPrice;
import com.pricedesk.domain.cost.UnitEconomics;
import com.pricedesk.domain.cost.Waterfall;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.BandResult;

/**
 * What the exports know about one SKU: its current price, unit economics (null when unknown, with the
 * reason in {@code problem}), the waterfall at the price, break-even, and its guardrail band.
 */
record SkuPricing(Sku sku, Money price, UnitEconomics economics, Waterfall waterfall, SolvedPrice breakEven,
                  BandResult band, String problem) {

    /** The usable floor and ceiling, or null when the band cannot be used. */
    com.pricedesk.domain.pricing.PriceBand usableBand() {
        return band instanceof BandResult.Usable u ? u.band() : null;
    }
}
