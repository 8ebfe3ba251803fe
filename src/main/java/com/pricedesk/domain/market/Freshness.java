package com.pricedesk.domain.market;

import java.time.Instant;
import java.util.Optional;

/**
 * How fresh one kind of data is: when a sync of it last completed ({@code freshAsOf}) and, while a
 * sync was cut short, where the next one resumes ({@code resumeAfter}, the last SKU stored).
 */
public record Freshness(SyncKind kind, Optional<Instant> freshAsOf, Optional<String> resumeAfter,
                        Optional<Instant> lastAttempt) {
}
