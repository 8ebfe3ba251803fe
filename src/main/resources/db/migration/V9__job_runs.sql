-- Schema v9: the local scheduler (issue 8). One row per job run, and one row of state per job.
-- job_state.next_due_at is what makes catch-up run a missed job once: it holds the one slot that
-- is due, not a list of slots. lease_owner/lease_until stop a job from running twice at once, also
-- when a second process (a scheduled `jobs run-due` while the window is open) shares the database.
CREATE TABLE job_state (
    job                  VARCHAR(32) NOT NULL PRIMARY KEY,
    next_due_at          TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT         NOT NULL DEFAULT 0,
    last_success_at      TIMESTAMP WITH TIME ZONE,
    lease_owner          VARCHAR(80),
    lease_until          TIMESTAMP WITH TIME ZONE
);

CREATE TABLE job_run (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    job         VARCHAR(32)   NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    outcome     VARCHAR(16)   NOT NULL,
    message     VARCHAR(2000),
    attempt     INT           NOT NULL,
    remote      BOOLEAN       NOT NULL DEFAULT FALSE,
    owner       VARCHAR(80)   NOT NULL
);

CREATE INDEX job_run_by_job ON job_run (job, id);
CREATE INDEX job_run_by_start ON job_run (started_at);
