//! An import's own row: the uploaded file (decoded; emptied once the import is done, its
//! problem rows being kept separately), the encoding it was read in, its settings, where it
//! was started (the page or the command line), its progress and counts, and the list of
//! past imports.

use sqlx::Row;

use super::plan::Counts;
use super::settings::Settings;
use crate::error::AppResult;
use crate::storage::{now, Db, WriteTx};

#[derive(Clone, Debug)]
pub struct ImportRecord {
    pub id: i64,
    pub file_name: String,
    pub content: String,
    pub encoding: String,
    pub settings: String,
    pub status: String,
    /// `page` or `command`.
    pub source: String,
    pub total: i64,
    pub done: i64,
    pub counts: Counts,
    pub created_at: i64,
    pub finished_at: Option<i64>,
    pub created_by: String,
}

const COLUMNS: &str = "i.id, i.file_name, i.content, i.encoding, i.settings, i.status, i.source, i.total, i.done, \
     i.created, i.updated, i.unchanged, i.left_alone, i.asked, i.skipped, i.created_at, i.finished_at, \
     COALESCE(u.name, '') AS created_by";

fn from_row(r: &sqlx::any::AnyRow) -> AppResult<ImportRecord> {
    Ok(ImportRecord {
        id: r.try_get("id")?,
        file_name: r.try_get("file_name")?,
        content: r.try_get("content")?,
        encoding: r.try_get("encoding")?,
        settings: r.try_get("settings")?,
        status: r.try_get("status")?,
        source: r.try_get("source")?,
        total: r.try_get("total")?,
        done: r.try_get("done")?,
        counts: Counts {
            create: r.try_get("created")?,
            update: r.try_get("updated")?,
            unchanged: r.try_get("unchanged")?,
            left_alone: r.try_get("left_alone")?,
            asked: r.try_get("asked")?,
            refused: r.try_get("skipped")?,
        },
        created_at: r.try_get("created_at")?,
        finished_at: r.try_get("finished_at")?,
        created_by: r.try_get("created_by")?,
    })
}

/// Stores an upload with its first settings; returns its id.
pub async fn store(
    db: &Db,
    user_id: Option<i64>,
    file_name: &str,
    content: &str,
    encoding: &str,
    settings: &Settings,
    source: &str,
) -> AppResult<i64> {
    let row = sqlx::query(
        "INSERT INTO organisation_imports (created_by, file_name, content, encoding, settings, source, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(user_id)
    .bind(file_name.to_string())
    .bind(content.to_string())
    .bind(encoding.to_string())
    .bind(settings.to_json())
    .bind(source.to_string())
    .bind(now())
    .fetch_one(&db.pool)
    .await?;
    Ok(row.try_get("id")?)
}

pub async fn load(db: &Db, id: i64) -> AppResult<Option<ImportRecord>> {
    load_columns(db, id, COLUMNS).await
}

/// An import without its file (the caller holds it).
pub async fn load_without_file(db: &Db, id: i64) -> AppResult<Option<ImportRecord>> {
    load_columns(db, id, &COLUMNS.replace("i.content", "'' AS content")).await
}

async fn load_columns(db: &Db, id: i64, columns: &str) -> AppResult<Option<ImportRecord>> {
    let sql = format!(
        "SELECT {columns} FROM organisation_imports i LEFT JOIN users u ON u.id = i.created_by WHERE i.id = $1"
    );
    sqlx::query(&sql)
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

/// The newest imports first, without their files.
pub async fn past(db: &Db, limit: i64) -> AppResult<Vec<ImportRecord>> {
    let sql = format!(
        "SELECT {} FROM organisation_imports i LEFT JOIN users u ON u.id = i.created_by ORDER BY i.id DESC LIMIT $1",
        COLUMNS.replace("i.content", "'' AS content")
    );
    sqlx::query(&sql)
        .bind(limit)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

/// Saves the settings of an import that has not started; false if it has.
pub async fn save_settings(db: &Db, id: i64, settings: &Settings) -> AppResult<bool> {
    let result = sqlx::query(
        "UPDATE organisation_imports SET settings = $1 WHERE id = $2 AND status = 'uploaded'",
    )
    .bind(settings.to_json())
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Marks an uploaded import as running with these settings; false if it had started.
pub async fn mark_running(
    tx: &mut WriteTx,
    id: i64,
    settings: &Settings,
    total: i64,
) -> AppResult<bool> {
    let result = sqlx::query("UPDATE organisation_imports SET status = 'running', settings = $1, total = $2 WHERE id = $3 AND status = 'uploaded'")
        .bind(settings.to_json())
        .bind(total)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// Records progress inside the batch's transaction.
pub async fn save_progress(tx: &mut WriteTx, id: i64, done: i64, c: &Counts) -> AppResult<()> {
    sqlx::query(
        "UPDATE organisation_imports SET done = $1, created = $2, updated = $3, unchanged = $4, left_alone = $5, asked = $6, skipped = $7 WHERE id = $8",
    )
    .bind(done)
    .bind(c.create)
    .bind(c.update)
    .bind(c.unchanged)
    .bind(c.left_alone)
    .bind(c.asked)
    .bind(c.refused)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Finished: of the file only its header row is kept (to head the problem rows, which
/// are kept).
pub async fn mark_done(db: &Db, id: i64, header: &[String]) -> AppResult<()> {
    let header_line = super::file::header_line(header);
    sqlx::query("UPDATE organisation_imports SET status = 'done', finished_at = $1, content = $2 WHERE id = $3")
        .bind(now())
        .bind(header_line)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn mark_failed(db: &Db, id: i64) -> AppResult<()> {
    sqlx::query("UPDATE organisation_imports SET status = 'failed' WHERE id = $1")
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}
