//! Comments on a consultation's blocks (or on the document as a whole): accepted only while
//! the consultation is open and only on a block of its current version; listed per block;
//! counted per block for the document page.

use sqlx::Row;

use super::{Comment, CommentId, Consultation, ConsultationId, Phase};
use crate::error::AppResult;
use crate::storage::Db;

/// The columns a comment is read with (`c` is `consultation_comments`).
const COMMENT_COLUMNS: &str = "c.id, c.block_id, c.version_number, c.parent_id, c.author_name, c.body, c.hidden_reason, c.created_at, \
     (SELECT COUNT(*) FROM consultation_comment_support s WHERE s.comment_id = c.id) AS support, \
     (SELECT COUNT(*) FROM consultation_comment_reports p WHERE p.comment_id = c.id) AS reports";

fn comment_from_row(r: &sqlx::any::AnyRow) -> AppResult<Comment> {
    Ok(Comment {
        id: r.try_get("id")?,
        block_id: r.try_get("block_id")?,
        version_number: r.try_get("version_number")?,
        parent_id: r.try_get("parent_id")?,
        author_name: r.try_get("author_name")?,
        body: r.try_get("body")?,
        hidden_reason: r.try_get("hidden_reason")?,
        created_at: r.try_get("created_at")?,
        support: r.try_get("support")?,
        reports: r.try_get("reports")?,
    })
}

/// Why a comment was not taken.
#[derive(Debug, PartialEq, Eq)]
pub enum CommentRefused {
    /// The consultation is not open (a draft, or closed).
    NotOpen,
    /// No block with this id in the current version.
    NoSuchBlock,
    /// The comment replied to is not on this block of this consultation.
    NoSuchParent,
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
        let present = sqlx::query(
            "SELECT 1 AS x FROM consultation_blocks b JOIN consultation_versions v ON v.id = b.version_id \
             WHERE v.consultation_id = $1 AND v.number = $2 AND b.block_id = $3",
        )
        .bind(c.id)
        .bind(version)
        .bind(block)
        .fetch_optional(&db.pool)
        .await?
        .is_some();
        if !present {
            return Ok(Err(CommentRefused::NoSuchBlock));
        }
    }
    if let Some(parent) = new.parent_id {
        let same_place = sqlx::query(
            "SELECT block_id FROM consultation_comments WHERE id = $1 AND consultation_id = $2",
        )
        .bind(parent)
        .bind(c.id)
        .fetch_optional(&db.pool)
        .await?
        .map(|r| r.try_get::<Option<i64>, _>("block_id"))
        .transpose()?;
        if same_place != Some(new.block_id) {
            return Ok(Err(CommentRefused::NoSuchParent));
        }
    }
    // Committed together with other comments arriving at the same moment (one disk
    // flush for many people commenting at once), with the reply's notice.
    let consultation = c.id;
    let (block_id, parent_id, author_id) = (new.block_id, new.parent_id, new.author_id);
    let (author_name, body) = (new.author_name.to_string(), new.body.to_string());
    let id = db
        .write_batched(move |conn| {
            Box::pin(async move {
                let row = sqlx::query(
                    "INSERT INTO consultation_comments (consultation_id, block_id, version_number, parent_id, author_id, author_name, body, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                )
                .bind(consultation)
                .bind(block_id)
                .bind(version)
                .bind(parent_id)
                .bind(author_id)
                .bind(author_name)
                .bind(body)
                .bind(at)
                .fetch_one(&mut *conn)
                .await?;
                if let Some(parent) = parent_id {
                    super::notify_reply_on(conn, consultation, parent.0, author_id).await?;
                }
                let id: CommentId = row.try_get("id")?;
                Ok(id)
            })
        })
        .await?;
    Ok(Ok(id))
}

/// The comments on a block (or, with `None`, on the document as a whole), oldest first.
pub async fn comments(
    db: &Db,
    id: ConsultationId,
    block_id: Option<i64>,
) -> AppResult<Vec<Comment>> {
    let sql = format!(
        "SELECT {COMMENT_COLUMNS} FROM consultation_comments c WHERE c.consultation_id = $1 AND {} ORDER BY c.id",
        if block_id.is_some() { "c.block_id = $2" } else { "c.block_id IS NULL" }
    );
    let mut query = sqlx::query(&sql).bind(id);
    if let Some(block) = block_id {
        query = query.bind(block);
    }
    query
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(comment_from_row)
        .collect()
}

/// How many visible comments each block has (block id → count). Read as one row (the
/// pairs joined in the database) rather than a row per block: a long document has a
/// thousand parts, and rows cost far more to pass along than one string.
pub async fn comment_counts(
    db: &Db,
    id: ConsultationId,
) -> AppResult<std::collections::HashMap<i64, i64>> {
    let row = sqlx::query(
        "SELECT string_agg(CAST(block_id AS TEXT) || ':' || CAST(n AS TEXT), ',') AS pairs FROM \
         (SELECT block_id, COUNT(*) AS n FROM consultation_comments WHERE consultation_id = $1 AND block_id IS NOT NULL AND hidden_reason = '' GROUP BY block_id) counted",
    )
    .bind(id)
    .fetch_one(&db.pool)
    .await?;
    let pairs: Option<String> = row.try_get("pairs")?;
    Ok(pairs
        .unwrap_or_default()
        .split(',')
        .filter_map(|pair| {
            let (block, n) = pair.split_once(':')?;
            Some((block.parse().ok()?, n.parse().ok()?))
        })
        .collect())
}

/// Records that `user_id` agrees with a comment (once; again changes nothing), while the
/// consultation is open. False if it is not open or the comment is not one of its own.
pub async fn agree(
    db: &Db,
    c: &Consultation,
    comment: CommentId,
    user_id: i64,
    at: i64,
) -> AppResult<bool> {
    if c.phase(at) != Phase::Open {
        return Ok(false);
    }
    let inserted = sqlx::query(
        "INSERT INTO consultation_comment_support (comment_id, user_id, created_at) \
         SELECT id, $2, $3 FROM consultation_comments WHERE id = $1 AND consultation_id = $4 AND hidden_reason = '' \
         ON CONFLICT (comment_id, user_id) DO NOTHING",
    )
    .bind(comment)
    .bind(user_id)
    .bind(at)
    .bind(c.id)
    .execute(&db.pool)
    .await?;
    let exists = sqlx::query(
        "SELECT 1 AS x FROM consultation_comments WHERE id = $1 AND consultation_id = $2",
    )
    .bind(comment)
    .bind(c.id)
    .fetch_optional(&db.pool)
    .await?
    .is_some();
    Ok(inserted.rows_affected() <= 1 && exists)
}

/// The block a comment of this consultation is on (`Some(None)`: the whole document), or
/// `None` if there is no such comment.
pub async fn comment_block(
    db: &Db,
    id: ConsultationId,
    comment: CommentId,
) -> AppResult<Option<Option<i64>>> {
    Ok(sqlx::query(
        "SELECT block_id FROM consultation_comments WHERE id = $1 AND consultation_id = $2",
    )
    .bind(comment)
    .bind(id)
    .fetch_optional(&db.pool)
    .await?
    .map(|r| r.try_get::<Option<i64>, _>("block_id"))
    .transpose()?)
}

/// Every visible comment of a consultation, oldest first (for exports and the feed).
pub async fn all_visible(db: &Db, id: ConsultationId) -> AppResult<Vec<Comment>> {
    let sql = format!(
        "SELECT {COMMENT_COLUMNS} FROM consultation_comments c WHERE c.consultation_id = $1 AND c.hidden_reason = '' ORDER BY c.id"
    );
    sqlx::query(&sql)
        .bind(id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(comment_from_row)
        .collect()
}
