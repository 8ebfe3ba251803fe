package com.pricedesk.domain.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * One run of a scheduled job: the slot it was due for, when it started and finished, how it ended,
 * the failure or skip message, and which attempt it was (1 + the failures before it in a row).
 * {@code remote} is true when Amazon (or another remote service) caused the failure.
 */
public record JobRun(long id, String job, Instant dueAt, Instant startedAt, Optional<Instant> finishedAt,
                     JobOutcome outcome, Optional<String> message, int attempt, boolean remote, String owner) {
}
