package com.pricedesk.domain.cost.fees;

import java.math.BigDecimal;
import java.util.Objects;

/** An FBA fulfillment fee for one price band, the table version it came from, and any caveat. */
public record FbaFee(BigDecimal amount, String tableId, String note) {
    public FbaFee {
        Objects.requireNonNull(amount, "fee");
        Objects.requireNonNull(tableId, "table id");
        note = note == null ? "" : note;
    }
}
