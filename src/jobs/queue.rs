//! The `jobs` table: queueing, claiming with a lease, renewing it, and recording the
//! outcome. On PostgreSQL the claim uses `FOR UPDATE SKIP LOCKED`, so several instances
//! claim different jobs at once; on SQLite the single writer serialises claims. Either way
//! a job belongs to one worker while its lease lasts, and a lease that runs out (the worker
//! was killed) makes the job claimable again, so it finishes after a restart.

use sqlx::Row;

use crate::error::AppResult;
use crate::storage::{now, Backend, Db};

/// How long a claim lasts unless renewed. Long jobs renew it as they go.
pub const LEASE_SECONDS: i64 = 60;
/// Attempts before a job is marked failed.
pub const MAX_ATTEMPTS: i64 = 5;

/// A job claimed by a worker.
#[derive(Clone, Debug)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    /// JSON the job's handler reads.
    pub payload: String,
    /// Attempts so far, this one included.
    pub attempts: i64,
}

/// A job as an admin or a progress page sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobStatus {
    pub state: String,
    pub attempts: i64,
    pub last_error: Option<String>,
}

/// Queues a job of `kind` to run as soon as a worker is free, inside the caller's
/// transaction (so it exists exactly when what it works on does). Returns its id.
pub async fn enqueue_in(
    tx: &mut crate::storage::WriteTx,
    kind: &str,
    payload: &str,
) -> AppResult<i64> {
    let t = now();
    let row = sqlx::query(
        "INSERT INTO jobs (kind, payload, run_at, max_attempts, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(kind.to_string())
    .bind(payload.to_string())
    .bind(t)
    .bind(MAX_ATTEMPTS)
    .bind(t)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("id")?)
}

/// Queues a job on its own.
pub async fn enqueue(db: &Db, kind: &str, payload: &str) -> AppResult<i64> {
    let mut tx = db.begin_write().await?;
    let id = enqueue_in(&mut tx, kind, payload).await?;
    tx.commit().await?;
    Ok(id)
}

/// Queues the periodic job `kind` for the period containing `at` (periods of
/// `every_seconds`), once however many instances ask. True if this call queued it.
pub async fn enqueue_periodic(db: &Db, kind: &str, every_seconds: i64, at: i64) -> AppResult<bool> {
    let period = at.div_euclid(every_seconds.max(1));
    let result = sqlx::query(
        "INSERT INTO jobs (kind, payload, dedupe_key, run_at, max_attempts, created_at) \
         VALUES ($1, '{}', $2, $3, 1, $4) ON CONFLICT (dedupe_key) DO NOTHING",
    )
    .bind(kind.to_string())
    .bind(format!("{kind}@{period}"))
    .bind(at)
    .bind(at)
    .execute(&db.pool)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Claims the next due job for `worker` at time `at`: a queued job whose time has come, or
/// a running one whose lease ran out.
pub async fn claim(db: &Db, worker: &str, at: i64) -> AppResult<Option<Job>> {
    let lock = match db.backend {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE jobs SET state = 'running', locked_by = $1, locked_until = $2, \
                attempts = attempts + 1 \
         WHERE id = (SELECT id FROM jobs \
                     WHERE (state = 'queued' AND run_at <= $3) \
                        OR (state = 'running' AND locked_until < $3) \
                     ORDER BY run_at, id LIMIT 1 {lock}) \
         RETURNING id, kind, payload, attempts"
    );
    let row = sqlx::query(&sql)
        .bind(worker.to_string())
        .bind(at + LEASE_SECONDS)
        .bind(at)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|r| {
        Ok(Job {
            id: r.try_get("id")?,
            kind: r.try_get("kind")?,
            payload: r.try_get("payload")?,
            attempts: r.try_get("attempts")?,
        })
    })
    .transpose()
}

/// Extends `worker`'s lease on job `id`; false if the worker no longer holds it (it was
/// too slow and another worker took over), in which case it should stop.
pub async fn renew(db: &Db, id: i64, worker: &str) -> AppResult<bool> {
    let result = sqlx::query(
        "UPDATE jobs SET locked_until = $1 WHERE id = $2 AND locked_by = $3 AND state = 'running'",
    )
    .bind(now() + LEASE_SECONDS)
    .bind(id)
    .bind(worker.to_string())
    .execute(&db.pool)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Records that job `id` finished, while `worker` holds it.
pub async fn complete(db: &Db, id: i64, worker: &str) -> AppResult<()> {
    sqlx::query(
        "UPDATE jobs SET state = 'done', finished_at = $1, locked_until = NULL, last_error = NULL \
         WHERE id = $2 AND locked_by = $3 AND state = 'running'",
    )
    .bind(now())
    .bind(id)
    .bind(worker.to_string())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Seconds to wait before the next attempt after `attempts` failures: 10 s, 20 s, 40 s …
/// up to an hour.
pub fn backoff_seconds(attempts: i64) -> i64 {
    10i64
        .saturating_mul(1 << attempts.clamp(1, 12).saturating_sub(1))
        .min(3600)
}

/// Records a failed attempt: queued again after a back-off, or failed for good once
/// `max_attempts` are spent. Returns whether it will be retried.
pub async fn fail(db: &Db, job: &Job, worker: &str, error: &str) -> AppResult<bool> {
    let t = now();
    let row = sqlx::query(
        "UPDATE jobs SET \
            state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END, \
            run_at = $1, locked_until = NULL, last_error = $2, \
            finished_at = CASE WHEN attempts >= max_attempts THEN $3 ELSE NULL END \
         WHERE id = $4 AND locked_by = $5 AND state = 'running' RETURNING state",
    )
    .bind(t + backoff_seconds(job.attempts))
    .bind(error.chars().take(2000).collect::<String>())
    .bind(t)
    .bind(job.id)
    .bind(worker.to_string())
    .fetch_optional(&db.pool)
    .await?;
    Ok(match row {
        Some(r) => r.try_get::<String, _>("state")? == "queued",
        None => false,
    })
}

/// Where job `id` stands.
pub async fn status(db: &Db, id: i64) -> AppResult<Option<JobStatus>> {
    let row = sqlx::query("SELECT state, attempts, last_error FROM jobs WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|r| {
        Ok(JobStatus {
            state: r.try_get("state")?,
            attempts: r.try_get("attempts")?,
            last_error: r.try_get("last_error")?,
        })
    })
    .transpose()
}

/// Deletes finished jobs older than `keep_seconds`; returns how many.
pub async fn prune(db: &Db, keep_seconds: i64) -> AppResult<u64> {
    let result =
        sqlx::query("DELETE FROM jobs WHERE state IN ('done', 'failed') AND finished_at < $1")
            .bind(now() - keep_seconds)
            .execute(&db.pool)
            .await?;
    Ok(result.rows_affected())
}
