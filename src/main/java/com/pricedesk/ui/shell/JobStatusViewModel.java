package com.pricedesk.ui.shell;

import com.pricedesk.app.i18n.Messages;
import com.pricedesk.app.jobs.JobStatus;
import com.pricedesk.app.jobs.JobTexts;
import com.pricedesk.app.jobs.SchedulerStatus;
import com.pricedesk.app.jobs.StandardJobs;
import com.pricedesk.domain.jobs.JobOutcome;
import com.pricedesk.domain.jobs.JobRun;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's line about the scheduler: the job running now, else a failing job (in red, with
 * Amazon's message and the retry time), else when offers were last synced and when they are next
 * due. Fed with snapshots the scheduler publishes; {@link #refresh} re-words "3 min ago" as time
 * passes without reading anything. Call it on the FX thread.
 */
public final class JobStatusViewModel {
    private static final int MAX_MESSAGE = 90;
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages msg;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failing = new ReadOnlyBooleanWrapper(false);
    private SchedulerStatus last;
    private Optional<Instant> offersFreshAsOf = Optional.empty();

    public JobStatusViewModel(Messages msg, ZoneId zone) {
        this.msg = msg;
        this.zone = zone;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failingProperty() {
        return failing.getReadOnlyProperty();
    }

    /** A new snapshot, and when offers data was last fresh (from any sync, also one run by hand). */
    public void update(SchedulerStatus status, Optional<Instant> offersFresh, Instant now) {
        this.last = status;
        this.offersFreshAsOf = offersFresh;
        refresh(now);
    }

    public void refresh(Instant now) {
        if (last == null) {
            return;
        }
        List<JobStatus> failingJobs = last.failing();
        failing.set(!failingJobs.isEmpty() && last.running().isEmpty());
        text.set(describe(now, failingJobs));
    }

    private String describe(Instant now, List<JobStatus> failingJobs) {
        Optional<JobStatus> running = last.running();
        if (running.isPresent()) {
            return msg.get("status.jobs.running", JobTexts.name(msg, running.get().name()));
        }
        if (!failingJobs.isEmpty()) {
            JobStatus f = failingJobs.get(0);
            String message = f.lastRun().flatMap(JobRun::message).map(JobStatusViewModel::shorten).orElse("");
            String line = msg.get("status.jobs.failing", JobTexts.name(msg, f.name()), f.consecutiveFailures(),
                    message, next(f.nextDueAt(), now));
            return failingJobs.size() > 1 ? line + " " + msg.get("status.jobs.more", failingJobs.size() - 1) : line;
        }
        Optional<JobStatus> offers = last.job(StandardJobs.SYNC_OFFERS);
        if (offers.isEmpty()) {
            return "";
        }
        JobStatus o = offers.get();
        Optional<JobRun> lastRun = o.lastRun();
        if (lastRun.isPresent() && lastRun.get().outcome() == JobOutcome.SKIPPED) {
            return msg.get("status.jobs.skipped", JobTexts.detail(msg, lastRun.get()).orElse(""));
        }
        Optional<Instant> synced = latest(o.lastSuccessAt(), offersFreshAsOf);
        return synced.map(t -> msg.get("status.jobs.synced", ago(t, now), next(o.nextDueAt(), now)))
                .orElseGet(() -> msg.get("status.jobs.notSynced", next(o.nextDueAt(), now)));
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    private String ago(Instant t, Instant now) {
        Duration d = Duration.between(t, now);
        if (d.toMinutes() < 1) {
            return msg.get("status.jobs.justNow");
        }
        if (d.toMinutes() < 60) {
            return msg.get("status.jobs.minutesAgo", d.toMinutes());
        }
        if (d.toHours() < 48) {
            return msg.get("status.jobs.hoursAgo", d.toHours());
        }
        return msg.get("status.jobs.daysAgo", d.toDays());
    }

    private String next(Optional<Instant> due, Instant now) {
        return due.filter(t -> t.isAfter(now)).map(t -> HOUR_MINUTE.format(t.atZone(zone)))
                .orElse(msg.get("status.jobs.dueNow"));
    }

    private static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
