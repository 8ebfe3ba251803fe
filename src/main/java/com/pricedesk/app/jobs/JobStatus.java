package com.pricedesk.app.jobs;

import com.pricedesk.domain.jobs.JobOutcome;
import com.pricedesk.domain.jobs.JobRun;
import java.time.Instant;
import java.util.Optional;

/**
 * One job as the status bar and {@code jobs status} show it: its last run, last success, when it is
 * next due, failures in a row, and whether it is running now (here or in another process) or held
 * by the emergency stop.
 */
public record JobStatus(String name, Schedule schedule, Optional<JobRun> lastRun, Optional<Instant> lastSuccessAt,
                        Optional<Instant> nextDueAt, int consecutiveFailures, boolean running, boolean paused) {

    public boolean failing() {
        return consecutiveFailures > 0;
    }

    public Optional<JobOutcome> lastOutcome() {
        return lastRun.map(JobRun::outcome);
    }
}
