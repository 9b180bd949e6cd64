//! Comments on a consultation's blocks (or on the document as a whole): accepted only while
//! the consultation is open and only on a block of its current version; listed per block;
//! counted per block for the document page.

use sqlx::Row;

use super::{version_blocks, Comment, CommentId, Consultation, ConsultationId, Phase};
use crate::error::AppResult;
use crate::storage::Db;

/// Why a comment was not taken.
#[derive(Debug, PartialEq, Eq)]
pub enum CommentRefused {
    /// The consultation is not open (a draft, or closed).
    NotOpen,
    /// No block with this id in the current version.
    NoSuchBlock,
}

/// A new comment.
pub struct NewComment<'a> {
    pub block_id: Option<i64>,
    pub parent_id: Option<CommentId>,
    pub author_id: Option<i64>,
    pub author_name: &'a str,
    pub body: &'a str,
}

/// Adds a comment if the consultation is open and the block is in its current version.
pub async fn add_comment(
    db: &Db,
    c: &Consultation,
    new: &NewComment<'_>,
    at: i64,
) -> AppResult<Result<CommentId, CommentRefused>> {
    let (Phase::Open, Some(version)) = (c.phase(at), c.current_version) else {
        return Ok(Err(CommentRefused::NotOpen));
    };
    if let Some(block) = new.block_id {
        let present = version_blocks(db, c.id, version)
            .await?
            .iter()
            .any(|b| b.block_id == block);
        if !present {
            return Ok(Err(CommentRefused::NoSuchBlock));
        }
    }
    let row = sqlx::query(
        "INSERT INTO consultation_comments (consultation_id, block_id, version_number, parent_id, author_id, author_name, body, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(c.id)
    .bind(new.block_id)
    .bind(version)
    .bind(new.parent_id)
    .bind(new.author_id)
    .bind(new.author_name.to_string())
    .bind(new.body.to_string())
    .bind(at)
    .fetch_one(&db.pool)
    .await?;
    Ok(Ok(row.try_get("id")?))
}

/// The comments on a block (or, with `None`, on the document as a whole), oldest first.
pub async fn comments(
    db: &Db,
    id: ConsultationId,
    block_id: Option<i64>,
) -> AppResult<Vec<Comment>> {
    let sql = format!(
        "SELECT id, block_id, version_number, parent_id, author_name, body, hidden_reason, created_at FROM consultation_comments \
         WHERE consultation_id = $1 AND {} ORDER BY id",
        if block_id.is_some() { "block_id = $2" } else { "block_id IS NULL" }
    );
    let mut query = sqlx::query(&sql).bind(id);
    if let Some(block) = block_id {
        query = query.bind(block);
    }
    query
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(Comment {
                id: r.try_get("id")?,
                block_id: r.try_get("block_id")?,
                version_number: r.try_get("version_number")?,
                parent_id: r.try_get("parent_id")?,
                author_name: r.try_get("author_name")?,
                body: r.try_get("body")?,
                hidden_reason: r.try_get("hidden_reason")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

/// How many visible comments each block has (block id → count).
pub async fn comment_counts(
    db: &Db,
    id: ConsultationId,
) -> AppResult<std::collections::HashMap<i64, i64>> {
    sqlx::query(
        "SELECT block_id, COUNT(*) AS n FROM consultation_comments WHERE consultation_id = $1 AND block_id IS NOT NULL AND hidden_reason = '' GROUP BY block_id",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| Ok((r.try_get("block_id")?, r.try_get("n")?)))
    .collect()
}
