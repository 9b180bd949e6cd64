//! The proposals tables. `mod` holds a proposal (a bid to a funder and programme) and its
//! funder's answer; `sections` the sections that follow the funder's questions, each with
//! its word limit, owner, status, full history and comments; `budget` the budget lines and
//! their totals; `attachments` the funder's checklist and the files that meet it;
//! `versions` freezing a version (content and hash, with its sign-off decision, in one
//! transaction), submitting a signed-off version, and the bid's timeline.

mod attachments;
mod budget;
mod sections;
mod versions;

pub use attachments::*;
pub use budget::*;
pub use sections::*;
pub use versions::*;

use sqlx::Row;

use crate::error::AppResult;
use crate::storage::{now, Db};

crate::typed_id!(ProposalId, "a funding proposal");
crate::typed_id!(SectionId, "a section of a funding proposal");

crate::code_enum!(Answer, "the funder's answer", {
    Awaiting => "awaiting",
    Awarded => "awarded",
    Declined => "declined",
    Withdrawn => "withdrawn",
});

#[derive(Clone, Debug)]
pub struct Proposal {
    pub id: ProposalId,
    pub slug: String,
    pub title: String,
    pub funder: String,
    pub programme: String,
    pub summary: String,
    pub answer: Option<Answer>,
    pub award_pence: Option<i64>,
    pub award_conditions: String,
    pub award_start: Option<String>,
    pub feedback: String,
    pub answered_at: Option<i64>,
    pub is_example: bool,
    /// The number of its submitted version, if one was submitted.
    pub submitted_version: Option<i64>,
}

/// A section to create: its title, the funder's question, its word limit (0: none) and
/// any first text (saved as its first revision).
#[derive(Clone, Debug, Default)]
pub struct NewSection {
    pub title: String,
    pub question: String,
    pub word_limit: i64,
    pub body: String,
}

/// What a new proposal says.
#[derive(Clone, Debug, Default)]
pub struct NewProposal {
    pub title: String,
    pub funder: String,
    pub programme: String,
    pub summary: String,
}

const COLUMNS: &str = "p.id, p.slug, p.title, p.funder, p.programme, p.summary, p.answer, p.award_pence, p.award_conditions, p.award_start, p.feedback, p.answered_at, p.is_example, \
     (SELECT v.number FROM proposal_versions v WHERE v.proposal_id = p.id AND v.submitted_at IS NOT NULL) AS submitted_version";

fn from_row(r: &sqlx::any::AnyRow) -> AppResult<Proposal> {
    Ok(Proposal {
        id: r.try_get("id")?,
        slug: r.try_get("slug")?,
        title: r.try_get("title")?,
        funder: r.try_get("funder")?,
        programme: r.try_get("programme")?,
        summary: r.try_get("summary")?,
        answer: Answer::from_code(&r.try_get::<String, _>("answer")?),
        award_pence: r.try_get("award_pence")?,
        award_conditions: r.try_get("award_conditions")?,
        award_start: r.try_get("award_start")?,
        feedback: r.try_get("feedback")?,
        answered_at: r.try_get("answered_at")?,
        is_example: r.try_get::<i64, _>("is_example")? != 0,
        submitted_version: r.try_get("submitted_version")?,
    })
}

/// Creates a proposal with its sections (and any first text of each); returns its id. One
/// transaction.
pub async fn create_proposal(
    db: &Db,
    slug: &str,
    new: &NewProposal,
    sections: &[NewSection],
    is_example: bool,
    by: Option<i64>,
) -> AppResult<ProposalId> {
    let t = now();
    let mut tx = db.begin_write().await?;
    let id: ProposalId = sqlx::query(
        "INSERT INTO proposals (slug, title, funder, programme, summary, is_example, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(slug.to_string())
    .bind(new.title.clone())
    .bind(new.funder.clone())
    .bind(new.programme.clone())
    .bind(new.summary.clone())
    .bind(i64::from(is_example))
    .bind(by)
    .bind(t)
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    for (position, section) in sections.iter().enumerate() {
        let drafted = !section.body.is_empty();
        let section_id: i64 = sqlx::query(
            "INSERT INTO proposal_sections (proposal_id, position, title, question, word_limit, status, body, revision, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(id)
        .bind(i64::try_from(position).unwrap_or(i64::MAX))
        .bind(section.title.clone())
        .bind(section.question.clone())
        .bind(section.word_limit)
        .bind(if drafted { "drafting" } else { "not_started" })
        .bind(section.body.clone())
        .bind(i64::from(drafted))
        .bind(t)
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?;
        if drafted {
            sqlx::query(
                "INSERT INTO proposal_section_revisions (section_id, number, body, status, editor_id, created_at) VALUES ($1, 1, $2, 'drafting', $3, $4)",
            )
            .bind(section_id)
            .bind(section.body.clone())
            .bind(by)
            .bind(t)
            .execute(&mut *tx)
            .await?;
        }
    }
    event_on(&mut tx, id, "created", None, "", by).await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn find_proposal(db: &Db, slug: &str) -> AppResult<Option<Proposal>> {
    let sql = format!("SELECT {COLUMNS} FROM proposals p WHERE p.slug = $1");
    sqlx::query(&sql)
        .bind(slug.to_string())
        .fetch_optional(&db.pool)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

/// Every proposal, newest first.
pub async fn list_proposals(db: &Db) -> AppResult<Vec<Proposal>> {
    let sql = format!("SELECT {COLUMNS} FROM proposals p ORDER BY p.id DESC");
    sqlx::query(&sql)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

/// Whether a proposal already has this address.
pub async fn slug_taken(db: &Db, slug: &str) -> AppResult<bool> {
    Ok(sqlx::query("SELECT 1 AS x FROM proposals WHERE slug = $1")
        .bind(slug.to_string())
        .fetch_optional(&db.pool)
        .await?
        .is_some())
}

/// Adds an event to the bid's timeline, on `conn`.
pub(super) async fn event_on(
    conn: &mut sqlx::AnyConnection,
    id: ProposalId,
    kind: &str,
    version: Option<i64>,
    detail: &str,
    by: Option<i64>,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO proposal_events (proposal_id, kind, version, detail, actor_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(kind.to_string())
    .bind(version)
    .bind(detail.to_string())
    .bind(by)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// One event of the bid's timeline.
#[derive(Clone, Debug)]
pub struct Event {
    pub kind: String,
    pub version: Option<i64>,
    pub detail: String,
    pub actor: String,
    pub at: i64,
}

/// The bid's timeline, oldest first (one row from the database: see `storage::json_rows`).
pub async fn timeline(db: &Db, id: ProposalId) -> AppResult<Vec<Event>> {
    let sql = db.json_rows(
        "SELECT e.kind, e.version, e.detail, COALESCE(u.name, '') AS actor, e.created_at FROM proposal_events e \
         LEFT JOIN users u ON u.id = e.actor_id WHERE e.proposal_id = $1 ORDER BY e.id",
        &["kind", "version", "detail", "actor", "created_at"],
    );
    let row = sqlx::query(&sql).bind(id).fetch_one(&db.pool).await?;
    Ok(crate::storage::json_rows::rows_of(&row)?
        .iter()
        .map(|r| Event {
            kind: r.string(0),
            version: r.opt_i64(1),
            detail: r.string(2),
            actor: r.string(3),
            at: r.i64(4),
        })
        .collect())
}
