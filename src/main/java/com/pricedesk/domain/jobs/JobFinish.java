package com.pricedesk.domain.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a run ended and what follows from it, stored in one transaction: the run's outcome, the job's
 * next due time and failure count, and the jobs that this one triggers (due at {@code at}).
 */
public record JobFinish(long runId, String job, Instant at, JobOutcome outcome, Optional<String> message,
                        boolean remote, Optional<Instant> nextDueAt, int consecutiveFailures, boolean success,
                        List<String> trigger) {
}
