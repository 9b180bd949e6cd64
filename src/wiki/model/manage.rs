//! Queries for managing pages: moving (renaming), protecting, deleting and restoring.

use sqlx::Row;

use crate::error::AppResult;
use crate::storage::{now, Db};
use crate::wiki::model::PageId;
use crate::wiki::save::{save, Edit};
use crate::wiki::search;
use crate::wiki::title::Title;

/// Body of a page left behind by a move.
pub fn redirect_body(to: &Title) -> String {
    format!("#REDIRECT [[{}]]\n", to.as_str())
}

/// The target of a redirect page, if `body` is one.
pub fn redirect_target(body: &str) -> Option<Title> {
    let first = body.lines().next()?.trim();
    let rest = first
        .get(..9)
        .filter(|p| p.eq_ignore_ascii_case("#redirect"))?;
    let _ = rest;
    let inner = first[9..].trim().strip_prefix("[[")?.strip_suffix("]]")?;
    Title::parse(inner.split('|').next().unwrap_or(inner)).ok()
}

#[derive(Debug, PartialEq, Eq)]
pub enum MoveOutcome {
    Moved,
    TargetExists,
}

/// Renames a page, keeping its history (a revision notes the move), and optionally leaves
/// a redirect at the old title.
#[allow(clippy::too_many_arguments)]
pub async fn move_page(
    db: &Db,
    page_id: PageId,
    from: &Title,
    to: &Title,
    author_id: i64,
    author_name: &str,
    summary: &str,
    leave_redirect: bool,
) -> AppResult<MoveOutcome> {
    let mut tx = db.begin_write().await?;
    let taken = sqlx::query("SELECT id FROM wiki_pages WHERE title = $1")
        .bind(to.as_str().to_string())
        .fetch_optional(&mut *tx)
        .await?;
    if taken.is_some() {
        tx.rollback().await?;
        return Ok(MoveOutcome::TargetExists);
    }
    let lock = db.for_update();
    let head: i64 = sqlx::query(&format!(
        "SELECT head_revision_id FROM wiki_pages WHERE id = $1 {lock}"
    ))
    .bind(page_id)
    .fetch_one(&mut *tx)
    .await?
    .try_get::<Option<i64>, _>("head_revision_id")?
    .unwrap_or(0);
    let body: String = sqlx::query("SELECT body FROM wiki_revisions WHERE id = $1")
        .bind(head)
        .fetch_one(&mut *tx)
        .await?
        .try_get("body")?;
    let t = now();
    sqlx::query("UPDATE wiki_pages SET title = $1, updated_at = $2 WHERE id = $3")
        .bind(to.as_str().to_string())
        .bind(t)
        .bind(page_id)
        .execute(&mut *tx)
        .await?;
    let revision: i64 = sqlx::query(
        "INSERT INTO wiki_revisions (page_id, parent_id, author_id, author_name, summary, minor, body, size, created_at) \
         VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8) RETURNING id",
    )
    .bind(page_id)
    .bind(head)
    .bind(author_id)
    .bind(author_name.to_string())
    .bind(summary.to_string())
    .bind(body.clone())
    .bind(i64::try_from(body.len()).unwrap_or(i64::MAX))
    .bind(t)
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    sqlx::query("UPDATE wiki_pages SET head_revision_id = $1 WHERE id = $2")
        .bind(revision)
        .bind(page_id)
        .execute(&mut *tx)
        .await?;
    search::index_page(&mut tx, db.backend, page_id, to, &body).await?;
    crate::wiki::model::forget_renders_linking_to(&mut tx, from).await?;
    crate::wiki::model::forget_renders_linking_to(&mut tx, to).await?;
    tx.commit().await?;
    if leave_redirect {
        save(
            db,
            Edit {
                title: from,
                base_revision_id: None,
                section: None,
                text: &redirect_body(to),
                summary,
                minor: false,
                author_id: Some(author_id),
                author_name,
            },
        )
        .await?;
    }
    Ok(MoveOutcome::Moved)
}

/// Records a moderation action on a page.
pub async fn log(
    db: &Db,
    actor_id: i64,
    action: &str,
    title: &Title,
    reason: &str,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO moderation_log (actor_id, action, subject, reason, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(actor_id)
    .bind(action.to_string())
    .bind(format!("wiki-page:{}", title.as_str()))
    .bind(reason.to_string())
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Sets who may edit the page (`level`) and whether only the consortium's members may read
/// it, in one statement.
pub async fn set_protection(
    db: &Db,
    page_id: PageId,
    level: &str,
    members_only: bool,
) -> AppResult<()> {
    sqlx::query("UPDATE wiki_pages SET protection = $1, members_only = $2 WHERE id = $3")
        .bind(level.to_string())
        .bind(i64::from(members_only))
        .bind(page_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Deletes a page: its title is freed and its history kept for admins to restore.
pub async fn delete_page(db: &Db, page_id: PageId, title: &Title, by: i64) -> AppResult<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE wiki_pages SET deleted_title = title, title = NULL, deleted_at = $1, deleted_by = $2 WHERE id = $3",
    )
    .bind(now())
    .bind(by)
    .bind(page_id)
    .execute(&mut *tx)
    .await?;
    let sql = match db.backend {
        crate::storage::Backend::Sqlite => "DELETE FROM wiki_search WHERE rowid = $1",
        crate::storage::Backend::Postgres => "DELETE FROM wiki_search WHERE page_id = $1",
    };
    sqlx::query(sql).bind(page_id).execute(&mut *tx).await?;
    crate::wiki::model::forget_renders_linking_to(&mut tx, title).await?;
    tx.commit().await?;
    Ok(())
}

#[derive(Clone, Debug)]
pub struct DeletedPage {
    pub id: i64,
    pub title: String,
    pub deleted_at: i64,
    pub deleted_by: String,
}

pub async fn deleted_pages(db: &Db) -> AppResult<Vec<DeletedPage>> {
    let rows = sqlx::query(
        "SELECT p.id, p.deleted_title, p.deleted_at, COALESCE(u.name, '') AS by_name \
         FROM wiki_pages p LEFT JOIN users u ON u.id = p.deleted_by \
         WHERE p.title IS NULL ORDER BY p.deleted_at DESC",
    )
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(DeletedPage {
                id: r.try_get("id")?,
                title: r
                    .try_get::<Option<String>, _>("deleted_title")?
                    .unwrap_or_default(),
                deleted_at: r.try_get::<Option<i64>, _>("deleted_at")?.unwrap_or(0),
                deleted_by: r.try_get("by_name")?,
            })
        })
        .collect()
}

/// Restores a deleted page under its old title; false if that title is taken again.
pub async fn restore_page(db: &Db, page_id: PageId) -> AppResult<bool> {
    let mut tx = db.begin_write().await?;
    let row = sqlx::query(
        "SELECT p.deleted_title, r.body FROM wiki_pages p JOIN wiki_revisions r ON r.id = p.head_revision_id \
         WHERE p.id = $1 AND p.title IS NULL",
    )
    .bind(page_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(row) = row else {
        tx.rollback().await?;
        return Ok(false);
    };
    let raw: String = row
        .try_get::<Option<String>, _>("deleted_title")?
        .unwrap_or_default();
    let body: String = row.try_get("body")?;
    let Ok(title) = Title::parse(&raw) else {
        tx.rollback().await?;
        return Ok(false);
    };
    let taken = sqlx::query("SELECT id FROM wiki_pages WHERE title = $1")
        .bind(title.as_str().to_string())
        .fetch_optional(&mut *tx)
        .await?;
    if taken.is_some() {
        tx.rollback().await?;
        return Ok(false);
    }
    sqlx::query(
        "UPDATE wiki_pages SET title = deleted_title, deleted_title = NULL, deleted_at = NULL, deleted_by = NULL WHERE id = $1",
    )
    .bind(page_id)
    .execute(&mut *tx)
    .await?;
    search::index_page(&mut tx, db.backend, page_id, &title, &body).await?;
    crate::wiki::model::forget_renders_linking_to(&mut tx, &title).await?;
    tx.commit().await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirects_are_recognised() {
        let to = Title::parse("New name").unwrap();
        assert_eq!(redirect_target(&redirect_body(&to)), Some(to));
        assert_eq!(
            redirect_target("#redirect [[Other|x]]").unwrap().as_str(),
            "Other"
        );
        assert_eq!(redirect_target("Not a redirect"), None);
        assert_eq!(redirect_target("#REDIRECT nowhere"), None);
    }
}
