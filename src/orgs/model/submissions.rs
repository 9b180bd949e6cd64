//! Submissions from "include my organisation": stored, confirmed by e-mail, decided.

use sqlx::Row;

use super::OrganisationId;
use crate::error::{AppError, AppResult};
use crate::orgs::fields::OrgFields;
use crate::storage::{now, Db};

/// A submission from "include my organisation".
#[derive(Clone, Debug)]
pub struct Submission {
    pub id: i64,
    pub fields: OrgFields,
    pub submitter_name: String,
    pub submitter_email: String,
    pub lang: String,
    pub status: String,
    pub created_at: i64,
}

pub async fn add_submission(
    db: &Db,
    f: &OrgFields,
    name: &str,
    email: &str,
    lang: &str,
    token_hash: &str,
) -> AppResult<i64> {
    let payload = serde_json::to_string(f).map_err(anyhow::Error::from)?;
    let row = sqlx::query(
        "INSERT INTO organisation_submissions (payload, submitter_name, submitter_email, lang, token_hash, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(payload)
    .bind(name.to_string())
    .bind(email.to_string())
    .bind(lang.to_string())
    .bind(token_hash.to_string())
    .bind(now())
    .fetch_one(&db.pool)
    .await?;
    Ok(row.try_get("id")?)
}

/// Confirms the submitter's address (once); true if this call confirmed it.
pub async fn confirm_submission(db: &Db, token_hash: &str) -> AppResult<bool> {
    let result = sqlx::query(
        "UPDATE organisation_submissions SET status = 'pending', confirmed_at = $1 \
         WHERE token_hash = $2 AND status = 'unconfirmed' AND created_at > $3",
    )
    .bind(now())
    .bind(token_hash.to_string())
    .bind(now() - 48 * 3600)
    .execute(&db.pool)
    .await?;
    Ok(result.rows_affected() == 1)
}

pub async fn submission_exists_unconfirmed(db: &Db, token_hash: &str) -> AppResult<bool> {
    let row = sqlx::query(
        "SELECT 1 AS x FROM organisation_submissions WHERE token_hash = $1 AND status = 'unconfirmed' AND created_at > $2",
    )
    .bind(token_hash.to_string())
    .bind(now() - 48 * 3600)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.is_some())
}

fn submission_from_row(r: &sqlx::any::AnyRow) -> AppResult<Submission> {
    let payload: String = r.try_get("payload")?;
    Ok(Submission {
        id: r.try_get("id")?,
        fields: serde_json::from_str(&payload).map_err(|e| AppError::Internal(e.into()))?,
        submitter_name: r.try_get("submitter_name")?,
        submitter_email: r.try_get("submitter_email")?,
        lang: r.try_get("lang")?,
        status: r.try_get("status")?,
        created_at: r.try_get("created_at")?,
    })
}

pub async fn pending_submissions(db: &Db) -> AppResult<Vec<Submission>> {
    let rows = sqlx::query(
        "SELECT id, payload, submitter_name, submitter_email, lang, status, created_at FROM organisation_submissions \
         WHERE status = 'pending' ORDER BY id",
    )
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(submission_from_row).collect()
}

pub async fn pending_submission(db: &Db, id: i64) -> AppResult<Option<Submission>> {
    let row = sqlx::query(
        "SELECT id, payload, submitter_name, submitter_email, lang, status, created_at FROM organisation_submissions \
         WHERE id = $1 AND status = 'pending'",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(submission_from_row).transpose()
}

/// Records the decision on a submission (only while it is pending); true if recorded.
pub async fn decide_submission(
    db: &Db,
    id: i64,
    status: &str,
    reason: &str,
    org_id: Option<OrganisationId>,
    by: i64,
) -> AppResult<bool> {
    let result = sqlx::query(
        "UPDATE organisation_submissions SET status = $1, reason = $2, organisation_id = $3, decided_at = $4, decided_by = $5 \
         WHERE id = $6 AND status = 'pending'",
    )
    .bind(status.to_string())
    .bind(reason.to_string())
    .bind(org_id)
    .bind(now())
    .bind(by)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(result.rows_affected() == 1)
}
