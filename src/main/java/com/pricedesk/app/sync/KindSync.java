package com.pricedesk.app.sync;

import com.pricedesk.domain.market.SyncKind;

/** Syncs one kind of data; returns the number of SKU rows stored. Throws MarketplaceException on failure. */
interface KindSync {
    SyncKind kind();

    int run(SyncRun run);

    /** True when the kind records its own freshness as it goes (per day), not at the end of the run. */
    default boolean marksOwnFreshness() {
        return false;
    }
}
