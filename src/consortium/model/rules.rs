//! "The way we decide": quorum, what an objection does, who may block and what a block
//! does, and how long a decision stays open. Each agreed version is a new row that is never
//! changed, and each round of a decision names the version it was taken under, so a later
//! change of rules never rewrites a past result.

use sqlx::Row;

use crate::error::AppResult;
use crate::storage::{now, Db};

crate::code_enum!(ObjectionEffect, "what an objection does", {
    Noted => "noted",
    Share => "share",
});

crate::code_enum!(BlockBy, "who may block", {
    Members => "members",
    Leads => "leads",
    Nobody => "nobody",
});

crate::code_enum!(BlockEffect, "what a block does", {
    Stops => "stops",
    Objection => "objection",
});

/// One version of the rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rules {
    pub id: i64,
    pub terms: RuleTerms,
    pub agreed_on: String,
    pub created_at: i64,
}

/// The terms of a version of the rules, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleTerms {
    /// The share of deciding members (percent) whose stance is needed.
    pub quorum_percent: i64,
    pub objection_effect: ObjectionEffect,
    /// With `Share`: not agreed when objections reach this share (percent) of the stances.
    pub objection_percent: i64,
    pub block_by: BlockBy,
    pub block_effect: BlockEffect,
    /// How many days a decision stays open unless its proposer says otherwise.
    pub default_days: i64,
    /// The agreed wording (Markdown).
    pub body: String,
}

impl Default for RuleTerms {
    /// What the consortium starts with until it agrees its own: half the members, an
    /// objection noted, any member may block and a block stops the proposal, a week open.
    fn default() -> RuleTerms {
        RuleTerms {
            quorum_percent: 50,
            objection_effect: ObjectionEffect::Noted,
            objection_percent: 0,
            block_by: BlockBy::Members,
            block_effect: BlockEffect::Stops,
            default_days: 7,
            body: String::new(),
        }
    }
}

const COLUMNS: &str = "id, quorum_percent, objection_effect, objection_percent, block_by, block_effect, default_days, body, agreed_on, created_at";

fn from_row(r: &sqlx::any::AnyRow) -> AppResult<Rules> {
    let code = |name: &str| -> AppResult<String> { Ok(r.try_get::<String, _>(name)?) };
    Ok(Rules {
        id: r.try_get("id")?,
        terms: RuleTerms {
            quorum_percent: r.try_get("quorum_percent")?,
            objection_effect: ObjectionEffect::from_code(&code("objection_effect")?)
                .unwrap_or(ObjectionEffect::Noted),
            objection_percent: r.try_get("objection_percent")?,
            block_by: BlockBy::from_code(&code("block_by")?).unwrap_or(BlockBy::Members),
            block_effect: BlockEffect::from_code(&code("block_effect")?)
                .unwrap_or(BlockEffect::Stops),
            default_days: r.try_get("default_days")?,
            body: r.try_get("body")?,
        },
        agreed_on: r.try_get("agreed_on")?,
        created_at: r.try_get("created_at")?,
    })
}

/// The rules in force (the latest version), if any has been written.
pub async fn current_rules(db: &Db) -> AppResult<Option<Rules>> {
    let sql = format!("SELECT {COLUMNS} FROM consortium_rules ORDER BY id DESC LIMIT 1");
    sqlx::query(&sql)
        .fetch_optional(&db.pool)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

/// Version `id` of the rules.
pub async fn rules_version(db: &Db, id: i64) -> AppResult<Option<Rules>> {
    let sql = format!("SELECT {COLUMNS} FROM consortium_rules WHERE id = $1");
    sqlx::query(&sql)
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

/// Version `id`, read on `conn` (inside a transaction).
pub(super) async fn rules_on(conn: &mut sqlx::AnyConnection, id: i64) -> AppResult<Rules> {
    let sql = format!("SELECT {COLUMNS} FROM consortium_rules WHERE id = $1");
    from_row(&sqlx::query(&sql).bind(id).fetch_one(conn).await?)
}

/// Every version, newest first.
pub async fn rules_history(db: &Db) -> AppResult<Vec<Rules>> {
    let sql = format!("SELECT {COLUMNS} FROM consortium_rules ORDER BY id DESC");
    sqlx::query(&sql)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(from_row)
        .collect()
}

/// Records a new version of the rules, agreed on `agreed_on`; returns its id.
pub async fn save_rules(
    db: &Db,
    terms: &RuleTerms,
    agreed_on: &str,
    by: Option<i64>,
) -> AppResult<i64> {
    Ok(sqlx::query(
        "INSERT INTO consortium_rules (quorum_percent, objection_effect, objection_percent, block_by, block_effect, default_days, body, agreed_on, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(terms.quorum_percent)
    .bind(terms.objection_effect.code())
    .bind(terms.objection_percent)
    .bind(terms.block_by.code())
    .bind(terms.block_effect.code())
    .bind(terms.default_days)
    .bind(terms.body.clone())
    .bind(agreed_on.to_string())
    .bind(by)
    .bind(now())
    .fetch_one(&db.pool)
    .await?
    .try_get("id")?)
}
