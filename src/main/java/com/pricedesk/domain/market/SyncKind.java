package com.pricedesk.domain.market;

import java.util.Locale;

/** A kind of marketplace data that is synced, and whose freshness the stale-data guard checks. */
public enum SyncKind {
    LISTINGS, OFFERS, INVENTORY, TRAFFIC, FEES, ADS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SyncKind parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
