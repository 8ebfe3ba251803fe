package com.pricedesk.app.jobs;

import java.time.Duration;
import java.util.Objects;

/**
 * A scheduled job: its name (also its key in the database and the message bundles), when it runs,
 * what it runs, how long a run may hold the job before another process may take it over, and
 * whether the emergency stop holds it.
 */
public record Job(String name, Schedule schedule, Work work, Duration maxRuntime, boolean pausable) {

    /** The job's work. Throwing fails the run; the scheduler backs off and keeps the message. */
    @FunctionalInterface
    public interface Work {
        JobResult run() throws Exception;
    }

    public Job {
        Objects.requireNonNull(name);
        if (!name.matches("[a-z][a-z_]{0,31}")) {
            throw new IllegalArgumentException("A job name is lower_snake_case, at most 32 characters: " + name);
        }
    }

    public static Job of(String name, Schedule schedule, Work work) {
        return new Job(name, schedule, work, Duration.ofHours(1), false);
    }

    public Job withMaxRuntime(Duration d) {
        return new Job(name, schedule, work, d, pausable);
    }

    public Job heldByEmergencyStop() {
        return new Job(name, schedule, work, maxRuntime, true);
    }
}
