package com.pricedesk.app.sync;

import com.pricedesk.domain.market.MarketplaceException;
import java.util.List;

/**
 * Amazon failed part way through a sync. What was stored before the failure stays stored, and the
 * next sync resumes after it; {@code results} tells what got done.
 */
public final class SyncFailedException extends RuntimeException {
    private final transient List<SyncResult> results;

    public SyncFailedException(List<SyncResult> results, MarketplaceException cause) {
        super(cause.getMessage(), cause);
        this.results = List.copyOf(results);
    }

    public List<SyncResult> results() {
        return results;
    }

    public MarketplaceException marketplaceCause() {
        return (MarketplaceException) getCause();
    }
}
