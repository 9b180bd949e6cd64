-- Durable background jobs (imports, reminders, clean-ups). A worker claims a row by moving
-- it to 'running' with a lease (locked_until); a worker that dies (kill -9, a restart) stops
-- renewing it, the lease runs out and another worker (or the same instance after its
-- restart) takes the job again. A failed attempt is retried with exponential back-off
-- until max_attempts, then the job is 'failed' for an admin to see. A periodic job is
-- queued once per period: dedupe_key (kind and period) is unique, so several instances
-- queueing the same period make one job.
CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    payload      TEXT NOT NULL DEFAULT '{}',      -- JSON the job's handler reads
    dedupe_key   TEXT UNIQUE,
    state        TEXT NOT NULL DEFAULT 'queued'
                 CHECK (state IN ('queued', 'running', 'done', 'failed')),
    run_at       INTEGER NOT NULL,                -- not before this time
    attempts     INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 5,
    locked_by    TEXT,
    locked_until INTEGER,
    last_error   TEXT,
    created_at   INTEGER NOT NULL,
    finished_at  INTEGER
);
CREATE INDEX jobs_due ON jobs (state, run_at);
