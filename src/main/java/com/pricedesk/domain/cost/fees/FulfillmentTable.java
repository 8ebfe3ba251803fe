package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One version of the FBA fulfillment rate card (non-peak or peak, apparel or not). */
public record FulfillmentTable(TableInfo info, boolean peak, boolean apparel, List<FulfillmentRow> rows) {

    public FulfillmentTable {
        Objects.requireNonNull(info, "table info");
        rows = List.copyOf(rows);
    }

    /**
     * The row for a tier and shipping weight. A tier priced by one formula row (bulky, extra-large) uses
     * that row whatever the weight, because the size tier already bounds the weight.
     */
    public Optional<FulfillmentRow> row(SizeTier tier, BigDecimal shippingWeightLb) {
        List<FulfillmentRow> ofTier = rows.stream().filter(r -> r.tier() == tier).toList();
        if (ofTier.size() == 1 && ofTier.get(0).increment() != null) {
            return Optional.of(ofTier.get(0));
        }
        return ofTier.stream().filter(r -> r.covers(shippingWeightLb)).findFirst();
    }
}
