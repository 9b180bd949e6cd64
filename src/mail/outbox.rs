//! The outbox table: enqueueing, claiming with a lease, and recording the outcome.
//!
//! Claiming is one atomic statement per backend. On PostgreSQL, `FOR UPDATE SKIP LOCKED`
//! lets several instances claim different rows at once; on SQLite the single writer makes
//! the `UPDATE … RETURNING` atomic. Either way a row is handed to one worker at a time, and
//! a lease that runs out (a worker died mid-send) makes it claimable again.

use sqlx::Row;

use crate::error::AppResult;
use crate::storage::{now, Backend, Db};

/// How long a claim lasts before another worker may take the message.
pub const LEASE_SECONDS: i64 = 120;
/// After this many failed attempts a message is marked failed.
pub const MAX_ATTEMPTS: i64 = 8;

/// A message as admins see it.
#[derive(Clone, Debug)]
pub struct OutboxMessage {
    pub id: i64,
    pub to_addr: String,
    pub subject: String,
    pub body_text: String,
    pub status: String,
    pub attempts: i64,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub last_error: Option<String>,
}

/// A file sent with a message (an invitation's `.ics`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    /// The MIME type, e.g. `text/calendar; charset=UTF-8; method=PUBLISH`.
    pub content_type: String,
    pub body: String,
}

/// A message claimed for delivery.
#[derive(Clone, Debug)]
pub struct Claimed {
    pub id: i64,
    pub to_addr: String,
    pub subject: String,
    pub body_text: String,
    pub attempts: i64,
    pub attachment: Option<Attachment>,
}

/// Queues a message; it is sent by the worker shortly after.
pub async fn enqueue(db: &Db, to: &str, subject: &str, body: &str) -> AppResult<i64> {
    let mut conn = db.pool.acquire().await?;
    enqueue_on(&mut conn, to, subject, body, None).await
}

/// Queues a message on `conn`, which may be inside a transaction: the message is sent only
/// if that transaction commits.
pub async fn enqueue_on(
    conn: &mut sqlx::AnyConnection,
    to: &str,
    subject: &str,
    body: &str,
    attachment: Option<&Attachment>,
) -> AppResult<i64> {
    let t = now();
    let row = sqlx::query(
        "INSERT INTO outbox (to_addr, subject, body_text, next_attempt_at, created_at, \
         attachment_name, attachment_type, attachment_body) \
         VALUES ($1, $2, $3, $4, $4, $5, $6, $7) RETURNING id",
    )
    .bind(to.to_string())
    .bind(subject.to_string())
    .bind(body.to_string())
    .bind(t)
    .bind(attachment.map(|a| a.name.clone()))
    .bind(attachment.map(|a| a.content_type.clone()))
    .bind(attachment.map(|a| a.body.clone()))
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("id")?)
}

/// Claims the oldest due message for `worker`, if any, for [`LEASE_SECONDS`].
pub async fn claim(db: &Db, worker: &str) -> AppResult<Option<Claimed>> {
    claim_for(db, worker, LEASE_SECONDS).await
}

/// [`claim`] with the lease given: the claim lapses after `lease_seconds` unless renewed.
pub async fn claim_for(db: &Db, worker: &str, lease_seconds: i64) -> AppResult<Option<Claimed>> {
    let t = now();
    let lock = match db.backend {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE outbox SET status = 'sending', claimed_by = $1, claimed_until = $2 \
         WHERE id = (SELECT id FROM outbox \
                     WHERE (status = 'pending' AND next_attempt_at <= $3) \
                        OR (status = 'sending' AND claimed_until < $3) \
                     ORDER BY id LIMIT 1 {lock}) \
         RETURNING id, to_addr, subject, body_text, attempts, attachment_name, attachment_type, attachment_body"
    );
    let row = sqlx::query(&sql)
        .bind(worker.to_string())
        .bind(t + lease_seconds)
        .bind(t)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|r| {
        Ok(Claimed {
            id: r.try_get("id")?,
            to_addr: r.try_get("to_addr")?,
            subject: r.try_get("subject")?,
            body_text: r.try_get("body_text")?,
            attempts: r.try_get("attempts")?,
            attachment: match (
                r.try_get::<Option<String>, _>("attachment_name")?,
                r.try_get::<Option<String>, _>("attachment_type")?,
                r.try_get::<Option<String>, _>("attachment_body")?,
            ) {
                (Some(name), Some(content_type), Some(body)) => Some(Attachment {
                    name,
                    content_type,
                    body,
                }),
                _ => None,
            },
        })
    })
    .transpose()
}

/// Extends `worker`'s claim on message `id` by `lease_seconds` from now, while it is still
/// talking to the mail server. False when the claim was lost (it lapsed and another worker
/// took the message).
pub async fn renew(db: &Db, id: i64, worker: &str, lease_seconds: i64) -> AppResult<bool> {
    let done = sqlx::query(
        "UPDATE outbox SET claimed_until = $1 WHERE id = $2 AND claimed_by = $3 AND status = 'sending'",
    )
    .bind(now() + lease_seconds)
    .bind(id)
    .bind(worker.to_string())
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records a delivery (`status` is `sent` or `logged`), only while `worker` holds the
/// claim; `body`, when given, replaces the stored text (the one-time links removed). False,
/// and an error in the log, when the claim was lost meanwhile (another worker may send the
/// message again; its stable Message-ID lets the receiver tell).
pub async fn mark_delivered(
    db: &Db,
    id: i64,
    worker: &str,
    status: &str,
    body: Option<&str>,
) -> AppResult<bool> {
    let t = now();
    let result = sqlx::query(
        "UPDATE outbox SET status = $1, sent_at = $2, attempts = attempts + 1, claimed_until = NULL, last_error = NULL, \
         body_text = COALESCE($5, body_text) WHERE id = $3 AND claimed_by = $4 AND status = 'sending'",
    )
    .bind(status.to_string())
    .bind(t)
    .bind(id)
    .bind(worker.to_string())
    .bind(body.map(str::to_string))
    .execute(&db.pool)
    .await?;
    let recorded = result.rows_affected() == 1;
    if !recorded {
        tracing::error!(
            outbox_id = id,
            worker,
            "a message was delivered after its claim was lost: it may be sent again"
        );
    }
    Ok(recorded)
}

/// Records a failed attempt: retried later with exponential back-off, or failed for good.
pub async fn mark_failed(
    db: &Db,
    id: i64,
    worker: &str,
    attempts_before: i64,
    error: &str,
) -> AppResult<()> {
    let attempts = attempts_before + 1;
    let status = if attempts >= MAX_ATTEMPTS {
        "failed"
    } else {
        "pending"
    };
    sqlx::query(
        "UPDATE outbox SET status = $1, attempts = $2, next_attempt_at = $3, claimed_until = NULL, last_error = $4 \
         WHERE id = $5 AND claimed_by = $6 AND status = 'sending'",
    )
    .bind(status)
    .bind(attempts)
    .bind(now() + backoff_seconds(attempts))
    .bind(error.chars().take(500).collect::<String>())
    .bind(id)
    .bind(worker.to_string())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Wait before attempt `attempts + 1`: one minute, doubling, at most an hour.
pub fn backoff_seconds(attempts: i64) -> i64 {
    let exponent = u32::try_from(attempts.clamp(1, 7) - 1).unwrap_or(0);
    (60 * 2_i64.pow(exponent)).min(3600)
}

/// The newest messages, for `/admin/outbox`.
pub async fn recent(db: &Db, limit: i64) -> AppResult<Vec<OutboxMessage>> {
    let rows = sqlx::query(
        "SELECT id, to_addr, subject, body_text, status, attempts, created_at, sent_at, last_error \
         FROM outbox ORDER BY id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(OutboxMessage {
                id: r.try_get("id")?,
                to_addr: r.try_get("to_addr")?,
                subject: r.try_get("subject")?,
                body_text: r.try_get("body_text")?,
                status: r.try_get("status")?,
                attempts: r.try_get("attempts")?,
                created_at: r.try_get("created_at")?,
                sent_at: r.try_get("sent_at")?,
                last_error: r.try_get("last_error")?,
            })
        })
        .collect()
}

/// Messages waiting to go (for metrics).
pub async fn pending_count(db: &Db) -> AppResult<i64> {
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE status IN ('pending', 'sending')")
            .fetch_one(&db.pool)
            .await?;
    Ok(row.try_get("n")?)
}

#[cfg(test)]
mod tests {
    use super::backoff_seconds;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff_seconds(1), 60);
        assert_eq!(backoff_seconds(2), 120);
        assert_eq!(backoff_seconds(3), 240);
        assert_eq!(backoff_seconds(7), 3600);
        assert_eq!(backoff_seconds(50), 3600);
    }
}
