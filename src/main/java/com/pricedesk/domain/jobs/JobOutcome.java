package com.pricedesk.domain.jobs;

import java.util.Locale;

/** How a job run ended (or that it is still running). */
public enum JobOutcome {
    RUNNING,
    SUCCEEDED,
    /** Nothing to do, e.g. no Amazon account connected: not a failure, no back-off. */
    SKIPPED,
    FAILED,
    /** The app stopped (closed, crashed, slept too long) while it ran; the job is due again. */
    INTERRUPTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobOutcome parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
