//! The budget: lines with a partner (a member organisation, or none for shared costs), an
//! item, a cost category, a year and an amount in pence (never negative: a CHECK in the
//! schema). Totals by partner, by year and overall are always computed from the lines, so
//! they cannot disagree; replacing the budget from a CSV file is one transaction.

use std::collections::BTreeMap;

use super::ProposalId;
use crate::consortium::model::MemberId;
use crate::error::AppResult;
use crate::storage::json_rows::rows_of;
use crate::storage::{now, Db};

crate::code_enum!(Category, "a budget line's cost category", {
    Staff => "staff",
    Activities => "activities",
    Venues => "venues",
    Access => "access",
    Travel => "travel",
    Equipment => "equipment",
    Overheads => "overheads",
    Other => "other",
});

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetLine {
    pub id: i64,
    pub member_id: Option<MemberId>,
    /// The partner's name ("" for costs shared by the consortium).
    pub partner: String,
    pub item: String,
    pub category: Category,
    pub year: i64,
    pub amount_pence: i64,
}

/// A line to add.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewLine {
    pub member_id: Option<MemberId>,
    pub item: String,
    pub category: Category,
    pub year: i64,
    pub amount_pence: i64,
}

/// The budget's totals.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Partner name ("" for shared costs) and its total, largest first.
    pub by_partner: Vec<(String, i64)>,
    pub by_year: Vec<(i64, i64)>,
    pub overall: i64,
}

/// The totals of `lines`.
pub fn totals(lines: &[BudgetLine]) -> Totals {
    let mut partners: BTreeMap<&str, i64> = BTreeMap::new();
    let mut years: BTreeMap<i64, i64> = BTreeMap::new();
    for l in lines {
        *partners.entry(l.partner.as_str()).or_default() += l.amount_pence;
        *years.entry(l.year).or_default() += l.amount_pence;
    }
    let mut by_partner: Vec<(String, i64)> = partners
        .into_iter()
        .map(|(p, n)| (p.to_string(), n))
        .collect();
    by_partner.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Totals {
        by_partner,
        by_year: years.into_iter().collect(),
        overall: lines.iter().map(|l| l.amount_pence).sum(),
    }
}

/// The budget's lines, by year (one row from the database: see `storage::json_rows`).
pub async fn budget_lines(db: &Db, proposal: ProposalId) -> AppResult<Vec<BudgetLine>> {
    let sql = db.json_rows(
        "SELECT b.id, b.member_id, COALESCE(o.name, '') AS partner, b.item, b.category, b.year, b.amount_pence FROM proposal_budget_lines b \
         LEFT JOIN consortium_members m ON m.id = b.member_id LEFT JOIN organisations o ON o.id = m.organisation_id \
         WHERE b.proposal_id = $1 ORDER BY b.year, b.id",
        &["id", "member_id", "partner", "item", "category", "year", "amount_pence"],
    );
    let row = sqlx::query(&sql).bind(proposal).fetch_one(&db.pool).await?;
    Ok(rows_of(&row)?
        .iter()
        .map(|r| BudgetLine {
            id: r.i64(0),
            member_id: r.opt_i64(1).map(MemberId),
            partner: r.string(2),
            item: r.string(3),
            category: Category::from_code(&r.string(4)).unwrap_or(Category::Other),
            year: r.i64(5),
            amount_pence: r.i64(6),
        })
        .collect())
}

async fn insert_on(
    conn: &mut sqlx::AnyConnection,
    proposal: ProposalId,
    line: &NewLine,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO proposal_budget_lines (proposal_id, member_id, item, category, year, amount_pence, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(proposal)
    .bind(line.member_id)
    .bind(line.item.clone())
    .bind(line.category.code())
    .bind(line.year)
    .bind(line.amount_pence)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn add_line(db: &Db, proposal: ProposalId, line: &NewLine) -> AppResult<()> {
    let mut conn = db.pool.acquire().await?;
    insert_on(&mut conn, proposal, line).await
}

/// Removes line `id`; false if the proposal has no such line.
pub async fn remove_line(db: &Db, proposal: ProposalId, id: i64) -> AppResult<bool> {
    let done = sqlx::query("DELETE FROM proposal_budget_lines WHERE id = $1 AND proposal_id = $2")
        .bind(id)
        .bind(proposal)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Replaces the whole budget with `lines` (a CSV file read and checked), in one transaction.
pub async fn replace_budget(db: &Db, proposal: ProposalId, lines: &[NewLine]) -> AppResult<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM proposal_budget_lines WHERE proposal_id = $1")
        .bind(proposal)
        .execute(&mut *tx)
        .await?;
    for line in lines {
        insert_on(&mut tx, proposal, line).await?;
    }
    tx.commit().await?;
    Ok(())
}
