//! Reading registrations and the one change that takes or frees no place (checking in):
//! a registration by its personal link, a waiting-list position, an event's list. Taking,
//! changing and freeing places is `registration`'s, under the event lock.

use sqlx::Row;

use super::model::EventId;
use super::registration::{from_row, Registration, COLUMNS};
use crate::auth::secret::hash_token;
use crate::error::AppResult;
use crate::storage::{now, Db};

/// The registration a personal link opens, if it still exists.
pub async fn find_by_token(db: &Db, token: &str) -> AppResult<Option<Registration>> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM registrations WHERE token_hash = $1"
    ))
    .bind(hash_token(token))
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(from_row).transpose()
}

/// The place on the waiting list (1 = next), for a waiting registration.
pub async fn waiting_position(db: &Db, r: &Registration) -> AppResult<i64> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM registrations WHERE event_id = $1 AND status = 'waiting' AND id <= $2",
    )
    .bind(r.event_id)
    .bind(r.id)
    .fetch_one(&db.pool)
    .await?;
    Ok(row.try_get("n")?)
}

/// Everyone registered for an event (cancelled ones last), in order of registering.
pub async fn for_event(db: &Db, event_id: EventId) -> AppResult<Vec<Registration>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM registrations WHERE event_id = $1 \
         ORDER BY CASE status WHEN 'confirmed' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, id"
    ))
    .bind(event_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(from_row).collect()
}

/// Marks a confirmed registration as arrived (or not, to undo a mistake).
pub async fn set_checked_in(db: &Db, event_id: EventId, id: i64, arrived: bool) -> AppResult<bool> {
    let result = sqlx::query(
        "UPDATE registrations SET checked_in_at = $1 \
         WHERE id = $2 AND event_id = $3 AND status = 'confirmed'",
    )
    .bind(arrived.then(now))
    .bind(id)
    .bind(event_id)
    .execute(&db.pool)
    .await?;
    Ok(result.rows_affected() == 1)
}
