//! Throttling held in the database, so every instance sees the same counts.
//!
//! Sign-in failures per [`WINDOW_SECONDS`]: at most [`SIGN_IN_LIMIT`] for one account from
//! one client address, [`SIGN_IN_ADDRESS_LIMIT`] from one address over all accounts, and
//! [`SIGN_IN_ACCOUNT_LIMIT`] for one account from every address together; past any of
//! them, 429 with `Retry-After`. So someone who knows an address cannot keep its owner out
//! by failing five times (the owner, elsewhere, still signs in, and the e-mailed sign-in
//! link is never throttled by failures), while guessing stays far too slow to succeed.
//! Public forms (sign-up, links by e-mail, registrations, requests) are limited per
//! address the same way.
//!
//! Counting and recording are one step ([`reserve`]): in one write transaction the
//! buckets are locked (SQLite's single writer; a transaction-scoped advisory lock per
//! bucket on PostgreSQL), counted, and the attempt recorded, so simultaneous attempts queue
//! and each sees those before it. A sign-in reserves its attempt before the password is
//! checked and gives the reservation back ([`release`]) only when it succeeds.

use sqlx::Row;

use crate::error::{AppError, AppResult};
use crate::storage::{now, Backend, Db};

pub const WINDOW_SECONDS: i64 = 300;
/// Failures for one account from one address.
pub const SIGN_IN_LIMIT: i64 = 5;
/// Failures from one address, whichever accounts (an office or a library shares one).
pub const SIGN_IN_ADDRESS_LIMIT: i64 = 20;
/// Failures for one account from all addresses together (a guesser with many addresses).
pub const SIGN_IN_ACCOUNT_LIMIT: i64 = 50;
/// Uses of a public form per address per window.
pub const PUBLIC_FORM_LIMIT: i64 = 10;

/// Attempts recorded by [`reserve`], to give back with [`release`].
#[derive(Debug)]
pub struct Reservation(Vec<i64>);

/// Counts `buckets` and, when none has reached its limit in the window, records one attempt
/// in each, atomically. `Err(wait)`: seconds until the fullest bucket frees a place.
pub async fn reserve(db: &Db, buckets: &[(&str, i64)]) -> AppResult<Result<Reservation, i64>> {
    let t = now();
    let mut tx = db.begin_write().await?;
    if db.backend == Backend::Postgres {
        let mut sorted: Vec<&str> = buckets.iter().map(|(bucket, _)| *bucket).collect();
        sorted.sort_unstable();
        for bucket in sorted {
            sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 7))")
                .bind(bucket.to_string())
                .execute(&mut *tx)
                .await?;
        }
    }
    let mut wait: Option<i64> = None;
    for (bucket, limit) in buckets {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM throttle_events \
             WHERE bucket = $1 AND created_at > $2",
        )
        .bind(bucket.to_string())
        .bind(t - WINDOW_SECONDS)
        .fetch_one(&mut *tx)
        .await?;
        if row.try_get::<i64, _>("n")? >= *limit {
            let oldest: Option<i64> = row.try_get("oldest")?;
            let this = oldest
                .map_or(WINDOW_SECONDS, |o| o + WINDOW_SECONDS - t)
                .max(1);
            wait = Some(wait.map_or(this, |w: i64| w.max(this)));
        }
    }
    if let Some(wait) = wait {
        tx.rollback().await?;
        return Ok(Err(wait));
    }
    let mut ids = Vec::with_capacity(buckets.len());
    for (bucket, _) in buckets {
        let row = sqlx::query(
            "INSERT INTO throttle_events (bucket, created_at) VALUES ($1, $2) RETURNING id",
        )
        .bind(bucket.to_string())
        .bind(t)
        .fetch_one(&mut *tx)
        .await?;
        ids.push(row.try_get("id")?);
    }
    tx.commit().await?;
    Ok(Ok(Reservation(ids)))
}

/// Gives back the attempts of `reservation` (the sign-in succeeded).
pub async fn release(db: &Db, reservation: Reservation) -> AppResult<()> {
    for id in reservation.0 {
        sqlx::query("DELETE FROM throttle_events WHERE id = $1")
            .bind(id)
            .execute(&db.pool)
            .await?;
    }
    Ok(())
}

/// Forgets a bucket (after a successful sign-in, the failures from that address).
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

/// Checks a public form's per-address limit and, when allowed, counts this use, in one
/// step (see [`reserve`]).
pub async fn check_public_form(db: &Db, form: &str, client: &str) -> AppResult<Option<i64>> {
    let bucket = format!("form:{form}:{client}");
    Ok(reserve(db, &[(&bucket, PUBLIC_FORM_LIMIT)]).await?.err())
}

/// Re-checks the signed-in account `user_id`'s password before a sensitive change
/// (a new password, deleting the account), counted like sign-in failures: at most
/// [`SIGN_IN_LIMIT`] wrong answers per window per account; past that, the 429 error.
pub async fn recheck_password(
    db: &Db,
    user_id: i64,
    attempt: &str,
    stored: &str,
) -> AppResult<bool> {
    let bucket = format!("recheck:{user_id}");
    let reservation = match reserve(db, &[(&bucket, SIGN_IN_LIMIT)]).await? {
        Ok(reservation) => reservation,
        Err(wait) => {
            return Err(AppError::TooManyRequests {
                retry_after_secs: wait,
            })
        }
    };
    let right = match super::password::verify_async(attempt, Some(stored)).await {
        Ok(right) => right,
        Err(e) => {
            // Not checked (the server is busy hashing): not a failure either.
            release(db, reservation).await?;
            return Err(e);
        }
    };
    if right {
        release(db, reservation).await?;
    }
    Ok(right)
}
