package com.pricedesk.app.sync;

import com.pricedesk.domain.market.SyncKind;
import java.time.Instant;
import java.util.Optional;

/** What a sync of one kind did: rows stored, whether it completed, and how fresh the data now is. */
public record SyncResult(SyncKind kind, Status status, int items, Optional<Instant> freshAsOf,
                         Optional<String> message) {

    public enum Status { DONE, SKIPPED, FAILED }
}
