//! Rows and queries of `files` and `file_versions`.

use sqlx::Row;

use crate::error::AppResult;
use crate::storage::{now, Db};
use crate::wiki::model::PageId;

#[derive(Clone, Debug)]
pub struct FileRow {
    pub id: i64,
    pub name: String,
    pub page_title: Option<String>,
    /// Uploaded for a members-only page: seen only by those who may read it.
    pub members_only: bool,
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
        "SELECT f.id, f.name, p.title AS page_title, COALESCE(p.members_only, 0) AS members_only, \
         f.created_at FROM files f \
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
            members_only: r.try_get::<i64, _>("members_only")? != 0,
            created_at: r.try_get("created_at")?,
        })
    })
    .transpose()
}

pub async fn all(db: &Db) -> AppResult<Vec<FileRow>> {
    let rows = sqlx::query(
        "SELECT f.id, f.name, p.title AS page_title, COALESCE(p.members_only, 0) AS members_only, \
         f.created_at FROM files f \
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
                members_only: r.try_get::<i64, _>("members_only")? != 0,
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

/// Who first uploaded the file `name` (`Some(None)`: an account since deleted); `None`
/// when no file has that name yet.
pub async fn first_uploader(db: &Db, name: &str) -> AppResult<Option<Option<i64>>> {
    let row = sqlx::query(
        "SELECT (SELECT v.uploader_id FROM file_versions v WHERE v.file_id = f.id ORDER BY v.id LIMIT 1) AS owner \
         FROM files f WHERE f.name = $1",
    )
    .bind(name.to_string())
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| r.try_get("owner"))
        .transpose()
        .map_err(Into::into)
}

/// A page showing a file: the page it belongs to, or one whose current text links to it.
#[derive(Clone, Debug)]
pub struct UsingPage {
    pub id: PageId,
    pub title: String,
    pub protection: String,
}

/// Every page showing the file `name` (with `href`, its `/files/…` address): the page it
/// is attached to and each page whose current text links to the address.
pub async fn pages_using(db: &Db, name: &str, href: &str) -> AppResult<Vec<UsingPage>> {
    let pattern = format!(
        "%{}%",
        href.replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let rows = sqlx::query(
        "SELECT p.id, p.title, p.protection, r.body FROM wiki_pages p \
         JOIN wiki_revisions r ON r.id = p.head_revision_id \
         WHERE p.title IS NOT NULL AND (p.id = (SELECT f.page_id FROM files f WHERE f.name = $1) \
         OR r.body LIKE $2 ESCAPE '\\') ORDER BY p.title",
    )
    .bind(name.to_string())
    .bind(pattern)
    .fetch_all(&db.pool)
    .await?;
    let attached: Option<i64> = sqlx::query_scalar("SELECT page_id FROM files WHERE name = $1")
        .bind(name.to_string())
        .fetch_optional(&db.pool)
        .await?
        .flatten();
    let mut pages = Vec::new();
    for row in rows {
        let id: i64 = row.try_get("id")?;
        let body: String = row.try_get("body")?;
        // `/files/Poster` must not count as a link to `/files/Poster_2.png`.
        let links_here = body.match_indices(href).any(|(at, _)| {
            body[at + href.len()..]
                .chars()
                .next()
                .is_none_or(|c| !(c.is_alphanumeric() || "._-%~".contains(c)))
        });
        if links_here || attached == Some(id) {
            pages.push(UsingPage {
                id: PageId(id),
                title: row.try_get("title")?,
                protection: row.try_get("protection")?,
            });
        }
    }
    Ok(pages)
}

/// Adds a version, creating the file on its first upload, and (for a new version of an
/// existing file) tells the followers of every page in `shown_on` in the same
/// transaction. Returns the file id.
pub async fn add_version(db: &Db, new: NewVersion<'_>, shown_on: &[UsingPage]) -> AppResult<i64> {
    let mut tx = db.begin_write().await?;
    let t = now();
    let existing = sqlx::query("SELECT id FROM files WHERE name = $1")
        .bind(new.name.to_string())
        .fetch_optional(&mut *tx)
        .await?;
    let replacing = existing.is_some();
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
    if replacing {
        for page in shown_on {
            if let Ok(title) = crate::wiki::title::Title::parse(&page.title) {
                crate::wiki::watch::queue_notice(
                    &mut tx,
                    page.id,
                    &title,
                    Some(new.name),
                    Some(new.uploader_id),
                )
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(file_id)
}
