//! Saving an edit without ever losing one.
//!
//! An edit names the revision it started from (its base). Inside one write transaction
//! (the page row locked on PostgreSQL, the database write lock held on SQLite) the save
//! compares that base with the current head: the same, and the text is saved; different,
//! and the two edits are merged three ways: cleanly, and the merged text is saved (and the
//! editor told); overlapping, and nothing is saved and the editor gets the conflict with
//! their own text intact. This holds for the same person's earlier edit too, and for
//! section edits (the section is put back into the base text before merging). The unique
//! `(page_id, parent_id)` index keeps history linear even if two saves raced past the lock.

use sqlx::Row;

use super::markdown;
use super::merge::{merge, Merge};
use super::title::Title;
use crate::error::AppResult;
use crate::storage::{now, Db, WriteTx};
use crate::wiki::model::{PageId, RevisionId};

/// An edit to save.
pub struct Edit<'a> {
    pub title: &'a Title,
    /// The revision the editor started from; `None` when creating the page.
    pub base_revision_id: Option<RevisionId>,
    /// When editing one section: its number, and `text` is only that section.
    pub section: Option<usize>,
    pub text: &'a str,
    pub summary: &'a str,
    pub minor: bool,
    pub author_id: Option<i64>,
    pub author_name: &'a str,
}

/// What happened to an edit.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Saved as a new revision; `merged` when it was combined with someone else's edit.
    Saved {
        revision_id: RevisionId,
        merged: bool,
    },
    /// The text is the same as the current one: nothing to save.
    Unchanged,
    /// Someone else changed the same part. Nothing was saved.
    Conflict {
        /// The current head, which the resolved text must be saved on top of.
        head_revision_id: RevisionId,
        head_text: String,
        /// Both edits merged, each overlap marked (see `wiki::conflict`).
        annotated: String,
        /// The editor's whole text (with their section put back), intact.
        mine: String,
    },
    /// The section no longer exists in the base revision.
    NoSuchSection,
}

/// Saves `edit`; see the module documentation.
pub async fn save(db: &Db, edit: Edit<'_>) -> AppResult<Outcome> {
    // Two people creating the same page at once (PostgreSQL lets both transactions look
    // before either inserts): the one that finds the title taken starts again, now as an
    // edit of the page the other created, so it merges or gets the conflict page.
    for _ in 0..3 {
        if let Some(outcome) = save_once(db, &edit).await? {
            return Ok(outcome);
        }
    }
    Err(anyhow::anyhow!(
        "page {:?} kept being created concurrently",
        edit.title.as_str()
    )
    .into())
}

/// One attempt; `None` when the page was created by someone else meanwhile.
async fn save_once(db: &Db, edit: &Edit<'_>) -> AppResult<Option<Outcome>> {
    let mut tx = db.begin_write().await?;
    let lock = db.for_update();
    let row = sqlx::query(&format!(
        "SELECT id, head_revision_id FROM wiki_pages WHERE title = $1 {lock}"
    ))
    .bind(edit.title.as_str().to_string())
    .fetch_optional(&mut *tx)
    .await?;

    // No page yet: none, and no head.
    let (page_id, head): (Option<PageId>, Option<RevisionId>) = match row {
        Some(r) => (Some(r.try_get("id")?), r.try_get("head_revision_id")?),
        None => (None, None),
    };
    // Browsers send CRLF, stored pages may have LF: compare and merge in one convention,
    // or far-apart edits would conflict on every line.
    let head_text = match head {
        Some(id) => normalise_line_endings(&body_of(&mut tx, id).await?.unwrap_or_default()),
        None => String::new(),
    };
    let edit_text = normalise_line_endings(edit.text);
    let base_text = match (edit.base_revision_id, page_id) {
        (Some(base), _) if Some(base) == head => head_text.clone(),
        (Some(base), Some(page_id)) => normalise_line_endings(
            &body_of_page(&mut tx, page_id, base)
                .await?
                .unwrap_or_default(),
        ),
        _ => String::new(),
    };
    let mine = match edit.section {
        Some(n) => match super::sections::replace_section(&base_text, n, &edit_text) {
            Some(text) => text,
            None => return Ok(Some(Outcome::NoSuchSection)),
        },
        None => edit_text.clone(),
    };
    let (text, merged) = if head.is_none() || edit.base_revision_id == head {
        (mine, false)
    } else {
        match merge(&base_text, &head_text, &mine) {
            Merge::Clean(text) => (text, true),
            Merge::Conflict { annotated } => {
                tx.rollback().await?;
                return Ok(Some(Outcome::Conflict {
                    // A conflict needs a head to conflict with.
                    head_revision_id: head.unwrap_or(RevisionId(0)),
                    head_text,
                    annotated,
                    mine,
                }));
            }
        }
    };
    if head.is_some() && text == head_text {
        tx.rollback().await?;
        return Ok(Some(Outcome::Unchanged));
    }

    let t = now();
    let created = page_id.is_none();
    let page_id: PageId = match page_id {
        Some(id) => id,
        None => {
            // A subpage of a members-only page, or a redirect to one, is members-only from
            // its first revision (see `readers`).
            let inherits_from = [
                edit.title.parent(),
                super::model::manage::redirect_target(&text),
            ];
            let [parent, target] =
                inherits_from.map(|t| t.map(|t| t.as_str().to_string()).unwrap_or_default());
            let inserted = sqlx::query(
                "INSERT INTO wiki_pages (title, members_only, created_at, updated_at) VALUES ($1, \
                 COALESCE((SELECT MAX(members_only) FROM wiki_pages WHERE title IN ($3, $4)), 0), $2, $2) \
                 ON CONFLICT (title) DO NOTHING RETURNING id",
            )
            .bind(edit.title.as_str().to_string())
            .bind(t)
            .bind(parent)
            .bind(target)
            .fetch_optional(&mut *tx)
            .await?;
            match inserted {
                Some(row) => row.try_get("id")?,
                None => {
                    tx.rollback().await?;
                    return Ok(None);
                }
            }
        }
    };
    let revision_id: RevisionId = sqlx::query(
        "INSERT INTO wiki_revisions (page_id, parent_id, author_id, author_name, summary, minor, body, size, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(page_id)
    .bind(head)
    .bind(edit.author_id)
    .bind(edit.author_name.to_string())
    .bind(edit.summary.trim().to_string())
    .bind(i64::from(edit.minor))
    .bind(text.clone())
    .bind(i64::try_from(text.len()).unwrap_or(i64::MAX))
    .bind(t)
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    sqlx::query("UPDATE wiki_pages SET head_revision_id = $1, updated_at = $2 WHERE id = $3")
        .bind(revision_id)
        .bind(t)
        .bind(page_id)
        .execute(&mut *tx)
        .await?;
    update_links(&mut tx, page_id, &text).await?;
    super::search::index_page(&mut tx, db.backend, page_id, edit.title, &text).await?;
    if created {
        // A new page turns other pages' "not written yet" links into plain links.
        super::model::forget_renders_linking_to(&mut tx, edit.title).await?;
    }
    super::watch::queue_notice(&mut tx, page_id, edit.title, None, edit.author_id).await?;
    tx.commit().await?;
    Ok(Some(Outcome::Saved {
        revision_id,
        merged,
    }))
}

/// `text` with every line ending as LF (CRLF and lone CR turned into LF).
pub fn normalise_line_endings(text: &str) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

async fn body_of(tx: &mut WriteTx, revision_id: RevisionId) -> AppResult<Option<String>> {
    let row = sqlx::query("SELECT body FROM wiki_revisions WHERE id = $1")
        .bind(revision_id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|r| r.try_get("body")).transpose()?)
}

async fn body_of_page(
    tx: &mut WriteTx,
    page_id: PageId,
    revision_id: RevisionId,
) -> AppResult<Option<String>> {
    let row = sqlx::query("SELECT body FROM wiki_revisions WHERE id = $1 AND page_id = $2")
        .bind(revision_id)
        .bind(page_id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|r| r.try_get("body")).transpose()?)
}

/// Records the page's outgoing wiki links (for red links and "what links here") and its
/// categories.
async fn update_links(tx: &mut WriteTx, page_id: PageId, text: &str) -> AppResult<()> {
    sqlx::query("DELETE FROM wiki_links WHERE from_page_id = $1")
        .bind(page_id)
        .execute(&mut **tx)
        .await?;
    let links = markdown::links(text);
    for target in links.pages {
        sqlx::query("INSERT INTO wiki_links (from_page_id, to_title) VALUES ($1, $2)")
            .bind(page_id)
            .bind(target.as_str().to_string())
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("DELETE FROM wiki_categories WHERE page_id = $1")
        .bind(page_id)
        .execute(&mut **tx)
        .await?;
    for name in links.categories {
        sqlx::query("INSERT INTO wiki_categories (page_id, category) VALUES ($1, $2)")
            .bind(page_id)
            .bind(name)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}
