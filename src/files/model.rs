//! Rows and queries of `files` and `file_versions`.

use sqlx::Row;

use crate::error::AppResult;
use crate::storage::{now, Db};

#[derive(Clone, Debug)]
pub struct FileRow {
    pub id: i64,
    pub name: String,
    pub page_title: Option<String>,
    pub created_at: i64,
}

#[derive(Clone, Debug)]
pub struct Version {
    pub id: i64,
    pub sha256: String,
    pub size: i64,
    pub media_type: String,
    pub alt_text: String,
    pub description: String,
    pub uploader_name: String,
    pub created_at: i64,
}

pub struct NewVersion<'a> {
    pub name: &'a str,
    pub page_id: Option<crate::wiki::model::PageId>,
    pub sha256: &'a str,
    pub size: i64,
    pub media_type: &'a str,
    pub alt_text: &'a str,
    pub description: &'a str,
    pub uploader_id: i64,
    pub uploader_name: &'a str,
}

pub async fn find(db: &Db, name: &str) -> AppResult<Option<FileRow>> {
    let row = sqlx::query(
        "SELECT f.id, f.name, p.title AS page_title, f.created_at FROM files f \
         LEFT JOIN wiki_pages p ON p.id = f.page_id WHERE f.name = $1",
    )
    .bind(name.to_string())
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| {
        Ok(FileRow {
            id: r.try_get("id")?,
            name: r.try_get("name")?,
            page_title: r.try_get("page_title")?,
            created_at: r.try_get("created_at")?,
        })
    })
    .transpose()
}

pub async fn all(db: &Db) -> AppResult<Vec<FileRow>> {
    let rows = sqlx::query(
        "SELECT f.id, f.name, p.title AS page_title, f.created_at FROM files f \
         LEFT JOIN wiki_pages p ON p.id = f.page_id ORDER BY f.name",
    )
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(FileRow {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                page_title: r.try_get("page_title")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

/// A file's versions, newest first.
pub async fn versions(db: &Db, file_id: i64) -> AppResult<Vec<Version>> {
    let rows = sqlx::query(
        "SELECT id, sha256, size, media_type, alt_text, description, uploader_name, created_at \
         FROM file_versions WHERE file_id = $1 ORDER BY id DESC",
    )
    .bind(file_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Version {
                id: r.try_get("id")?,
                sha256: r.try_get("sha256")?,
                size: r.try_get("size")?,
                media_type: r.try_get("media_type")?,
                alt_text: r.try_get("alt_text")?,
                description: r.try_get("description")?,
                uploader_name: r.try_get("uploader_name")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

/// Who first uploaded the file named `name`, and the protection of the page it belongs to
/// (`None` when there is no such file yet).
pub async fn owner_and_protection(
    db: &Db,
    name: &str,
) -> AppResult<Option<(Option<i64>, Option<String>)>> {
    let row = sqlx::query(
        "SELECT (SELECT v.uploader_id FROM file_versions v WHERE v.file_id = f.id ORDER BY v.id LIMIT 1) AS owner, \
         p.protection FROM files f LEFT JOIN wiki_pages p ON p.id = f.page_id WHERE f.name = $1",
    )
    .bind(name.to_string())
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| Ok((r.try_get("owner")?, r.try_get("protection")?)))
        .transpose()
}

/// Adds a version, creating the file on its first upload. Returns the file id.
pub async fn add_version(db: &Db, new: NewVersion<'_>) -> AppResult<i64> {
    let mut tx = db.begin_write().await?;
    let t = now();
    let existing = sqlx::query("SELECT id FROM files WHERE name = $1")
        .bind(new.name.to_string())
        .fetch_optional(&mut *tx)
        .await?;
    let file_id: i64 = match existing {
        Some(r) => r.try_get("id")?,
        None => sqlx::query(
            "INSERT INTO files (name, page_id, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(new.name.to_string())
        .bind(new.page_id)
        .bind(t)
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?,
    };
    if new.page_id.is_some() {
        sqlx::query("UPDATE files SET page_id = $1 WHERE id = $2")
            .bind(new.page_id)
            .bind(file_id)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query(
        "INSERT INTO file_versions (file_id, sha256, size, media_type, alt_text, description, uploader_id, uploader_name, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(file_id)
    .bind(new.sha256.to_string())
    .bind(new.size)
    .bind(new.media_type.to_string())
    .bind(new.alt_text.to_string())
    .bind(new.description.to_string())
    .bind(new.uploader_id)
    .bind(new.uploader_name.to_string())
    .bind(t)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(file_id)
}
