package com.pricedesk.app.insight;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Scheduled jobs for the dashboard. The scheduler feeds it; until then there are none. */
public interface JobStatusFeed {

    /** One job: its name, the outcome of its last run in the seller's words, and when it runs next. */
    record JobStatus(String name, Optional<Instant> lastRun, String lastOutcome, boolean failed,
                     Optional<Instant> nextRun) {
    }

    /** Every job, named and described in {@code locale}. */
    List<JobStatus> jobs(java.util.Locale locale);

    /** The feed of a workspace without a scheduler. */
    JobStatusFeed NONE = locale -> List.of();
}
