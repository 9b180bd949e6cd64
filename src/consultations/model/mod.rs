//! The consultations tables: a consultation with its working draft and dates, its
//! published versions (immutable) with their blocks, and comments on blocks. Publishing
//! the draft matches its blocks to the current version's (`blocks::match_blocks`) and
//! writes the version and every block in one transaction. `comments` holds the comments:
//! accepted only while the consultation is open and only on a block of the current version.

mod answers;
mod comments;
mod follow;
mod moderation;
mod questions;
mod response_doc;
mod responses;
mod suggestions;
mod themes;

pub use answers::*;
pub use comments::*;
pub use follow::*;
pub use moderation::*;
pub use questions::*;
pub use response_doc::*;
pub use responses::*;
pub use suggestions::*;
pub use themes::*;

use sqlx::Row;

use super::blocks::{self, Block, BlockKind, Change};
use crate::error::AppResult;
use crate::storage::{now, Db};

crate::typed_id!(ConsultationId, "a consultation");
crate::typed_id!(CommentId, "a comment on a consultation");

/// Where a consultation is, from its dates and versions (nothing needs a job to move it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Not published, or not open yet: coordinators and partners only.
    Draft,
    Open,
    Closed,
    /// Closed, and the response ("you said, we did") is published.
    Responded,
}

/// A consultation's own fields.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConsultationFields {
    pub title: String,
    pub summary: String,
    pub easy_read: String,
    pub consulting: String,
    pub draft: String,
    pub opens_at: Option<i64>,
    pub closes_at: Option<i64>,
    /// The Welsh version (each may be empty).
    pub welsh: WelshFields,
}

/// The Welsh version of a consultation's words; its draft's parts are paired in order
/// with the English draft's when it is published.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WelshFields {
    pub title: String,
    pub summary: String,
    pub easy_read: String,
    pub draft: String,
}

#[derive(Clone, Debug)]
pub struct Consultation {
    pub id: ConsultationId,
    pub slug: String,
    pub fields: ConsultationFields,
    /// The number of the current (latest) version, if any is published.
    pub current_version: Option<i64>,
    pub is_example: bool,
    /// The published response (Markdown) and when it was published.
    pub response_body: String,
    pub response_published_at: Option<i64>,
}

impl Consultation {
    /// The phase at `now` (UTC seconds).
    pub fn phase(&self, now: i64) -> Phase {
        let opened =
            self.current_version.is_some() && self.fields.opens_at.is_some_and(|t| t <= now);
        match (opened, self.fields.closes_at) {
            (false, _) => Phase::Draft,
            (true, _) if self.response_published_at.is_some() => Phase::Responded,
            (true, Some(closes)) if closes <= now => Phase::Closed,
            (true, _) => Phase::Open,
        }
    }
}

/// A block of a version, with its stable id and what became of it since the version before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VersionBlock {
    pub block_id: i64,
    pub kind: String,
    pub text: String,
    pub change: String,
    /// The Welsh version's part in the same place, if it has one.
    pub text_cy: String,
}

#[derive(Clone, Debug)]
pub struct Comment {
    pub id: CommentId,
    pub block_id: Option<i64>,
    pub version_number: i64,
    pub parent_id: Option<CommentId>,
    pub author_name: String,
    pub body: String,
    pub hidden_reason: String,
    pub created_at: i64,
    /// How many people said "I agree".
    pub support: i64,
    /// How many times visitors reported it.
    pub reports: i64,
}

fn kind_code(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Heading => "heading",
        BlockKind::Paragraph => "paragraph",
        BlockKind::ListItem => "list_item",
        BlockKind::Table => "table",
        BlockKind::Quote => "quote",
        BlockKind::Code => "code",
        BlockKind::Other => "other",
    }
}

fn kind_of(code: &str) -> BlockKind {
    match code {
        "heading" => BlockKind::Heading,
        "paragraph" => BlockKind::Paragraph,
        "list_item" => BlockKind::ListItem,
        "table" => BlockKind::Table,
        "quote" => BlockKind::Quote,
        "code" => BlockKind::Code,
        _ => BlockKind::Other,
    }
}

fn change_code(change: Change) -> &'static str {
    match change {
        Change::Unchanged => "unchanged",
        Change::Moved => "moved",
        Change::Edited => "edited",
        Change::New => "new",
    }
}

/// Creates a consultation (a draft with no version yet); returns its id.
pub async fn create(
    db: &Db,
    slug: &str,
    f: &ConsultationFields,
    by: Option<i64>,
    is_example: bool,
) -> AppResult<ConsultationId> {
    let t = now();
    let row = sqlx::query(
        "INSERT INTO consultations (slug, title, summary, easy_read, consulting, draft, opens_at, closes_at, is_example, created_by, created_at, updated_at, \
         title_cy, summary_cy, easy_read_cy, draft_cy) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, $13, $14, $15) RETURNING id",
    )
    .bind(slug.to_string())
    .bind(f.title.clone())
    .bind(f.summary.clone())
    .bind(f.easy_read.clone())
    .bind(f.consulting.clone())
    .bind(f.draft.clone())
    .bind(f.opens_at)
    .bind(f.closes_at)
    .bind(i64::from(is_example))
    .bind(by)
    .bind(t)
    .bind(f.welsh.title.clone())
    .bind(f.welsh.summary.clone())
    .bind(f.welsh.easy_read.clone())
    .bind(f.welsh.draft.clone())
    .fetch_one(&db.pool)
    .await?;
    Ok(row.try_get("id")?)
}

/// Saves the consultation's fields (the draft included; published versions never change).
pub async fn update(db: &Db, id: ConsultationId, f: &ConsultationFields) -> AppResult<()> {
    sqlx::query(
        "UPDATE consultations SET title = $1, summary = $2, easy_read = $3, consulting = $4, draft = $5, opens_at = $6, closes_at = $7, updated_at = $8, \
         title_cy = $10, summary_cy = $11, easy_read_cy = $12, draft_cy = $13 WHERE id = $9",
    )
    .bind(f.title.clone())
    .bind(f.summary.clone())
    .bind(f.easy_read.clone())
    .bind(f.consulting.clone())
    .bind(f.draft.clone())
    .bind(f.opens_at)
    .bind(f.closes_at)
    .bind(now())
    .bind(id)
    .bind(f.welsh.title.clone())
    .bind(f.welsh.summary.clone())
    .bind(f.welsh.easy_read.clone())
    .bind(f.welsh.draft.clone())
    .execute(&db.pool)
    .await?;
    Ok(())
}

const COLUMNS: &str = "c.id, c.slug, c.title, c.summary, c.easy_read, c.consulting, c.draft, c.opens_at, c.closes_at, c.is_example, c.response_body, c.response_published_at, \
     c.title_cy, c.summary_cy, c.easy_read_cy, c.draft_cy, \
     (SELECT MAX(v.number) FROM consultation_versions v WHERE v.consultation_id = c.id) AS current_version";

fn from_row(r: &sqlx::any::AnyRow) -> AppResult<Consultation> {
    Ok(Consultation {
        id: r.try_get("id")?,
        slug: r.try_get("slug")?,
        fields: ConsultationFields {
            title: r.try_get("title")?,
            summary: r.try_get("summary")?,
            easy_read: r.try_get("easy_read")?,
            consulting: r.try_get("consulting")?,
            draft: r.try_get("draft")?,
            opens_at: r.try_get("opens_at")?,
            closes_at: r.try_get("closes_at")?,
            welsh: WelshFields {
                title: r.try_get("title_cy")?,
                summary: r.try_get("summary_cy")?,
                easy_read: r.try_get("easy_read_cy")?,
                draft: r.try_get("draft_cy")?,
            },
        },
        current_version: r.try_get("current_version")?,
        is_example: r.try_get::<i64, _>("is_example")? != 0,
        response_body: r.try_get("response_body")?,
        response_published_at: r.try_get("response_published_at")?,
    })
}

pub async fn find_by_slug(db: &Db, slug: &str) -> AppResult<Option<Consultation>> {
    let sql = format!("SELECT {COLUMNS} FROM consultations c WHERE c.slug = $1");
    sqlx::query(&sql)
        .bind(slug.to_string())
        .fetch_optional(&db.pool)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

/// Every consultation, newest first.
pub async fn list(db: &Db) -> AppResult<Vec<Consultation>> {
    let sql = format!("SELECT {COLUMNS} FROM consultations c ORDER BY c.id DESC");
    sqlx::query(&sql)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

/// The blocks of version `number`, in order.
pub async fn version_blocks(
    db: &Db,
    id: ConsultationId,
    number: i64,
) -> AppResult<Vec<VersionBlock>> {
    sqlx::query(
        "SELECT b.block_id, b.kind, b.text, b.change, b.text_cy FROM consultation_blocks b \
         JOIN consultation_versions v ON v.id = b.version_id \
         WHERE v.consultation_id = $1 AND v.number = $2 ORDER BY b.position",
    )
    .bind(id)
    .bind(number)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(block_from_row)
    .collect()
}

fn block_from_row(r: &sqlx::any::AnyRow) -> AppResult<VersionBlock> {
    Ok(VersionBlock {
        block_id: r.try_get("block_id")?,
        kind: r.try_get("kind")?,
        text: r.try_get("text")?,
        change: r.try_get("change")?,
        text_cy: r.try_get("text_cy")?,
    })
}

/// Publishes the draft as the next version: its blocks matched to the current version's
/// so that their ids (and comments) carry over, all in one transaction. Returns the new
/// version's number.
pub async fn publish(db: &Db, id: ConsultationId, by: Option<i64>) -> AppResult<i64> {
    let mut tx = db.begin_write().await?;
    let row = sqlx::query(
        "SELECT draft, draft_cy, next_block_id, (SELECT MAX(number) FROM consultation_versions WHERE consultation_id = $1) AS current \
         FROM consultations WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&mut *tx)
    .await?;
    let draft: String = row.try_get("draft")?;
    let draft_cy: String = row.try_get("draft_cy")?;
    let current: Option<i64> = row.try_get("current")?;
    let mut next_free = u32::try_from(row.try_get::<i64, _>("next_block_id")?).unwrap_or(1);
    let previous: Vec<(u32, Block)> = match current {
        Some(number) => sqlx::query(
            "SELECT b.block_id, b.kind, b.text FROM consultation_blocks b JOIN consultation_versions v ON v.id = b.version_id \
             WHERE v.consultation_id = $1 AND v.number = $2 ORDER BY b.position",
        )
        .bind(id)
        .bind(number)
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| {
            Ok((
                u32::try_from(r.try_get::<i64, _>("block_id")?).unwrap_or(0),
                Block {
                    kind: kind_of(&r.try_get::<String, _>("kind")?),
                    text: r.try_get("text")?,
                },
            ))
        })
        .collect::<AppResult<_>>()?,
        None => Vec::new(),
    };
    let next = blocks::split(&draft);
    // The Welsh version's parts, paired in order with the English ones.
    let welsh = blocks::split(&draft_cy);
    let ids = blocks::match_blocks(&previous, &next, &mut next_free);
    let number = current.unwrap_or(0) + 1;
    let version_id: i64 = sqlx::query(
        "INSERT INTO consultation_versions (consultation_id, number, body, body_cy, published_by, published_at) VALUES ($1, $2, $3, $6, $4, $5) RETURNING id",
    )
    .bind(id)
    .bind(number)
    .bind(draft.clone())
    .bind(by)
    .bind(now())
    .bind(draft_cy.clone())
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    for (position, (block, (block_id, change))) in next.iter().zip(&ids).enumerate() {
        sqlx::query(
            "INSERT INTO consultation_blocks (version_id, position, block_id, kind, text, change, text_cy) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(version_id)
        .bind(i64::try_from(position).unwrap_or(i64::MAX))
        .bind(i64::from(*block_id))
        .bind(kind_code(block.kind))
        .bind(block.text.clone())
        .bind(change_code(*change))
        .bind(welsh.get(position).map(|b| b.text.clone()).unwrap_or_default())
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("UPDATE consultations SET next_block_id = $1, updated_at = $2 WHERE id = $3")
        .bind(i64::from(next_free))
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(number)
}

/// A published version: its number, Markdown and when it was published.
#[derive(Clone, Debug)]
pub struct Version {
    pub number: i64,
    pub body: String,
    pub published_at: i64,
}

/// Every published version, oldest first.
pub async fn versions(db: &Db, id: ConsultationId) -> AppResult<Vec<Version>> {
    sqlx::query("SELECT number, body, published_at FROM consultation_versions WHERE consultation_id = $1 ORDER BY number")
        .bind(id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(Version {
                number: r.try_get("number")?,
                body: r.try_get("body")?,
                published_at: r.try_get("published_at")?,
            })
        })
        .collect()
}

/// A block as the latest version that has it shows it, with that version's number (a block
/// removed since stays readable, with its comments, "on an earlier version").
pub async fn latest_block(
    db: &Db,
    id: ConsultationId,
    block_id: i64,
) -> AppResult<Option<(i64, VersionBlock)>> {
    let row = sqlx::query(
        "SELECT v.number, b.block_id, b.kind, b.text, b.change, b.text_cy FROM consultation_blocks b \
         JOIN consultation_versions v ON v.id = b.version_id \
         WHERE v.consultation_id = $1 AND b.block_id = $2 ORDER BY v.number DESC LIMIT 1",
    )
    .bind(id)
    .bind(block_id)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| Ok((r.try_get("number")?, block_from_row(&r)?)))
        .transpose()
}
