//! The published response ("you said, we did"): a document written at the end, published
//! once the consultation has closed. Publishing records it, e-mails everyone whose
//! response counted (in their language) and tells the other followers, in one
//! transaction; correcting it later e-mails nobody again.

use sqlx::Row;

use super::{Consultation, NoticeKind, Phase};
use crate::config::Config;
use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::mail::messages;
use crate::storage::{now, Db};

/// Why a response was not published.
#[derive(Debug, PartialEq, Eq)]
pub enum NotPublished {
    /// Still a draft or open for comments.
    NotClosed,
}

/// Saves the response's text without publishing it.
pub async fn save_response_draft(db: &Db, c: &Consultation, body: &str) -> AppResult<()> {
    sqlx::query("UPDATE consultations SET response_body = $1, updated_at = $2 WHERE id = $3")
        .bind(body.to_string())
        .bind(now())
        .bind(c.id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Publishes the response (or corrects a published one). Returns how many respondents
/// were e-mailed.
pub async fn publish_response(
    db: &Db,
    config: &Config,
    c: &Consultation,
    body: &str,
) -> AppResult<Result<usize, NotPublished>> {
    let at = now();
    if !matches!(c.phase(at), Phase::Closed | Phase::Responded) {
        return Ok(Err(NotPublished::NotClosed));
    }
    let mut tx = db.begin_write().await?;
    // The first publication sets the date; a correction only changes the text.
    let first = sqlx::query(
        "UPDATE consultations SET response_body = $1, response_published_at = $2, updated_at = $2 \
         WHERE id = $3 AND response_published_at IS NULL",
    )
    .bind(body.to_string())
    .bind(at)
    .bind(c.id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !first {
        sqlx::query("UPDATE consultations SET response_body = $1, updated_at = $2 WHERE id = $3")
            .bind(body.to_string())
            .bind(at)
            .bind(c.id)
            .execute(&mut *tx)
            .await?;
    }
    let mut mailed = 0;
    if first {
        let link = config.link(&format!("/consultations/{}/response", c.slug));
        let respondents = sqlx::query(
            "SELECT DISTINCT email, name, lang FROM consultation_responses WHERE consultation_id = $1 AND email <> '' \
             AND status = 'submitted' AND email_confirmed_at IS NOT NULL",
        )
        .bind(c.id)
        .fetch_all(&mut *tx)
        .await?;
        for r in &respondents {
            let lang = Lang::from_code(&r.try_get::<String, _>("lang")?).unwrap_or(Lang::En);
            let email: String = r.try_get("email")?;
            let name: String = r.try_get("name")?;
            messages::send_keyed_on(
                &mut tx,
                lang,
                "consult-response",
                &email,
                &[
                    ("name", Arg::from(name)),
                    ("title", Arg::from(c.fields.title.as_str())),
                    ("link", Arg::from(link.as_str())),
                ],
                None,
            )
            .await?;
            mailed += 1;
        }
        // Followers who did not respond are told in their next notice e-mail.
        sqlx::query(
            "INSERT INTO consultation_notices (follower_id, kind, created_at) \
             SELECT f.id, $1, $2 FROM consultation_followers f WHERE f.consultation_id = $3 AND f.active = 1 \
             AND NOT EXISTS (SELECT 1 FROM consultation_responses r WHERE r.consultation_id = f.consultation_id AND r.email = f.email \
             AND r.status = 'submitted' AND r.email_confirmed_at IS NOT NULL)",
        )
        .bind(NoticeKind::Response)
        .bind(at)
        .bind(c.id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(Ok(mailed))
}

/// What became of a part of the document after people commented on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockFate {
    Unchanged,
    /// Its text changed first in this version.
    Changed(i64),
    /// It is not in the current version; this was the last that had it.
    Removed(i64),
}

/// The fate of part `block` across the published versions, with its latest text.
pub async fn block_fate(
    db: &Db,
    id: super::ConsultationId,
    block: i64,
    current: i64,
) -> AppResult<Option<(BlockFate, String)>> {
    let rows = sqlx::query(
        "SELECT v.number, b.text FROM consultation_blocks b JOIN consultation_versions v ON v.id = b.version_id \
         WHERE v.consultation_id = $1 AND b.block_id = $2 ORDER BY v.number",
    )
    .bind(id)
    .bind(block)
    .fetch_all(&db.pool)
    .await?;
    let mut history = Vec::new();
    for r in &rows {
        history.push((
            r.try_get::<i64, _>("number")?,
            r.try_get::<String, _>("text")?,
        ));
    }
    let Some((last, latest)) = history.last().cloned() else {
        return Ok(None);
    };
    if last < current {
        return Ok(Some((BlockFate::Removed(last), latest)));
    }
    let changed = history
        .windows(2)
        .find(|w| w[0].1 != w[1].1)
        .map(|w| w[1].0);
    Ok(Some((
        changed.map_or(BlockFate::Unchanged, BlockFate::Changed),
        latest,
    )))
}
