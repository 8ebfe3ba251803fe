package com.pricedesk.app.insight;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.jobs.JobTexts;
import com.pricedesk.app.jobs.SchedulerStatus;
import com.pricedesk.domain.jobs.JobRun;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The scheduler's jobs for the dashboard: name, last run and its outcome, next run, in the seller's language. */
public final class SchedulerJobFeed implements JobStatusFeed {
    private final Supplier<SchedulerStatus> status;

    public SchedulerJobFeed(Supplier<SchedulerStatus> status) {
        this.status = status;
    }

    @Override
    public List<JobStatus> jobs(Locale locale) {
        Messages msg = new Messages(locale);
        return status.get().jobs().stream().map(j -> new JobStatus(JobTexts.name(msg, j.name()),
                j.lastRun().map(JobRun::startedAt),
                j.lastRun().map(r -> JobTexts.outcome(msg, r.outcome())
                        + JobTexts.detail(msg, r).map(d -> " \u00b7 " + d).orElse("")).orElse(""),
                j.failing(), j.nextDueAt())).toList();
    }
}
