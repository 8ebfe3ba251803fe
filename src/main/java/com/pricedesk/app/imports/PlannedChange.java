package com.pricedesk.app.imports;

import java.util.List;

/** What committing would do to one SKU: created, or updated in the listed fields (snake_case names). */
public record PlannedChange(String sellerSku, int row, Kind kind, List<String> fields) {
    public enum Kind { CREATED, UPDATED, UNCHANGED }

    public PlannedChange {
        fields = List.copyOf(fields);
    }
}
