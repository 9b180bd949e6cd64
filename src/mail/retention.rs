//! How long finished e-mail stays in the outbox. Sent and failed messages older than the
//! period an admin sets at `/admin/outbox` (30 days unless changed) are deleted by the
//! periodic clean-up, so the outbox and every backup hold only recent mail. Messages still
//! waiting, being sent or only logged (no SMTP: admins pass their links on by hand) stay.

use crate::error::AppResult;
use crate::storage::{self, now, Db};

/// The setting's name in `storage::settings`.
const SETTING: &str = "mail.keep_sent_days";
/// Used until an admin chooses.
pub const DEFAULT_DAYS: i64 = 30;
/// The range an admin may choose from.
pub const DAYS_RANGE: std::ops::RangeInclusive<i64> = 1..=3650;

/// Days sent mail is kept.
pub async fn keep_days(db: &Db) -> AppResult<i64> {
    let stored = storage::settings::get(db, SETTING).await?;
    Ok(stored
        .and_then(|text| text.parse::<i64>().ok())
        .filter(|days| DAYS_RANGE.contains(days))
        .unwrap_or(DEFAULT_DAYS))
}

/// Changes the period; `days` must be within [`DAYS_RANGE`] (the form checks it).
pub async fn set_keep_days(db: &Db, days: i64) -> AppResult<()> {
    debug_assert!(DAYS_RANGE.contains(&days));
    storage::settings::set(db, SETTING, &days.clamp(1, 3650).to_string()).await
}

/// Deletes sent and failed messages older than the period; returns how many.
pub async fn purge(db: &Db) -> AppResult<u64> {
    let cutoff = now() - keep_days(db).await? * 86_400;
    let done = sqlx::query(
        "DELETE FROM outbox WHERE (status = 'sent' AND sent_at < $1) \
         OR (status = 'failed' AND created_at < $1)",
    )
    .bind(cutoff)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected())
}
