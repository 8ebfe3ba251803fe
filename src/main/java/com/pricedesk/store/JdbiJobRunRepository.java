package com.pricedesk.store;

import com.pricedesk.domain.jobs.JobFinish;
import com.pricedesk.domain.jobs.JobOutcome;
import com.pricedesk.domain.jobs.JobRun;
import com.pricedesk.domain.jobs.JobState;
import com.pricedesk.domain.port.JobRunRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Job runs and per-job scheduler state in H2 ({@code job_run}, {@code job_state}). */
public final class JdbiJobRunRepository implements JobRunRepository {
    private static final int MAX_MESSAGE = 2000;
    private static final String RUN_COLUMNS =
            "id, job, due_at, started_at, finished_at, outcome, message, attempt, remote, owner";
    private final Jdbi jdbi;

    public JdbiJobRunRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void ensure(String job, Optional<Instant> nextDueAt) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO job_state (job, next_due_at) SELECT :job, :due FROM DUAL "
                            + "WHERE NOT EXISTS (SELECT 1 FROM job_state WHERE job = :job)")
                    .bind("job", job).bind("due", utc(nextDueAt.orElse(null))).execute());
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
            // Another process created it in between: theirs stands.
            if (state(job).isEmpty()) {
                throw e;
            }
        }
    }

    @Override
    public Optional<JobState> state(String job) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM job_state WHERE job = :job")
                .bind("job", job).map((rs, ctx) -> state(rs)).findOne());
    }

    @Override
    public Map<String, JobState> states() {
        Map<String, JobState> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT * FROM job_state ORDER BY job").map((rs, ctx) -> state(rs))
                .forEach(s -> out.put(s.job(), s)));
        return out;
    }

    @Override
    public Optional<JobRun> claim(String job, Instant seenDue, Optional<String> seenOwner, String owner, Instant now,
                                  Instant leaseUntil, int attempt) {
        return jdbi.inTransaction(h -> {
            // Compare-and-set: only the scheduler that saw this exact state takes the job.
            var update = h.createUpdate("UPDATE job_state SET lease_owner = :owner, lease_until = :until "
                            + "WHERE job = :job AND next_due_at = :due AND "
                            + (seenOwner.isPresent() ? "lease_owner = :seen" : "lease_owner IS NULL"))
                    .bind("owner", owner).bind("until", utc(leaseUntil)).bind("job", job).bind("due", utc(seenDue));
            seenOwner.ifPresent(seen -> update.bind("seen", seen));
            int taken = update.execute();
            if (taken != 1) {
                return Optional.<JobRun>empty();
            }
            seenOwner.ifPresent(previous -> h.createUpdate("UPDATE job_run SET outcome = 'INTERRUPTED', "
                            + "finished_at = :now, message = :msg WHERE job = :job AND outcome = 'RUNNING'")
                    .bind("now", utc(now)).bind("job", job)
                    .bind("msg", "Stopped while running (PriceDesk closed or crashed); run again").execute());
            long id = h.createUpdate("INSERT INTO job_run (job, due_at, started_at, outcome, attempt, owner) "
                            + "VALUES (:job, :due, :now, 'RUNNING', :attempt, :owner)")
                    .bind("job", job).bind("due", utc(seenDue)).bind("now", utc(now)).bind("attempt", attempt)
                    .bind("owner", owner)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return Optional.of(run(h, id));
        });
    }

    @Override
    public JobRun finish(JobFinish f) {
        return jdbi.inTransaction(h -> {
            String message = f.message().map(m -> m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) : m)
                    .orElse(null);
            h.createUpdate("UPDATE job_run SET finished_at = :at, outcome = :outcome, message = :message, "
                            + "remote = :remote WHERE id = :id")
                    .bind("at", utc(f.at())).bind("outcome", f.outcome().name()).bind("message", message)
                    .bind("remote", f.remote()).bind("id", f.runId()).execute();
            h.createUpdate("UPDATE job_state SET next_due_at = :next, consecutive_failures = :failures, "
                            + "last_success_at = CASE WHEN :success THEN :at ELSE last_success_at END, "
                            + "lease_owner = NULL, lease_until = NULL WHERE job = :job")
                    .bind("next", utc(f.nextDueAt().orElse(null))).bind("failures", f.consecutiveFailures())
                    .bind("success", f.success()).bind("at", utc(f.at())).bind("job", f.job()).execute();
            for (String triggered : f.trigger()) {
                h.createUpdate("UPDATE job_state SET next_due_at = :at WHERE job = :job "
                                + "AND (next_due_at IS NULL OR next_due_at > :at)")
                        .bind("at", utc(f.at())).bind("job", triggered).execute();
            }
            return run(h, f.runId());
        });
    }

    @Override
    public Optional<JobRun> lastRun(String job) {
        return recent(job, 1).stream().findFirst();
    }

    @Override
    public List<JobRun> recent(String job, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + RUN_COLUMNS
                        + " FROM job_run WHERE job = :job ORDER BY id DESC LIMIT :limit")
                .bind("job", job).bind("limit", limit).map((rs, ctx) -> run(rs)).list());
    }

    @Override
    public int pruneBefore(Instant cutoff) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM job_run WHERE started_at < :cutoff "
                + "AND outcome <> 'RUNNING'").bind("cutoff", utc(cutoff)).execute());
    }

    private static JobRun run(Handle h, long id) {
        return h.createQuery("SELECT " + RUN_COLUMNS + " FROM job_run WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> run(rs)).one();
    }

    private static JobRun run(ResultSet rs) throws SQLException {
        return new JobRun(rs.getLong("id"), rs.getString("job"), instant(rs, "due_at").orElseThrow(),
                instant(rs, "started_at").orElseThrow(), instant(rs, "finished_at"),
                JobOutcome.parse(rs.getString("outcome")), Optional.ofNullable(rs.getString("message")),
                rs.getInt("attempt"), rs.getBoolean("remote"), rs.getString("owner"));
    }

    private static JobState state(ResultSet rs) throws SQLException {
        return new JobState(rs.getString("job"), instant(rs, "next_due_at"), rs.getInt("consecutive_failures"),
                instant(rs, "last_success_at"), Optional.ofNullable(rs.getString("lease_owner")),
                instant(rs, "lease_until"));
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
