package com.pricedesk.app.jobs;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.jobs.JobOutcome;
import com.pricedesk.domain.jobs.JobRun;
import java.util.Optional;

/** Job names, schedules, outcomes and skip reasons in the user's language, for the CLI and the window. */
public final class JobTexts {
    private JobTexts() {
    }

    public static String name(Messages msg, String job) {
        return msg.get("jobs.name." + job);
    }

    public static String outcome(Messages msg, JobOutcome outcome) {
        return msg.get("jobs.outcome." + outcome.key());
    }

    public static String schedule(Messages msg, Schedule schedule) {
        if (schedule instanceof Schedule.Every e) {
            return msg.get("jobs.schedule.every", e.period().toMinutes());
        }
        if (schedule instanceof Schedule.Hourly h) {
            return msg.get("jobs.schedule.hourly", String.format("%02d", h.minute()));
        }
        if (schedule instanceof Schedule.Daily d) {
            return msg.get("jobs.schedule.daily", d.time().toString());
        }
        Schedule.After a = (Schedule.After) schedule;
        return msg.get("jobs.schedule.after", name(msg, a.job()));
    }

    /** A machine-readable form for JSON: {@code every PT5M}, {@code hourly :10}, {@code daily 04:00}, {@code after sync_offers}. */
    public static String scheduleKey(Schedule schedule) {
        if (schedule instanceof Schedule.Every e) {
            return "every " + e.period();
        }
        if (schedule instanceof Schedule.Hourly h) {
            return "hourly :" + String.format("%02d", h.minute());
        }
        if (schedule instanceof Schedule.Daily d) {
            return "daily " + d.time();
        }
        return "after " + ((Schedule.After) schedule).job();
    }

    /** What to say about a run beyond its outcome: a skip's reason translated, a failure's own message. */
    public static Optional<String> detail(Messages msg, JobRun run) {
        if (run.outcome() == JobOutcome.SKIPPED) {
            return run.message().map(reason -> msg.get("jobs.skip." + reason));
        }
        if (run.outcome() == JobOutcome.INTERRUPTED) {
            return Optional.of(msg.get("jobs.interrupted"));
        }
        return run.message();
    }
}
