package com.pricedesk.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.pricedesk.app.sync.NotConnectedException;
import com.pricedesk.app.sync.SyncResult;
import com.pricedesk.domain.jobs.JobOutcome;
import com.pricedesk.domain.jobs.JobRun;
import com.pricedesk.domain.market.MarketplaceError;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.SyncKind;
import com.pricedesk.store.JdbiJobRunRepository;
import com.pricedesk.store.Workspace;
import com.pricedesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler over a real H2 workspace with a clock the test moves: no sleeping. */
class SchedulerTest {
    /** A Sunday 09:00 UTC. */
    private static final Instant T0 = Instant.parse("2026-11-29T09:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);
    private Workspace workspace;
    private JdbiJobRunRepository runs;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir, clock);
        runs = new JdbiJobRunRepository(workspace.jdbi());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private int calls(String what) {
        return calls.computeIfAbsent(what, k -> new AtomicInteger()).get();
    }

    private void count(String what) {
        calls.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    private List<Job> standardJobs() {
        StandardJobs.Sync sync = kinds -> {
            List<SyncResult> results = new ArrayList<>();
            for (SyncKind k : kinds) {
                count("sync:" + k.key());
                results.add(new SyncResult(k, SyncResult.Status.DONE, 1, Optional.of(clock.instant()), Optional.empty()));
            }
            return results;
        };
        return StandardJobs.create(sync, () -> count("reprice"), Optional.of(() -> count("submit")), () -> {
            count("backup");
            return dir.resolve("backup.zip");
        });
    }

    private Scheduler scheduler(List<Job> jobs, String owner) {
        return new Scheduler(jobs, runs, clock, BackOff.DEFAULT, () -> false, owner, o -> true);
    }

    private static List<String> names(List<JobRun> ran) {
        return ran.stream().map(JobRun::job).toList();
    }

    @Test
    void afterADayAsleepEachJobRunsOnceNotOncePerMissedSlot() {
        Scheduler s = scheduler(standardJobs(), "here");
        // Never run: everything is due at once; reprice follows the offers sync in the same pass.
        assertThat(names(s.runDue())).containsExactly("sync_offers", "reprice", "submit_approved", "sync_inventory",
                "sync_reports", "sync_ads", "sync_fees", "backup");
        assertThat(s.runDue()).as("nothing is due twice at the same moment").isEmpty();

        // The lid closes for a day: 288 offers slots, 720 submit slots, 24 hourly, 1 of each daily.
        clock.advance(Duration.ofHours(24));
        List<JobRun> caughtUp = s.runDue();

        assertThat(names(caughtUp)).containsExactly("sync_offers", "reprice", "submit_approved", "sync_inventory",
                "sync_reports", "sync_ads", "sync_fees", "backup");
        assertThat(caughtUp).extracting(JobRun::outcome).containsOnly(JobOutcome.SUCCEEDED);
        assertThat(calls("sync:offers")).isEqualTo(2);
        assertThat(calls("reprice")).isEqualTo(2);
        assertThat(calls("submit")).isEqualTo(2);
        assertThat(calls("sync:inventory")).isEqualTo(2);
        assertThat(calls("sync:listings")).isEqualTo(2);
        assertThat(calls("sync:traffic")).isEqualTo(2);
        assertThat(calls("sync:ads")).isEqualTo(2);
        assertThat(calls("sync:fees")).isEqualTo(2);
        assertThat(calls("backup")).isEqualTo(2);
        assertThat(s.runDue()).isEmpty();

        // The next slots count from the catch-up run, not from the missed ones.
        SchedulerStatus status = s.status();
        Instant now = clock.instant();
        assertThat(status.job("sync_offers").orElseThrow().nextDueAt()).contains(now.plus(Duration.ofMinutes(5)));
        assertThat(status.job("sync_inventory").orElseThrow().nextDueAt()).contains(Instant.parse("2026-11-30T09:10:00Z"));
        assertThat(status.job("backup").orElseThrow().nextDueAt()).contains(Instant.parse("2026-12-01T02:30:00Z"));
        assertThat(status.job("reprice").orElseThrow().nextDueAt()).as("waits for the next offers sync").isEmpty();

        clock.advance(Duration.ofMinutes(5));
        assertThat(names(s.runDue())).containsExactly("sync_offers", "reprice", "submit_approved");
    }

    @Test
    void aLongJobIsNotStartedTwiceNeitherByThisProcessNorByAnother() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger starts = new AtomicInteger();
        Job slow = Job.of("slow", Schedule.every(Duration.ofMinutes(5)), () -> {
            starts.incrementAndGet();
            started.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            return JobResult.done();
        });
        Scheduler here = scheduler(List.of(slow), "here");
        Scheduler otherProcess = scheduler(List.of(slow), "other");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<List<JobRun>> first = pool.submit(here::runDue);
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            // The run outlasts several periods; every later pass sees it running and leaves it alone.
            clock.advance(Duration.ofMinutes(20));
            assertThat(here.runDue()).isEmpty();
            assertThat(otherProcess.runDue()).isEmpty();
            assertThat(otherProcess.status().running()).map(JobStatus::name).contains("slow");

            release.countDown();
            assertThat(names(first.get(30, TimeUnit.SECONDS))).containsExactly("slow");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(starts).hasValue(1);
        assertThat(otherProcess.status().running()).isEmpty();
        // Due again five minutes after it started, which has passed: the next pass (anywhere) runs it.
        assertThat(names(otherProcess.runDue())).containsExactly("slow");
        assertThat(starts).hasValue(2);
    }

    @Test
    void aRunLeftBehindByAStoppedProcessIsInterruptedAndRunAgain() {
        AtomicInteger starts = new AtomicInteger();
        Job job = Job.of("work", Schedule.every(Duration.ofMinutes(5)), () -> {
            starts.incrementAndGet();
            return JobResult.done();
        }).withMaxRuntime(Duration.ofMinutes(30));
        scheduler(List.of(job), "here").status();
        // A process took the job and died without finishing it.
        runs.claim("work", T0, Optional.empty(), "pid:1:dead", T0, T0.plus(Duration.ofMinutes(30)), 1).orElseThrow();

        // Its owner may still be alive: the lease holds until it runs out.
        Scheduler alive = scheduler(List.of(job), "here");
        assertThat(alive.runDue()).isEmpty();
        clock.advance(Duration.ofMinutes(31));
        assertThat(names(alive.runDue())).containsExactly("work");
        List<JobRun> history = runs.recent("work", 5);
        assertThat(history).extracting(JobRun::outcome).containsExactly(JobOutcome.SUCCEEDED, JobOutcome.INTERRUPTED);

        // A known-dead owner is taken over at once.
        clock.advance(Duration.ofMinutes(5));
        Instant due = runs.state("work").orElseThrow().nextDueAt().orElseThrow();
        runs.claim("work", due, Optional.empty(), "pid:2:dead", clock.instant(), clock.instant().plus(Duration.ofHours(1)), 1)
                .orElseThrow();
        Scheduler knowsItIsDead = new Scheduler(List.of(job), runs, clock, BackOff.DEFAULT, () -> false, "here",
                owner -> !owner.endsWith("dead"));
        assertThat(names(knowsItIsDead.runDue())).containsExactly("work");
        assertThat(starts).hasValue(2);
    }

    @Test
    void failuresBackOffExponentiallyUpToTheBoundAndKeepTheMessage() {
        AtomicBoolean amazonDown = new AtomicBoolean(true);
        Job job = Job.of("sync_offers", Schedule.every(Duration.ofMinutes(5)), () -> {
            if (amazonDown.get()) {
                throw new MarketplaceException("getItemOffersBatch", 503,
                        new MarketplaceError("ServiceUnavailable", "Service is temporarily unavailable."), null);
            }
            return JobResult.done();
        });
        Scheduler s = scheduler(List.of(job), "here");
        List<Long> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 8; attempt++) {
            List<JobRun> ran = s.runDue();
            assertThat(ran).hasSize(1);
            JobRun run = ran.get(0);
            assertThat(run.outcome()).isEqualTo(JobOutcome.FAILED);
            assertThat(run.remote()).isTrue();
            assertThat(run.attempt()).isEqualTo(attempt);
            assertThat(run.message()).hasValueSatisfying(m -> assertThat(m).contains("ServiceUnavailable")
                    .contains("getItemOffersBatch"));
            Instant next = s.status().job("sync_offers").orElseThrow().nextDueAt().orElseThrow();
            Duration wait = Duration.between(clock.instant(), next);
            waits.add(wait.toMinutes());
            // Not a moment earlier.
            clock.advance(wait.minusSeconds(1));
            assertThat(s.runDue()).isEmpty();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
        JobStatus failing = s.status().failing().get(0);
        assertThat(failing.consecutiveFailures()).isEqualTo(8);
        assertThat(failing.lastRun().flatMap(JobRun::message).orElseThrow()).contains("temporarily unavailable");

        amazonDown.set(false);
        JobRun ok = s.runDue().get(0);
        assertThat(ok.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(ok.attempt()).isEqualTo(9);
        assertThat(s.status().failing()).isEmpty();
        assertThat(s.status().job("sync_offers").orElseThrow().nextDueAt())
                .contains(clock.instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void aFailureOfOurOwnIsNotRemote() {
        Job job = Job.of("backup", Schedule.every(Duration.ofHours(24)), () -> {
            throw new IllegalStateException("Disk full");
        });
        JobRun run = scheduler(List.of(job), "here").runDue().get(0);
        assertThat(run.outcome()).isEqualTo(JobOutcome.FAILED);
        assertThat(run.remote()).isFalse();
        assertThat(run.message()).contains("Disk full");
    }

    @Test
    void runsAndStateSurviveARestart() {
        Scheduler before = scheduler(standardJobs(), "first");
        before.runDue();
        clock.advance(Duration.ofMinutes(1));
        workspace.close();

        workspace = Workspace.open(dir, clock);
        runs = new JdbiJobRunRepository(workspace.jdbi());
        Scheduler after = scheduler(standardJobs(), "second");
        SchedulerStatus status = after.status();
        JobStatus offers = status.job("sync_offers").orElseThrow();
        assertThat(offers.lastRun()).hasValueSatisfying(r -> {
            assertThat(r.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
            assertThat(r.startedAt()).isEqualTo(T0);
            assertThat(r.owner()).isEqualTo("first");
        });
        assertThat(offers.lastSuccessAt()).contains(T0);
        assertThat(offers.nextDueAt()).contains(T0.plus(Duration.ofMinutes(5)));
        assertThat(after.runDue()).as("what ran before the restart is not due again").isEmpty();
        assertThat(calls("sync:offers")).isEqualTo(1);

        clock.advance(Duration.ofMinutes(4));
        assertThat(names(after.runDue())).containsExactly("sync_offers", "reprice", "submit_approved");
    }

    @Test
    void notConnectedIsSkippedWithoutBackOffAndTriggersNothing() {
        StandardJobs.Sync notConnected = kinds -> {
            throw new NotConnectedException();
        };
        Scheduler s = scheduler(StandardJobs.create(notConnected, () -> count("reprice"), Optional.empty(),
                () -> dir.resolve("b.zip")), "here");
        List<JobRun> ran = s.runDue();
        assertThat(ran).filteredOn(r -> r.job().startsWith("sync_")).extracting(JobRun::outcome)
                .containsOnly(JobOutcome.SKIPPED);
        assertThat(ran.get(0).message()).contains(JobResult.NOT_CONNECTED);
        assertThat(names(ran)).doesNotContain("reprice", "submit_approved");
        assertThat(calls("reprice")).isZero();
        assertThat(s.status().failing()).isEmpty();
        assertThat(s.status().job("sync_offers").orElseThrow().nextDueAt())
                .contains(T0.plus(StandardJobs.OFFERS_EVERY));
    }

    @Test
    void theEmergencyStopHoldsSubmissionButNotSync() {
        AtomicBoolean paused = new AtomicBoolean(true);
        Scheduler s = new Scheduler(standardJobs(), runs, clock, BackOff.DEFAULT, paused::get, "here", o -> true);
        assertThat(names(s.runDue())).contains("sync_offers").doesNotContain("submit_approved");
        assertThat(s.status().job("submit_approved").orElseThrow().paused()).isTrue();
        paused.set(false);
        assertThat(names(s.runDue())).containsExactly("submit_approved");
    }

    @Test
    void listenersSeeEachJobStartAndEnd() {
        List<Optional<String>> seen = new ArrayList<>();
        Job job = Job.of("one", Schedule.every(Duration.ofMinutes(5)), JobResult::done);
        Scheduler s = scheduler(List.of(job), "here");
        java.util.function.Consumer<SchedulerStatus> listener = st -> seen.add(st.running().map(JobStatus::name));
        s.addListener(listener);
        s.runDue();
        assertThat(seen).containsExactly(Optional.of("one"), Optional.empty());
        s.removeListener(listener);
        clock.advance(Duration.ofMinutes(5));
        s.runDue();
        assertThat(seen).hasSize(2);
    }

    @Test
    void oldRunsArePruned() {
        Job job = Job.of("one", Schedule.every(Duration.ofDays(1)), JobResult::done);
        Scheduler s = scheduler(List.of(job), "here");
        s.runDue();
        clock.advance(Scheduler.KEEP_RUNS.plusDays(2));
        s.runDue();
        assertThat(runs.recent("one", 10)).hasSize(1);
    }

    @Test
    void kindsSyncedByEachJob() {
        standardJobs().forEach(j -> {
            try {
                j.work().run();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(calls.keySet()).containsAll(Set.of("sync:offers", "sync:inventory", "sync:listings", "sync:traffic",
                "sync:ads", "sync:fees", "reprice", "submit", "backup"));
    }
    @Test
    void inTheBackgroundPassesRunOnTheirOwnThreadUntilStopped() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        Job job = Job.of("one", Schedule.every(Duration.ofMinutes(5)), () -> {
            threads.add(Thread.currentThread().getName());
            ran.countDown();
            return JobResult.done();
        });
        Scheduler s = scheduler(List.of(job), "here");
        List<SchedulerStatus> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        s.addListener(published::add);
        var executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "test-scheduler"));
        try {
            s.start(executor, Duration.ZERO, Duration.ofMillis(20));
            assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
            // Many passes go by; with the clock standing still the job ran once.
            Thread.sleep(200);
            s.stop();
            clock.advance(Duration.ofMinutes(10));
            Thread.sleep(200);
        } finally {
            executor.shutdown();
            assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(threads).containsExactly("test-scheduler");
        assertThat(published).isNotEmpty();
        assertThat(runs.recent("one", 10)).hasSize(1);
    }
}
