//! Tags: coordinators' own labels on records ("CCNI 2026", "priority"), private like the
//! outreach pipeline, never in a public page, export or feed. Given by an import (a column
//! or the same value for every row) or a bulk change, and used to filter the outreach list.

use sqlx::Row;

use super::OrganisationId;
use crate::error::AppResult;
use crate::storage::{Db, WriteTx};

/// The longest tag kept.
pub const MAX_TAG: usize = 60;

/// A tag as stored: trimmed, spaces collapsed, at most [`MAX_TAG`] characters.
pub fn clean(tag: &str) -> String {
    tag.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_TAG)
        .collect()
}

/// Adds `tag` to a record (once), inside a caller's transaction.
pub async fn add_in(tx: &mut WriteTx, id: OrganisationId, tag: &str) -> AppResult<()> {
    let tag = clean(tag);
    if tag.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO organisation_tags (organisation_id, tag) VALUES ($1, $2) ON CONFLICT (organisation_id, tag) DO NOTHING",
    )
    .bind(id)
    .bind(tag)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A record's tags, alphabetically.
pub async fn of(db: &Db, id: OrganisationId) -> AppResult<Vec<String>> {
    sqlx::query("SELECT tag FROM organisation_tags WHERE organisation_id = $1 ORDER BY tag")
        .bind(id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| Ok(r.try_get("tag")?))
        .collect()
}

/// Every tag in use, with how many records carry it, alphabetically.
pub async fn all(db: &Db) -> AppResult<Vec<(String, i64)>> {
    sqlx::query("SELECT tag, COUNT(*) AS n FROM organisation_tags GROUP BY tag ORDER BY tag")
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("tag")?, r.try_get("n")?)))
        .collect()
}
