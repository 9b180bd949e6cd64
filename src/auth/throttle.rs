//! Throttling held in the database, so every instance sees the same counts.
//!
//! Sign-in: at most [`SIGN_IN_LIMIT`] failures per [`WINDOW_SECONDS`] per account and per
//! client address; past that, 429 with `Retry-After`. Public forms (sign-up, links by
//! e-mail) are limited per address the same way.

use sqlx::Row;

use crate::error::AppResult;
use crate::storage::{now, Db};

pub const WINDOW_SECONDS: i64 = 300;
pub const SIGN_IN_LIMIT: i64 = 5;
/// Uses of a public form per address per window.
pub const PUBLIC_FORM_LIMIT: i64 = 10;

/// Whether `bucket` has reached `limit` events in the window; if so, seconds until one expires.
pub async fn blocked_for(db: &Db, bucket: &str, limit: i64) -> AppResult<Option<i64>> {
    let t = now();
    let row = sqlx::query(
        "SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM throttle_events \
         WHERE bucket = $1 AND created_at > $2",
    )
    .bind(bucket.to_string())
    .bind(t - WINDOW_SECONDS)
    .fetch_one(&db.pool)
    .await?;
    let count: i64 = row.try_get("n")?;
    if count < limit {
        return Ok(None);
    }
    let oldest: Option<i64> = row.try_get("oldest")?;
    Ok(Some(
        oldest
            .map_or(WINDOW_SECONDS, |o| o + WINDOW_SECONDS - t)
            .max(1),
    ))
}

/// Records one event (a failure, or a use of a public form) in `bucket`.
pub async fn record(db: &Db, bucket: &str) -> AppResult<()> {
    sqlx::query("INSERT INTO throttle_events (bucket, created_at) VALUES ($1, $2)")
        .bind(bucket.to_string())
        .bind(now())
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Forgets a bucket (after a successful sign-in, the account's failures).
pub async fn clear(db: &Db, bucket: &str) -> AppResult<()> {
    sqlx::query("DELETE FROM throttle_events WHERE bucket = $1")
        .bind(bucket.to_string())
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Deletes events older than the window.
pub async fn prune(db: &Db) -> AppResult<()> {
    sqlx::query("DELETE FROM throttle_events WHERE created_at <= $1")
        .bind(now() - WINDOW_SECONDS)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Checks a public form's per-address limit and, when allowed, counts this use.
pub async fn check_public_form(db: &Db, form: &str, client: &str) -> AppResult<Option<i64>> {
    let bucket = format!("form:{form}:{client}");
    if let Some(wait) = blocked_for(db, &bucket, PUBLIC_FORM_LIMIT).await? {
        return Ok(Some(wait));
    }
    record(db, &bucket).await?;
    Ok(None)
}
