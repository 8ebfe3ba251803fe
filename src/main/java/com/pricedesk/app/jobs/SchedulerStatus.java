package com.pricedesk.app.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A snapshot of every job's status at {@code at}. */
public record SchedulerStatus(Instant at, List<JobStatus> jobs) {

    public Optional<JobStatus> running() {
        return jobs.stream().filter(JobStatus::running).findFirst();
    }

    public List<JobStatus> failing() {
        return jobs.stream().filter(JobStatus::failing).toList();
    }

    public Optional<JobStatus> job(String name) {
        return jobs.stream().filter(j -> j.name().equals(name)).findFirst();
    }
}
