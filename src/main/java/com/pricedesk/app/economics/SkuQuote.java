package com.pricedesk.app.economics;

import com.pricedesk.app.economics.FloorMargins.FloorMargin;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.cost.SolvedPrice;
import com.pricedesk.domain.cost.UnitEconomics;
import com.pricedesk.domain.cost.Waterfall;
import com.pricedesk.domain.money.FxRate;
import java.time.LocalDate;

/**
 * Unit economics of one SKU at one price on one date: the waterfall, break-even, and the floor from the
 * tier's minimum margin. The ceiling (a manual maximum) is not stored yet, so there is none.
 */
public record SkuQuote(Sku sku, LocalDate date, FxRate fxRate, UnitEconomics economics, Waterfall waterfall,
                       SolvedPrice breakEven, FloorMargin floorMargin, SolvedPrice floor) {
}
