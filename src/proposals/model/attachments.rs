//! What the funder asks for (a checklist) and the files attached to meet it: letters of
//! support, accounts, policies. Attachments pass the uploads' content checks and are kept
//! in the content store by hash, but not among the site's public files: only members see
//! and download them.

use sqlx::Row;

use super::ProposalId;
use crate::error::AppResult;
use crate::storage::{now, Db};

#[derive(Clone, Debug)]
pub struct ChecklistItem {
    pub id: i64,
    pub label: String,
    /// The titles of the attachments that meet it (empty: still missing).
    pub met_by: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Attachment {
    pub id: i64,
    pub title: String,
    pub name: String,
    pub sha256: String,
    pub media_type: String,
    pub size: i64,
    pub checklist_id: Option<i64>,
    pub created_at: i64,
}

/// A file to attach, already checked and stored.
#[derive(Clone, Debug)]
pub struct NewAttachment<'a> {
    pub title: &'a str,
    pub name: &'a str,
    pub sha256: &'a str,
    pub media_type: &'a str,
    pub size: i64,
    pub checklist_id: Option<i64>,
}

pub async fn attachments(db: &Db, proposal: ProposalId) -> AppResult<Vec<Attachment>> {
    sqlx::query(
        "SELECT id, title, name, sha256, media_type, size, checklist_id, created_at FROM proposal_attachments WHERE proposal_id = $1 ORDER BY id",
    )
    .bind(proposal)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        Ok(Attachment {
            id: r.try_get("id")?,
            title: r.try_get("title")?,
            name: r.try_get("name")?,
            sha256: r.try_get("sha256")?,
            media_type: r.try_get("media_type")?,
            size: r.try_get("size")?,
            checklist_id: r.try_get("checklist_id")?,
            created_at: r.try_get("created_at")?,
        })
    })
    .collect()
}

pub async fn add_attachment(
    db: &Db,
    proposal: ProposalId,
    a: &NewAttachment<'_>,
    by: i64,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO proposal_attachments (proposal_id, sha256, name, media_type, size, checklist_id, title, added_by, created_at) \
         SELECT $1, $2, $3, $4, $5, c.id, $7, $8, $9 FROM (SELECT 1 AS one) x \
         LEFT JOIN proposal_checklist c ON c.id = $6 AND c.proposal_id = $1",
    )
    .bind(proposal)
    .bind(a.sha256.to_string())
    .bind(a.name.to_string())
    .bind(a.media_type.to_string())
    .bind(a.size)
    .bind(a.checklist_id)
    .bind(a.title.to_string())
    .bind(by)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The funder's checklist, each item with the attachments that meet it.
pub async fn checklist(db: &Db, proposal: ProposalId) -> AppResult<Vec<ChecklistItem>> {
    let files = attachments(db, proposal).await?;
    sqlx::query(
        "SELECT id, label FROM proposal_checklist WHERE proposal_id = $1 ORDER BY position, id",
    )
    .bind(proposal)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        let id: i64 = r.try_get("id")?;
        Ok(ChecklistItem {
            id,
            label: r.try_get("label")?,
            met_by: files
                .iter()
                .filter(|a| a.checklist_id == Some(id))
                .map(|a| a.title.clone())
                .collect(),
        })
    })
    .collect()
}

pub async fn add_checklist_item(db: &Db, proposal: ProposalId, label: &str) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO proposal_checklist (proposal_id, position, label) \
         VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM proposal_checklist WHERE proposal_id = $1), $2)",
    )
    .bind(proposal)
    .bind(label.to_string())
    .execute(&db.pool)
    .await?;
    Ok(())
}
