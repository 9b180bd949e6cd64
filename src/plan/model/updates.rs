//! Progress updates: a date, who, the status and progress given and a short note, kept
//! as the output's history and the plan's feed. Posting one sets the output's status and
//! progress in the same transaction.

use sqlx::Row;

use super::{OutputId, Status};
use crate::error::AppResult;
use crate::storage::{now, Db};

#[derive(Clone, Debug)]
pub struct Update {
    pub id: i64,
    pub output_id: OutputId,
    pub output_title: String,
    pub author_name: String,
    pub status: Status,
    pub progress: i64,
    pub note: String,
    pub created_at: i64,
}

pub(super) async fn insert_update_on(
    conn: &mut sqlx::AnyConnection,
    output: OutputId,
    status: Status,
    progress: i64,
    note: &str,
    (author_id, author_name): (Option<i64>, &str),
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO plan_updates (output_id, author_id, author_name, status, progress, note, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(output)
    .bind(author_id)
    .bind(author_name.to_string())
    .bind(status.code())
    .bind(progress)
    .bind(note.to_string())
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Records an update: the output's status, reason and progress (a percentage, used when
/// the output counts progress that way) and the update row, in one transaction. False if
/// there is no such output.
pub async fn post_update(
    db: &Db,
    output: OutputId,
    status: Status,
    reason: &str,
    progress: i64,
    note: &str,
    by: (Option<i64>, &str),
) -> AppResult<bool> {
    let mut tx = db.begin_write().await?;
    let changed = sqlx::query(
        "UPDATE plan_outputs SET status = $1, status_reason = $2, progress_percent = $3, updated_at = $4 WHERE id = $5",
    )
    .bind(status.code())
    .bind(reason.to_string())
    .bind(progress)
    .bind(now())
    .bind(output)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Ok(false);
    }
    insert_update_on(&mut tx, output, status, progress, note, by).await?;
    tx.commit().await?;
    Ok(true)
}

const UPDATE_SELECT: &str = "SELECT u.id, u.output_id, o.title AS output_title, u.author_name, u.status, \
     u.progress, u.note, u.created_at FROM plan_updates u JOIN plan_outputs o ON o.id = u.output_id";

fn update_from_row(r: &sqlx::any::AnyRow) -> AppResult<Update> {
    Ok(Update {
        id: r.try_get("id")?,
        output_id: r.try_get("output_id")?,
        output_title: r.try_get("output_title")?,
        author_name: r.try_get("author_name")?,
        status: Status::from_code(&r.try_get::<String, _>("status")?).unwrap_or_default(),
        progress: r.try_get("progress")?,
        note: r.try_get("note")?,
        created_at: r.try_get("created_at")?,
    })
}

/// An output's updates, newest first.
pub async fn updates(db: &Db, output: OutputId) -> AppResult<Vec<Update>> {
    sqlx::query(&format!(
        "{UPDATE_SELECT} WHERE u.output_id = $1 ORDER BY u.id DESC"
    ))
    .bind(output)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(update_from_row)
    .collect()
}

/// The newest `limit` updates across the plan.
pub async fn recent_updates(db: &Db, limit: i64) -> AppResult<Vec<Update>> {
    sqlx::query(&format!("{UPDATE_SELECT} ORDER BY u.id DESC LIMIT $1"))
        .bind(limit)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(update_from_row)
        .collect()
}
