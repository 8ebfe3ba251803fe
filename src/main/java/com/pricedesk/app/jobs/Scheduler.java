package com.pricedesk.app.jobs;

import com.pricedesk.app.sync.SyncFailedException;
import com.pricedesk.domain.jobs.JobFinish;
import com.pricedesk.domain.jobs.JobOutcome;
import com.pricedesk.domain.jobs.JobRun;
import com.pricedesk.domain.jobs.JobState;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.port.JobRunRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local scheduler. Each job's next due time is persisted, so a run missed while the computer
 * slept or PriceDesk was closed is one due slot, run once at the next pass (not once per missed
 * slot). A pass runs the due jobs one after another; passes never overlap in this process, and a
 * lease in the database keeps another process from running the same job at the same time. A failed
 * run backs off exponentially and keeps Amazon's message. Time comes only from the injected clock.
 */
public final class Scheduler {
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);
    /** Job runs older than this are deleted, at most once a day. */
    static final Duration KEEP_RUNS = Duration.ofDays(30);

    private final List<Job> jobs;
    private final JobRunRepository runs;
    private final Clock clock;
    private final BackOff backOff;
    private final BooleanSupplier paused;
    private final String owner;
    private final Predicate<String> ownerAlive;
    private final ReentrantLock pass = new ReentrantLock();
    private final List<Consumer<SchedulerStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean statesReady;
    private volatile boolean stopping;
    private volatile String runningHere;
    private volatile Instant lastPrune;
    private ScheduledFuture<?> ticking;

    public Scheduler(List<Job> jobs, JobRunRepository runs, Clock clock, BackOff backOff, BooleanSupplier paused,
                     String owner, Predicate<String> ownerAlive) {
        this.jobs = List.copyOf(jobs);
        this.runs = runs;
        this.clock = clock;
        this.backOff = backOff;
        this.paused = paused;
        this.owner = owner;
        this.ownerAlive = ownerAlive;
        long distinct = this.jobs.stream().map(Job::name).distinct().count();
        if (distinct != this.jobs.size()) {
            throw new IllegalArgumentException("Two jobs share a name");
        }
    }

    public List<Job> jobs() {
        return jobs;
    }

    /**
     * Runs every job that is due now, once each, in this thread, and returns the runs. Returns at
     * once with nothing when another pass is under way in this process.
     */
    public List<JobRun> runDue() {
        if (!pass.tryLock()) {
            log.debug("A scheduler pass is already running; this one is skipped");
            return List.of();
        }
        try {
            ensureStates();
            List<JobRun> done = new ArrayList<>();
            for (Job job : jobs) {
                if (stopping) {
                    break;
                }
                if (job.pausable() && paused.getAsBoolean()) {
                    continue;
                }
                runIfDue(job).ifPresent(done::add);
            }
            prune();
            return done;
        } finally {
            pass.unlock();
        }
    }

    private Optional<JobRun> runIfDue(Job job) {
        JobState s = runs.state(job.name()).orElseThrow();
        Instant now = clock.instant();
        if (s.nextDueAt().isEmpty() || s.nextDueAt().get().isAfter(now)) {
            return Optional.empty();
        }
        if (s.leaseOwner().isPresent() && !stale(s, now)) {
            log.info("Job {} is due but still running in {}; not started again", job.name(), s.leaseOwner().get());
            return Optional.empty();
        }
        if (s.leaseOwner().isPresent()) {
            log.warn("Job {} was left running by {} (stopped or crashed); running it again", job.name(),
                    s.leaseOwner().get());
        }
        Optional<JobRun> claimed = runs.claim(job.name(), s.nextDueAt().get(), s.leaseOwner(), owner, now,
                now.plus(job.maxRuntime()), s.consecutiveFailures() + 1);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        runningHere = job.name();
        publish();
        try {
            return Optional.of(execute(job, claimed.get(), s));
        } finally {
            runningHere = null;
            publish();
        }
    }

    private boolean stale(JobState s, Instant now) {
        return s.leaseUntil().map(u -> u.isBefore(now)).orElse(true) || !ownerAlive.test(s.leaseOwner().get());
    }

    private JobRun execute(Job job, JobRun run, JobState before) {
        long t0 = System.nanoTime();
        JobFinish finish;
        try {
            JobResult result = job.work().run();
            Instant at = clock.instant();
            Optional<Instant> next = job.schedule().nextAfter(run.startedAt(), clock.getZone());
            List<String> trigger = result.skipped() ? List.of() : triggeredBy(job.name());
            finish = new JobFinish(run.id(), job.name(), at, result.skipped() ? JobOutcome.SKIPPED : JobOutcome.SUCCEEDED,
                    result.reason(), false, next, 0, !result.skipped(), trigger);
        } catch (Exception e) {
            Instant at = clock.instant();
            if (stopping && interruption(e)) {
                // Closed mid-run: the same slot is due again at the next start.
                finish = new JobFinish(run.id(), job.name(), at, JobOutcome.INTERRUPTED,
                        Optional.of("Stopped while running (PriceDesk closed); run again"), false,
                        Optional.of(run.dueAt()), before.consecutiveFailures(), false, List.of());
            } else {
                int failures = before.consecutiveFailures() + 1;
                boolean remote = remote(e);
                Instant retry = at.plus(backOff.delay(failures));
                log.warn("Job {} failed ({} in a row{}); next try at {}", job.name(), failures,
                        remote ? ", remote" : "", retry, e);
                finish = new JobFinish(run.id(), job.name(), at, JobOutcome.FAILED, Optional.of(message(e)), remote,
                        Optional.of(retry), failures, false, List.of());
            }
        }
        JobRun ended = runs.finish(finish);
        log.info("Job {} {} in {} ms; next due {}", job.name(), ended.outcome().key(),
                (System.nanoTime() - t0) / 1_000_000, finish.nextDueAt().map(Object::toString).orElse("when triggered"));
        return ended;
    }

    private List<String> triggeredBy(String name) {
        return jobs.stream().filter(j -> j.schedule() instanceof Schedule.After a && a.job().equals(name))
                .map(Job::name).toList();
    }

    private static boolean remote(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarketplaceException || c instanceof SyncFailedException) {
                return true;
            }
        }
        return false;
    }

    private static boolean interruption(Throwable e) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private void ensureStates() {
        if (statesReady) {
            return;
        }
        Instant now = clock.instant();
        for (Job job : jobs) {
            runs.ensure(job.name(), job.schedule().firstDue(now));
        }
        statesReady = true;
    }

    private void prune() {
        Instant now = clock.instant();
        if (lastPrune != null && lastPrune.plus(Duration.ofDays(1)).isAfter(now)) {
            return;
        }
        lastPrune = now;
        int gone = runs.pruneBefore(now.minus(KEEP_RUNS));
        if (gone > 0) {
            log.info("Deleted {} job runs older than {} days", gone, KEEP_RUNS.toDays());
        }
    }

    /** Every job's status now, read from the workspace (so runs by another process show too). */
    public SchedulerStatus status() {
        ensureStates();
        Instant now = clock.instant();
        Map<String, JobState> states = runs.states();
        boolean isPaused = paused.getAsBoolean();
        List<JobStatus> out = new ArrayList<>();
        for (Job job : jobs) {
            JobState s = states.get(job.name());
            Optional<JobRun> last = runs.lastRun(job.name());
            boolean running = job.name().equals(runningHere)
                    || (s != null && s.leaseOwner().isPresent() && !stale(s, now));
            out.add(new JobStatus(job.name(), job.schedule(), last,
                    s == null ? Optional.empty() : s.lastSuccessAt(),
                    s == null ? job.schedule().firstDue(now) : s.nextDueAt(),
                    s == null ? 0 : s.consecutiveFailures(), running, job.pausable() && isPaused));
        }
        return new SchedulerStatus(now, out);
    }

    /** Called with a fresh status on the scheduler's thread whenever a job starts or ends. */
    public void addListener(Consumer<SchedulerStatus> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SchedulerStatus> listener) {
        listeners.remove(listener);
    }

    private void publish() {
        if (listeners.isEmpty()) {
            return;
        }
        SchedulerStatus status;
        try {
            status = status();
        } catch (RuntimeException e) {
            log.warn("Could not read the job status", e);
            return;
        }
        for (Consumer<SchedulerStatus> l : listeners) {
            try {
                l.accept(status);
            } catch (RuntimeException e) {
                log.warn("A job status listener failed", e);
            }
        }
    }

    /**
     * Runs a pass every {@code every} on {@code executor}, the first after {@code firstDelay}, and
     * publishes the current status at once. The executor belongs to the caller.
     */
    public synchronized void start(ScheduledExecutorService executor, Duration firstDelay, Duration every) {
        if (ticking != null) {
            throw new IllegalStateException("The scheduler is running already");
        }
        stopping = false;
        executor.execute(this::publish);
        ticking = executor.scheduleWithFixedDelay(this::tick, firstDelay.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Scheduler started: {} jobs, a pass every {} s", jobs.size(), every.toSeconds());
    }

    private void tick() {
        try {
            runDue();
        } catch (RuntimeException | Error e) {
            // A pass that throws must not end the ticking: log it and try again next time.
            log.error("A scheduler pass failed", e);
        }
    }

    /** Stops starting new runs; a run under way finishes (or is cut off when its owner shuts down). */
    public synchronized void stop() {
        stopping = true;
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }
}
