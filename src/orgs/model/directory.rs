//! The directory query: filters, text search, sorting and pages.

use sqlx::Row;

use crate::error::AppResult;
use crate::storage::Db;

use super::{from_rows, Organisation, COLUMNS};

/// Directory filters; empty strings mean "any".
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct Filters {
    pub q: String,
    pub nation: String,
    pub characteristic: String,
    pub goal: String,
    pub org_type: String,
    /// `name` (default) or `newest`.
    pub sort: String,
    pub page: String,
    /// Coordinators only: `all` includes unlisted records.
    pub show: String,
}

pub const PAGE_SIZE: i64 = 25;

/// The directory: matching organisations for one page, and how many match in all.
pub async fn directory(
    db: &Db,
    filters: &Filters,
    include_unlisted: bool,
    limit: i64,
    offset: i64,
) -> AppResult<(Vec<Organisation>, i64)> {
    let mut conditions: Vec<String> = vec!["o.merged_into IS NULL".to_string()];
    let mut binds: Vec<String> = Vec::new();
    let bind = |value: String, binds: &mut Vec<String>| {
        binds.push(value);
        format!("${}", binds.len())
    };
    if !include_unlisted {
        conditions.push("o.listed = 1".into());
    }
    if !filters.nation.is_empty() {
        let p = bind(filters.nation.clone(), &mut binds);
        conditions.push(format!(
            "o.id IN (SELECT organisation_id FROM organisation_nations WHERE nation = {p})"
        ));
    }
    if !filters.characteristic.is_empty() {
        let p = bind(filters.characteristic.clone(), &mut binds);
        conditions.push(format!("o.id IN (SELECT organisation_id FROM organisation_characteristics WHERE characteristic = {p})"));
    }
    if let Ok(goal) = filters.goal.parse::<i64>() {
        // A parsed integer, so safe to write into the SQL; it lets the goal index be used.
        conditions.push(format!(
            "o.id IN (SELECT organisation_id FROM organisation_sdgs WHERE goal = {goal})"
        ));
    }
    if !filters.org_type.is_empty() {
        let p = bind(filters.org_type.clone(), &mut binds);
        conditions.push(format!("o.org_type = {p}"));
    }
    if let Some(query) = crate::search::match_query(db.backend, &filters.q) {
        let p = bind(query, &mut binds);
        conditions.push(match db.backend {
            crate::storage::Backend::Sqlite => {
                format!("o.id IN (SELECT rowid FROM organisation_search WHERE organisation_search MATCH {p})")
            }
            crate::storage::Backend::Postgres => format!(
                "o.id IN (SELECT organisation_id FROM organisation_search WHERE document @@ to_tsquery('coproduce_search', {p}))"
            ),
        });
    }
    let where_clause = if conditions.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", conditions.join(" AND "))
    };
    let order = if filters.sort == "newest" {
        "o.created_at DESC, o.id DESC"
    } else {
        "o.name_sort, o.id"
    };
    let count_sql = format!("SELECT COUNT(*) AS n FROM organisations o{where_clause}");
    let mut count_query = sqlx::query(&count_sql);
    for b in &binds {
        count_query = count_query.bind(b.clone());
    }
    let total: i64 = count_query.fetch_one(&db.pool).await?.try_get("n")?;
    let n = binds.len();
    let page_sql = format!(
        "SELECT {} FROM organisations o{where_clause} ORDER BY {order} LIMIT ${} OFFSET ${}",
        COLUMNS
            .split(", ")
            .map(|c| format!("o.{c}"))
            .collect::<Vec<_>>()
            .join(", "),
        n + 1,
        n + 2
    );
    let mut page_query = sqlx::query(&page_sql);
    for b in &binds {
        page_query = page_query.bind(b.clone());
    }
    let rows = page_query
        .bind(limit)
        .bind(offset)
        .fetch_all(&db.pool)
        .await?;
    Ok((from_rows(db, &rows).await?, total))
}
