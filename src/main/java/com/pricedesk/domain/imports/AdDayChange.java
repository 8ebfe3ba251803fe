package com.pricedesk.domain.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an Ads report import did to one SKU on one day: the ad spend and attributed sales stored
 * before (null: none were stored) and after. Reverting writes {@code before} back, exactly.
 */
public record AdDayChange(String sellerSku, LocalDate day, BigDecimal spendBefore, BigDecimal salesBefore,
                          BigDecimal spendAfter, BigDecimal salesAfter) {
    public AdDayChange {
        Objects.requireNonNull(sellerSku, "sellerSku");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(spendAfter, "spendAfter");
        Objects.requireNonNull(salesAfter, "salesAfter");
    }

    /** The day had no ad figures before this import. */
    public boolean created() {
        return spendBefore == null && salesBefore == null;
    }

    /** The import wrote the figures already stored. */
    public boolean unchanged() {
        return !created() && same(spendBefore, spendAfter) && same(salesBefore, salesAfter);
    }

    public AdDayKey key() {
        return new AdDayKey(sellerSku, day);
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
