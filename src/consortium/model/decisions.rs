//! Decisions put to the members: what is proposed, its background and documents, and its
//! rounds (opening and closing times, the rules version, the result once closed). Putting
//! a proposal makes round 1; reopening a closed decision makes the next round and keeps
//! the earlier ones with their stances. The register reads every decision with its latest
//! round and the count of each stance (kept on the round) as one row.

use sqlx::Row;

use super::{DecisionId, Outcome};
use crate::config::Config;
use crate::consortium::outcome::Tally;
use crate::error::AppResult;
use crate::storage::json_rows::rows_of;
use crate::storage::{now, Db};

#[derive(Clone, Debug)]
pub struct Decision {
    pub id: DecisionId,
    pub title: String,
    pub proposal: String,
    pub background: String,
    /// The frozen proposal version it is about (a sign-off), if any.
    pub proposal_version_id: Option<i64>,
    pub wiki_revision_id: Option<i64>,
    pub file_id: Option<i64>,
    /// The facilitator's outcome statement (Markdown).
    pub outcome: String,
    pub is_example: bool,
    pub created_at: i64,
}

/// One round of a decision.
#[derive(Clone, Debug)]
pub struct Round {
    pub decision_id: DecisionId,
    pub round: i64,
    pub rules_id: i64,
    pub opens_at: i64,
    pub closes_at: i64,
    pub result: Option<Outcome>,
    /// How many members could decide when it closed.
    pub eligible: i64,
    pub closed_at: Option<i64>,
    /// How many members gave each stance.
    pub tally: Tally,
}

impl Round {
    /// Open for stances at `now`.
    pub fn is_open(&self, now: i64) -> bool {
        self.closed_at.is_none() && self.opens_at <= now && now < self.closes_at
    }
}

/// A decision (its question, outcome and dates; not its text) with its latest round.
#[derive(Clone, Debug)]
pub struct RegisterEntry {
    pub decision: Decision,
    pub round: Round,
}

/// What a new decision says and when it is open.
#[derive(Clone, Debug, Default)]
pub struct NewDecision {
    pub title: String,
    pub proposal: String,
    pub background: String,
    pub opens_at: i64,
    pub closes_at: i64,
    pub proposal_version_id: Option<i64>,
    pub wiki_revision_id: Option<i64>,
    pub file_id: Option<i64>,
    pub is_example: bool,
}

const DECISION_COLUMNS: &str = "d.id, d.title, d.proposal, d.background, d.proposal_version_id, d.wiki_revision_id, d.file_id, d.outcome, d.is_example, d.created_at";
const ROUND_COLUMNS: &str = "r.decision_id, r.round, r.rules_id, r.opens_at, r.closes_at, r.result, r.eligible, r.closed_at, \
     r.consent_n, r.reservations_n, r.stand_aside_n, r.object_n, r.block_n";

fn decision_from_row(r: &sqlx::any::AnyRow) -> AppResult<Decision> {
    Ok(Decision {
        id: r.try_get("id")?,
        title: r.try_get("title")?,
        proposal: r.try_get("proposal")?,
        background: r.try_get("background")?,
        proposal_version_id: r.try_get("proposal_version_id")?,
        wiki_revision_id: r.try_get("wiki_revision_id")?,
        file_id: r.try_get("file_id")?,
        outcome: r.try_get("outcome")?,
        is_example: r.try_get::<i64, _>("is_example")? != 0,
        created_at: r.try_get("created_at")?,
    })
}

pub(super) fn round_from_row(r: &sqlx::any::AnyRow) -> AppResult<Round> {
    Ok(Round {
        decision_id: r.try_get("decision_id")?,
        round: r.try_get("round")?,
        rules_id: r.try_get("rules_id")?,
        opens_at: r.try_get("opens_at")?,
        closes_at: r.try_get("closes_at")?,
        result: r
            .try_get::<Option<String>, _>("result")?
            .and_then(|c| Outcome::from_code(&c)),
        eligible: r.try_get("eligible")?,
        closed_at: r.try_get("closed_at")?,
        tally: Tally {
            consent: r.try_get("consent_n")?,
            reservations: r.try_get("reservations_n")?,
            stand_aside: r.try_get("stand_aside_n")?,
            object: r.try_get("object_n")?,
            block: r.try_get("block_n")?,
        },
    })
}

/// Puts a proposal to the members under rules version `rules_id`: the decision and its
/// first round, and (when it opens now) the signatories' mail, in one transaction.
pub async fn create_decision(
    db: &Db,
    config: &Config,
    new: &NewDecision,
    rules_id: i64,
    by: Option<i64>,
) -> AppResult<DecisionId> {
    let mut tx = db.begin_write().await?;
    let id = create_decision_on(&mut tx, config, new, rules_id, by).await?;
    tx.commit().await?;
    Ok(id)
}

/// [`create_decision`] inside the caller's transaction (freezing a proposal opens its
/// sign-off in the same commit).
pub async fn create_decision_on(
    tx: &mut sqlx::AnyConnection,
    config: &Config,
    new: &NewDecision,
    rules_id: i64,
    by: Option<i64>,
) -> AppResult<DecisionId> {
    let id: DecisionId = sqlx::query(
        "INSERT INTO consortium_decisions (title, proposal, background, proposal_version_id, wiki_revision_id, file_id, is_example, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(new.title.clone())
    .bind(new.proposal.clone())
    .bind(new.background.clone())
    .bind(new.proposal_version_id)
    .bind(new.wiki_revision_id)
    .bind(new.file_id)
    .bind(i64::from(new.is_example))
    .bind(by)
    .bind(now())
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    insert_round_on(tx, config, id, 1, rules_id, new.opens_at, new.closes_at).await?;
    Ok(id)
}

async fn insert_round_on(
    tx: &mut sqlx::AnyConnection,
    config: &Config,
    id: DecisionId,
    round: i64,
    rules_id: i64,
    opens_at: i64,
    closes_at: i64,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO consortium_rounds (decision_id, round, rules_id, opens_at, closes_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(round)
    .bind(rules_id)
    .bind(opens_at)
    .bind(closes_at)
    .execute(&mut *tx)
    .await?;
    if opens_at <= now() {
        super::closing::mail_opened_on(tx, config, id, round).await?;
    }
    Ok(())
}

/// Why a decision could not be reopened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReopenRefused {
    /// Its latest round is still open (or not yet open).
    StillOpen,
}

/// Reopens a closed decision as a new round under `rules_id`; the earlier rounds stay as
/// they were. Returns the new round's number.
pub async fn reopen_decision(
    db: &Db,
    config: &Config,
    id: DecisionId,
    rules_id: i64,
    opens_at: i64,
    closes_at: i64,
) -> AppResult<Result<i64, ReopenRefused>> {
    let mut tx = db.begin_write().await?;
    let sql = format!(
        "SELECT round, closed_at FROM consortium_rounds WHERE decision_id = $1 ORDER BY round DESC LIMIT 1 {}",
        db.for_update()
    );
    let latest = sqlx::query(&sql).bind(id).fetch_one(&mut *tx).await?;
    if latest.try_get::<Option<i64>, _>("closed_at")?.is_none() {
        return Ok(Err(ReopenRefused::StillOpen));
    }
    let round = latest.try_get::<i64, _>("round")? + 1;
    insert_round_on(&mut tx, config, id, round, rules_id, opens_at, closes_at).await?;
    tx.commit().await?;
    Ok(Ok(round))
}

/// Saves the outcome statement.
pub async fn set_outcome_statement(db: &Db, id: DecisionId, text: &str) -> AppResult<()> {
    sqlx::query("UPDATE consortium_decisions SET outcome = $1 WHERE id = $2")
        .bind(text.to_string())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn find_decision(db: &Db, id: DecisionId) -> AppResult<Option<Decision>> {
    let sql = format!("SELECT {DECISION_COLUMNS} FROM consortium_decisions d WHERE d.id = $1");
    sqlx::query(&sql)
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .as_ref()
        .map(decision_from_row)
        .transpose()
}

/// Every round of a decision, latest first.
pub async fn rounds(db: &Db, id: DecisionId) -> AppResult<Vec<Round>> {
    let sql = format!(
        "SELECT {ROUND_COLUMNS} FROM consortium_rounds r WHERE r.decision_id = $1 ORDER BY r.round DESC"
    );
    sqlx::query(&sql)
        .bind(id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(round_from_row)
        .collect()
}

/// The register: every decision with its latest round and its count of stances, newest
/// first, read as one row (see `storage::json_rows`).
pub async fn register(db: &Db) -> AppResult<Vec<RegisterEntry>> {
    const COLUMNS: &[&str] = &[
        "id",
        "title",
        "outcome",
        "is_example",
        "created_at",
        "round",
        "rules_id",
        "opens_at",
        "closes_at",
        "result",
        "eligible",
        "closed_at",
        "consent_n",
        "reservations_n",
        "stand_aside_n",
        "object_n",
        "block_n",
    ];
    let sql = db.json_rows(
        "SELECT d.id, d.title, d.outcome, d.is_example, d.created_at, r.round, r.rules_id, r.opens_at, r.closes_at, r.result, r.eligible, r.closed_at, \
         r.consent_n, r.reservations_n, r.stand_aside_n, r.object_n, r.block_n FROM consortium_decisions d \
         JOIN consortium_rounds r ON r.decision_id = d.id \
         AND r.round = (SELECT MAX(x.round) FROM consortium_rounds x WHERE x.decision_id = d.id) \
         ORDER BY r.opens_at DESC, d.id DESC",
        COLUMNS,
    );
    let row = sqlx::query(&sql).fetch_one(&db.pool).await?;
    Ok(rows_of(&row)?
        .iter()
        .map(|r| {
            let id = DecisionId(r.i64(0));
            RegisterEntry {
                decision: Decision {
                    id,
                    title: r.string(1),
                    outcome: r.string(2),
                    is_example: r.i64(3) != 0,
                    created_at: r.i64(4),
                    proposal: String::new(),
                    background: String::new(),
                    proposal_version_id: None,
                    wiki_revision_id: None,
                    file_id: None,
                },
                round: Round {
                    decision_id: id,
                    round: r.i64(5),
                    rules_id: r.i64(6),
                    opens_at: r.i64(7),
                    closes_at: r.i64(8),
                    result: r.opt_string(9).and_then(|c| Outcome::from_code(&c)),
                    eligible: r.i64(10),
                    closed_at: r.opt_i64(11),
                    tally: Tally {
                        consent: r.i64(12),
                        reservations: r.i64(13),
                        stand_aside: r.i64(14),
                        object: r.i64(15),
                        block: r.i64(16),
                    },
                },
            }
        })
        .collect())
}

/// A wiki page revision given as a decision's document: its page title and link.
pub async fn wiki_revision_link(db: &Db, revision: i64) -> AppResult<Option<(String, String)>> {
    let row = sqlx::query(
        "SELECT p.title FROM wiki_revisions r JOIN wiki_pages p ON p.id = r.page_id WHERE r.id = $1",
    )
    .bind(revision)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| {
        let title: String = r.try_get("title")?;
        let href = crate::wiki::title::Title::parse(&title)
            .map(|t| format!("{}?oldid={revision}", t.href()))
            .unwrap_or_default();
        Ok((title, href))
    })
    .transpose()
}

/// The latest revision of each wiki page, by title, to choose a decision's document from.
pub async fn wiki_revision_choices(db: &Db) -> AppResult<Vec<(i64, String)>> {
    sqlx::query(
        "SELECT p.head_revision_id, p.title FROM wiki_pages p WHERE p.head_revision_id IS NOT NULL ORDER BY p.title LIMIT 2000",
    )
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| Ok((r.try_get("head_revision_id")?, r.try_get("title")?)))
    .collect()
}

/// Uploaded files by name, to choose a decision's document from: id and name.
pub async fn file_choices(db: &Db) -> AppResult<Vec<(i64, String)>> {
    sqlx::query("SELECT id, name FROM files ORDER BY name LIMIT 2000")
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("name")?)))
        .collect()
}

/// A file's name, for its link (`/files/{name}`).
pub async fn file_name(db: &Db, id: i64) -> AppResult<Option<String>> {
    let row = sqlx::query("SELECT name FROM files WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|r| Ok(r.try_get("name")?)).transpose()
}

/// The frozen proposal version a sign-off is about: its words and link.
pub async fn proposal_version_link(
    db: &Db,
    version_id: i64,
) -> AppResult<Option<(String, i64, String)>> {
    let row = sqlx::query(
        "SELECT p.title, p.slug, v.number FROM proposal_versions v JOIN proposals p ON p.id = v.proposal_id WHERE v.id = $1",
    )
    .bind(version_id)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| {
        let slug: String = r.try_get("slug")?;
        let number: i64 = r.try_get("number")?;
        Ok((
            r.try_get("title")?,
            number,
            format!("/proposals/{slug}/versions/{number}"),
        ))
    })
    .transpose()
}

/// The result of the latest round of the sign-off of proposal version `version_id`.
pub async fn sign_off_result(db: &Db, version_id: i64) -> AppResult<Option<Outcome>> {
    let row = sqlx::query(
        "SELECT r.result FROM consortium_decisions d JOIN consortium_rounds r ON r.decision_id = d.id \
         WHERE d.proposal_version_id = $1 ORDER BY d.id DESC, r.round DESC LIMIT 1",
    )
    .bind(version_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row
        .and_then(|r| r.try_get::<Option<String>, _>("result").ok().flatten())
        .and_then(|c| Outcome::from_code(&c)))
}
