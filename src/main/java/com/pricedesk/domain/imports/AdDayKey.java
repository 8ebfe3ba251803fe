package com.pricedesk.domain.imports;

import java.time.LocalDate;
import java.util.Objects;

/** One SKU on one day: the key of ad figures. */
public record AdDayKey(String sellerSku, LocalDate day) {
    public AdDayKey {
        Objects.requireNonNull(sellerSku, "sellerSku");
        Objects.requireNonNull(day, "day");
    }
}
