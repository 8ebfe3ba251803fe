package com.pricedesk.domain.imports;

import com.pricedesk.domain.catalog.WeightUnit;
import com.pricedesk.domain.catalog.LengthUnit;

import com.pricedesk.domain.cost.FreightBasis;
import java.util.Currency;

/**
 * Units and currency read from a header's text, e.g. {@code 头程运费(RMB/kg)} gives CNY and per-kg.
 * A null component means the header did not say.
 */
public record ColumnUnits(Currency currency, WeightUnit weightUnit, LengthUnit lengthUnit, boolean percent,
                          FreightBasis freightBasis) {
    public static final ColumnUnits NONE = new ColumnUnits(null, null, null, false, null);
}
