//! Suggested changes: new wording proposed for one block while the consultation is open.
//! The editors accept one (its wording replaces the block's in the working draft, so it is
//! in the next version) or decline it with a reason; either way, in one transaction with
//! the decision, the person who suggested it is e-mailed through the outbox.

use sqlx::Row;

use super::{version_blocks, Consultation, ConsultationId, Phase};
use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::storage::{now, Db};

crate::typed_id!(SuggestionId, "a suggested change");

#[derive(Clone, Debug)]
pub struct Suggestion {
    pub id: SuggestionId,
    pub block_id: i64,
    pub version_number: i64,
    pub original: String,
    pub proposed: String,
    pub author_name: String,
    /// `open`, `accepted` or `declined`.
    pub status: String,
    pub decision_reason: String,
    pub created_at: i64,
}

/// Why a suggestion was not taken or decided.
#[derive(Debug, PartialEq, Eq)]
pub enum SuggestionRefused {
    NotOpen,
    NoSuchBlock,
    /// The draft no longer has the block's text as it was (edit it by hand).
    DraftChanged,
    /// Already accepted or declined, or not this consultation's.
    NotPending,
}

/// Proposes `proposed` as the wording of block `block_id` of the current version.
pub async fn suggest(
    db: &Db,
    c: &Consultation,
    block_id: i64,
    proposed: &str,
    author: (Option<i64>, &str),
    at: i64,
) -> AppResult<Result<SuggestionId, SuggestionRefused>> {
    let (Phase::Open, Some(version)) = (c.phase(at), c.current_version) else {
        return Ok(Err(SuggestionRefused::NotOpen));
    };
    let Some(block) = version_blocks(db, c.id, version)
        .await?
        .into_iter()
        .find(|b| b.block_id == block_id)
    else {
        return Ok(Err(SuggestionRefused::NoSuchBlock));
    };
    let row = sqlx::query(
        "INSERT INTO consultation_suggestions (consultation_id, block_id, version_number, original, proposed, author_id, author_name, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(c.id)
    .bind(block_id)
    .bind(version)
    .bind(block.text)
    .bind(proposed.to_string())
    .bind(author.0)
    .bind(author.1.to_string())
    .bind(at)
    .fetch_one(&db.pool)
    .await?;
    Ok(Ok(row.try_get("id")?))
}

/// The suggestions for a block, oldest first.
pub async fn suggestions(db: &Db, id: ConsultationId, block_id: i64) -> AppResult<Vec<Suggestion>> {
    sqlx::query(
        "SELECT id, block_id, version_number, original, proposed, author_name, status, decision_reason, created_at \
         FROM consultation_suggestions WHERE consultation_id = $1 AND block_id = $2 ORDER BY id",
    )
    .bind(id)
    .bind(block_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        Ok(Suggestion {
            id: r.try_get("id")?,
            block_id: r.try_get("block_id")?,
            version_number: r.try_get("version_number")?,
            original: r.try_get("original")?,
            proposed: r.try_get("proposed")?,
            author_name: r.try_get("author_name")?,
            status: r.try_get("status")?,
            decision_reason: r.try_get("decision_reason")?,
            created_at: r.try_get("created_at")?,
        })
    })
    .collect()
}

/// Accepts (the wording goes into the draft) or declines (with `reason`) a pending
/// suggestion, telling its author; all in one transaction.
pub async fn decide(
    db: &Db,
    c: &Consultation,
    id: SuggestionId,
    accept: bool,
    reason: &str,
    by: i64,
    link: &str,
) -> AppResult<Result<(), SuggestionRefused>> {
    let mut tx = db.begin_write().await?;
    let Some(row) = sqlx::query(
        "SELECT s.original, s.proposed, s.status, u.email, u.lang FROM consultation_suggestions s \
         LEFT JOIN users u ON u.id = s.author_id WHERE s.id = $1 AND s.consultation_id = $2",
    )
    .bind(id)
    .bind(c.id)
    .fetch_optional(&mut *tx)
    .await?
    else {
        return Ok(Err(SuggestionRefused::NotPending));
    };
    if row.try_get::<String, _>("status")? != "open" {
        return Ok(Err(SuggestionRefused::NotPending));
    }
    let original: String = row.try_get("original")?;
    let proposed: String = row.try_get("proposed")?;
    if accept {
        let draft: String = sqlx::query("SELECT draft FROM consultations WHERE id = $1")
            .bind(c.id)
            .fetch_one(&mut *tx)
            .await?
            .try_get("draft")?;
        if !draft.contains(&original) {
            return Ok(Err(SuggestionRefused::DraftChanged));
        }
        sqlx::query("UPDATE consultations SET draft = $1, updated_at = $2 WHERE id = $3")
            .bind(draft.replacen(&original, proposed.trim(), 1))
            .bind(now())
            .bind(c.id)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query(
        "UPDATE consultation_suggestions SET status = $1, decision_reason = $2, decided_by = $3, decided_at = $4 WHERE id = $5",
    )
    .bind(if accept { "accepted" } else { "declined" })
    .bind(reason.to_string())
    .bind(by)
    .bind(now())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if let Some(email) = row.try_get::<Option<String>, _>("email")? {
        let lang = Lang::from_code(
            &row.try_get::<Option<String>, _>("lang")?
                .unwrap_or_default(),
        )
        .unwrap_or(Lang::En);
        let args = [
            ("title", Arg::from(c.fields.title.clone())),
            ("reason", Arg::from(reason.to_string())),
            ("link", Arg::from(link.to_string())),
        ];
        let key = if accept {
            "email-consult-accepted"
        } else {
            "email-consult-declined"
        };
        crate::mail::outbox::enqueue_on(
            &mut tx,
            &email,
            &lang.t_args(&format!("{key}-subject"), &args),
            &lang.t_args(&format!("{key}-body"), &args),
            None,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Ok(()))
}
