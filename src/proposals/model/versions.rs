//! Frozen versions, submission and the funder's answer. Freezing reads the sections,
//! budget and attachments inside one write transaction, writes them as one JSON document
//! with its SHA-256 (the schema's trigger refuses any later change to either), and opens
//! the sign-off decision for it in the same commit; drafting carries on towards the next
//! version. A version whose sign-off was agreed can be marked submitted (at most one per
//! proposal, a unique index), and then the funder's answer is recorded. Each step goes on
//! the bid's timeline.

use serde::{Deserialize, Serialize};
use sqlx::Row;

use super::{event_on, Answer, ProposalId};
use crate::config::Config;
use crate::consortium::model::{self as consortium, DecisionId, NewDecision, Outcome};
use crate::error::AppResult;
use crate::files::store::sha256_hex;
use crate::storage::{now, Db};

/// What a frozen version holds, in a fixed order (its JSON is what the hash covers).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Frozen {
    pub title: String,
    pub funder: String,
    pub programme: String,
    pub summary: String,
    pub sections: Vec<FrozenSection>,
    pub budget: Vec<FrozenLine>,
    pub total_pence: i64,
    pub attachments: Vec<FrozenAttachment>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct FrozenSection {
    pub title: String,
    pub question: String,
    pub word_limit: i64,
    pub owner: String,
    pub status: String,
    pub revision: i64,
    pub body: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct FrozenLine {
    pub partner: String,
    pub item: String,
    pub category: String,
    pub year: i64,
    pub amount_pence: i64,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct FrozenAttachment {
    pub title: String,
    pub name: String,
    pub sha256: String,
    pub size: i64,
}

/// A frozen version with what happened to it.
#[derive(Clone, Debug)]
pub struct Version {
    pub id: i64,
    pub number: i64,
    pub content: String,
    pub sha256: String,
    pub frozen_at: i64,
    pub submitted_at: Option<i64>,
    pub funder_reference: String,
    pub requested_pence: Option<i64>,
    /// Its sign-off decision, if one was opened.
    pub decision_id: Option<DecisionId>,
}

impl Version {
    /// Its content, read back; `None` if it no longer matches its hash.
    pub fn frozen(&self) -> Option<Frozen> {
        (sha256_hex(self.content.as_bytes()) == self.sha256)
            .then(|| serde_json::from_str(&self.content).ok())
            .flatten()
    }
}

async fn frozen_on(conn: &mut sqlx::AnyConnection, id: ProposalId) -> AppResult<Frozen> {
    let p = sqlx::query("SELECT title, funder, programme, summary FROM proposals WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    let sections = sqlx::query(
        "SELECT s.title, s.question, s.word_limit, COALESCE(o.name, '') AS owner, s.status, s.revision, s.body FROM proposal_sections s \
         LEFT JOIN consortium_members m ON m.id = s.owner_id LEFT JOIN organisations o ON o.id = m.organisation_id \
         WHERE s.proposal_id = $1 ORDER BY s.position, s.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| {
        Ok(FrozenSection {
            title: r.try_get("title")?,
            question: r.try_get("question")?,
            word_limit: r.try_get("word_limit")?,
            owner: r.try_get("owner")?,
            status: r.try_get("status")?,
            revision: r.try_get("revision")?,
            body: r.try_get("body")?,
        })
    })
    .collect::<AppResult<Vec<_>>>()?;
    let budget = sqlx::query(
        "SELECT COALESCE(o.name, '') AS partner, b.item, b.category, b.year, b.amount_pence FROM proposal_budget_lines b \
         LEFT JOIN consortium_members m ON m.id = b.member_id LEFT JOIN organisations o ON o.id = m.organisation_id \
         WHERE b.proposal_id = $1 ORDER BY b.year, b.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| {
        Ok(FrozenLine {
            partner: r.try_get("partner")?,
            item: r.try_get("item")?,
            category: r.try_get("category")?,
            year: r.try_get("year")?,
            amount_pence: r.try_get("amount_pence")?,
        })
    })
    .collect::<AppResult<Vec<_>>>()?;
    let attachments = sqlx::query(
        "SELECT title, name, sha256, size FROM proposal_attachments WHERE proposal_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| {
        Ok(FrozenAttachment {
            title: r.try_get("title")?,
            name: r.try_get("name")?,
            sha256: r.try_get("sha256")?,
            size: r.try_get("size")?,
        })
    })
    .collect::<AppResult<Vec<_>>>()?;
    Ok(Frozen {
        title: p.try_get("title")?,
        funder: p.try_get("funder")?,
        programme: p.try_get("programme")?,
        summary: p.try_get("summary")?,
        total_pence: budget.iter().map(|l| l.amount_pence).sum(),
        sections,
        budget,
        attachments,
    })
}

/// The words of a sign-off decision (already translated by the caller).
pub struct SignOffWords {
    pub title: String,
    pub proposal: String,
}

/// Freezes the proposal as its next version and opens its sign-off under rules version
/// `rules_id` for `days`; returns the version's number and the decision. One transaction.
pub async fn freeze(
    db: &Db,
    config: &Config,
    id: ProposalId,
    rules: (i64, i64),
    words: impl Fn(i64, &str) -> SignOffWords,
    by: i64,
) -> AppResult<(i64, DecisionId)> {
    let mut tx = db.begin_write().await?;
    let frozen = frozen_on(&mut tx, id).await?;
    let content = serde_json::to_string(&frozen).map_err(anyhow::Error::from)?;
    let sha = sha256_hex(content.as_bytes());
    let number: i64 = sqlx::query(
        "SELECT COALESCE(MAX(number), 0) + 1 AS n FROM proposal_versions WHERE proposal_id = $1",
    )
    .bind(id)
    .fetch_one(&mut *tx)
    .await?
    .try_get("n")?;
    let t = now();
    let version_id: i64 = sqlx::query(
        "INSERT INTO proposal_versions (proposal_id, number, content, sha256, frozen_by, frozen_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(id)
    .bind(number)
    .bind(content)
    .bind(sha.clone())
    .bind(by)
    .bind(t)
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    let w = words(number, &sha);
    let new = NewDecision {
        title: w.title,
        proposal: w.proposal,
        opens_at: t,
        closes_at: t + rules.1 * 86_400,
        proposal_version_id: Some(version_id),
        ..NewDecision::default()
    };
    let decision = consortium::create_decision_on(&mut tx, config, &new, rules.0, Some(by)).await?;
    event_on(&mut tx, id, "frozen", Some(number), &sha, Some(by)).await?;
    tx.commit().await?;
    Ok((number, decision))
}

const VERSION_COLUMNS: &str = "v.id, v.number, v.content, v.sha256, v.frozen_at, v.submitted_at, v.funder_reference, v.requested_pence, \
     (SELECT MAX(d.id) FROM consortium_decisions d WHERE d.proposal_version_id = v.id) AS decision_id";

fn version_from_row(r: &sqlx::any::AnyRow) -> AppResult<Version> {
    Ok(Version {
        id: r.try_get("id")?,
        number: r.try_get("number")?,
        content: r.try_get("content")?,
        sha256: r.try_get("sha256")?,
        frozen_at: r.try_get("frozen_at")?,
        submitted_at: r.try_get("submitted_at")?,
        funder_reference: r.try_get("funder_reference")?,
        requested_pence: r.try_get("requested_pence")?,
        decision_id: r.try_get("decision_id")?,
    })
}

/// Every frozen version, newest first.
pub async fn versions(db: &Db, id: ProposalId) -> AppResult<Vec<Version>> {
    let sql = format!("SELECT {VERSION_COLUMNS} FROM proposal_versions v WHERE v.proposal_id = $1 ORDER BY v.number DESC");
    sqlx::query(&sql)
        .bind(id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(version_from_row)
        .collect()
}

pub async fn version(db: &Db, id: ProposalId, number: i64) -> AppResult<Option<Version>> {
    let sql = format!("SELECT {VERSION_COLUMNS} FROM proposal_versions v WHERE v.proposal_id = $1 AND v.number = $2");
    sqlx::query(&sql)
        .bind(id)
        .bind(number)
        .fetch_optional(&db.pool)
        .await?
        .as_ref()
        .map(version_from_row)
        .transpose()
}

/// Why a version could not be marked submitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubmitRefused {
    /// Its sign-off has not been agreed.
    NotSignedOff,
    /// Another version was already submitted.
    AlreadySubmitted,
}

/// Marks a signed-off version submitted on `submitted_at` with the funder's reference and
/// the amount requested; the answer becomes "awaiting decision". One transaction.
pub async fn submit(
    db: &Db,
    id: ProposalId,
    v: &Version,
    submitted_at: i64,
    reference: &str,
    requested_pence: i64,
    by: i64,
) -> AppResult<Result<(), SubmitRefused>> {
    let agreed = consortium::sign_off_result(db, v.id).await?;
    if !matches!(
        agreed,
        Some(Outcome::Agreed | Outcome::AgreedWithReservations)
    ) {
        return Ok(Err(SubmitRefused::NotSignedOff));
    }
    let mut tx = db.begin_write().await?;
    let already = sqlx::query(
        "SELECT 1 AS x FROM proposal_versions WHERE proposal_id = $1 AND submitted_at IS NOT NULL",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    if already.is_some() {
        return Ok(Err(SubmitRefused::AlreadySubmitted));
    }
    sqlx::query(
        "UPDATE proposal_versions SET submitted_at = $1, funder_reference = $2, requested_pence = $3 WHERE id = $4",
    )
    .bind(submitted_at)
    .bind(reference.to_string())
    .bind(requested_pence)
    .bind(v.id)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE proposals SET answer = 'awaiting', updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    event_on(
        &mut tx,
        id,
        "submitted",
        Some(v.number),
        reference,
        Some(by),
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// The funder's answer, as recorded.
#[derive(Clone, Debug)]
pub struct FunderAnswer {
    pub answer: Answer,
    pub award_pence: Option<i64>,
    pub conditions: String,
    pub start: Option<String>,
    pub feedback: String,
}

/// Records the funder's answer to the submitted version.
pub async fn record_answer(db: &Db, id: ProposalId, a: &FunderAnswer, by: i64) -> AppResult<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE proposals SET answer = $1, award_pence = $2, award_conditions = $3, award_start = $4, feedback = $5, answered_at = $6, updated_at = $6 WHERE id = $7",
    )
    .bind(a.answer.code())
    .bind(a.award_pence)
    .bind(a.conditions.clone())
    .bind(a.start.clone())
    .bind(a.feedback.clone())
    .bind(now())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    event_on(&mut tx, id, a.answer.code(), None, "", Some(by)).await?;
    if a.answer == Answer::Awarded {
        start_plan_on(&mut tx, id, a.start.as_deref()).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// An award starts the plan from the submitted version's "Outputs" section (see
/// `plan::model::start_plan_from_award_on`), in the award's transaction.
async fn start_plan_on(
    conn: &mut sqlx::AnyConnection,
    id: ProposalId,
    start: Option<&str>,
) -> AppResult<()> {
    let row = sqlx::query(
        "SELECT p.slug, v.content FROM proposals p JOIN proposal_versions v ON v.proposal_id = p.id \
         WHERE p.id = $1 AND v.submitted_at IS NOT NULL",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(()) };
    let slug: String = row.try_get("slug")?;
    let Ok(frozen) = serde_json::from_str::<Frozen>(&row.try_get::<String, _>("content")?) else {
        return Ok(());
    };
    let outputs = frozen
        .sections
        .iter()
        .find(|s| s.title.trim().to_lowercase().starts_with("output"));
    if let Some(section) = outputs {
        crate::plan::model::start_plan_from_award_on(
            conn,
            &slug,
            &frozen.title,
            &section.body,
            start,
        )
        .await?;
    }
    Ok(())
}
