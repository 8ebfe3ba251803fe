package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One version of the FBA fulfillment rate card (non-peak or peak, apparel or not). */
public final class FulfillmentTable {
    private final TableInfo info;
    private final boolean peak;
    private final boolean apparel;
    private final List<FulfillmentRow> rows;
    /** rows grouped by tier once, so a lookup scans a handful of brackets */
    private final Map<SizeTier, List<FulfillmentRow>> byTier = new EnumMap<>(SizeTier.class);

    public FulfillmentTable(TableInfo info, boolean peak, boolean apparel, List<FulfillmentRow> rows) {
        this.info = Objects.requireNonNull(info, "table info");
        this.peak = peak;
        this.apparel = apparel;
        this.rows = List.copyOf(rows);
        for (FulfillmentRow r : this.rows) {
            byTier.computeIfAbsent(r.tier(), t -> new ArrayList<>()).add(r);
        }
    }

    public TableInfo info() {
        return info;
    }

    public boolean peak() {
        return peak;
    }

    public boolean apparel() {
        return apparel;
    }

    public List<FulfillmentRow> rows() {
        return rows;
    }

    /**
     * The row for a tier and shipping weight. A tier priced by one formula row (bulky, extra-large) uses
     * that row whatever the weight, because the size tier already bounds the weight.
     */
    public Optional<FulfillmentRow> row(SizeTier tier, BigDecimal shippingWeightLb) {
        List<FulfillmentRow> ofTier = byTier.getOrDefault(tier, List.of());
        if (ofTier.size() == 1 && ofTier.get(0).increment() != null) {
            return Optional.of(ofTier.get(0));
        }
        for (FulfillmentRow r : ofTier) {
            if (r.covers(shippingWeightLb)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
