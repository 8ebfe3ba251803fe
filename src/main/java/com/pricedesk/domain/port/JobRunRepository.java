package com.pricedesk.domain.port;

import com.pricedesk.domain.jobs.JobFinish;
import com.pricedesk.domain.jobs.JobRun;
import com.pricedesk.domain.jobs.JobState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The scheduler's persisted job runs and per-job state ({@code job_run}, {@code job_state}). */
public interface JobRunRepository {

    /** Creates the job's state with {@code nextDueAt} unless it exists already. */
    void ensure(String job, Optional<Instant> nextDueAt);

    Optional<JobState> state(String job);

    Map<String, JobState> states();

    /**
     * Atomically takes the job for {@code owner} if its state is still what the caller saw
     * ({@code seenDue}, {@code seenOwner}): sets the lease until {@code leaseUntil}, marks runs left
     * RUNNING by a previous owner INTERRUPTED, and inserts the new run as RUNNING. Empty when another
     * scheduler (or process) got there first.
     */
    Optional<JobRun> claim(String job, Instant seenDue, Optional<String> seenOwner, String owner, Instant now,
                           Instant leaseUntil, int attempt);

    /** Ends a run, updates the job's state, releases its lease and makes triggered jobs due. */
    JobRun finish(JobFinish finish);

    Optional<JobRun> lastRun(String job);

    /** The latest runs of a job, newest first. */
    List<JobRun> recent(String job, int limit);

    /** Deletes runs that started before {@code cutoff}; returns how many. */
    int pruneBefore(Instant cutoff);
}
