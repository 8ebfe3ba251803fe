package com.pricedesk.domain.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * What the scheduler keeps per job between runs and restarts: when it is next due (empty: only when
 * another job triggers it), failures in a row, the last success, and who holds it while it runs.
 */
public record JobState(String job, Optional<Instant> nextDueAt, int consecutiveFailures,
                       Optional<Instant> lastSuccessAt, Optional<String> leaseOwner, Optional<Instant> leaseUntil) {
}
