//! Rows and queries of the organisations tables. This module holds the record type and its
//! reading (`find_*`, history); `save` creates and changes records (slugs, classifications,
//! the search index, revisions); `directory` is the filtered directory query; `submissions`
//! the "include my organisation" queue; `logo` the stored logo.

pub mod board;
pub mod bulk;
pub mod outreach;
pub mod tags;

mod directory;
mod keys;
mod logo;
mod save;
mod submissions;

pub use directory::*;
pub use keys::fill_missing_keys;
pub use logo::*;
pub use save::*;
pub use submissions::*;

use std::collections::HashMap;

use sqlx::Row;

use crate::error::{AppError, AppResult};
use crate::orgs::fields::OrgFields;
use crate::storage::Db;

crate::typed_id!(OrganisationId, "an organisation's record");

#[derive(Clone, Debug)]
pub struct Organisation {
    pub id: OrganisationId,
    pub uuid: String,
    pub slug: String,
    pub fields: OrgFields,
    pub is_demo: bool,
    pub created_at: i64,
    pub updated_at: i64,
    pub listed_at: Option<i64>,
    /// Merged into this other record.
    pub merged_into: Option<OrganisationId>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// Another organisation is already the lead network for that nation.
    LeadTaken,
}

pub(super) const COLUMNS: &str = "id, uuid, slug, name, other_names, description, website, email, phone, area_served, org_type, \
     charity_register, charity_number, lead_nation, register_status, listed, is_demo, created_at, updated_at, listed_at, merged_into";

/// Rows of `organisations` with their classifications, loaded in three queries for all.
pub(super) async fn from_rows(db: &Db, rows: &[sqlx::any::AnyRow]) -> AppResult<Vec<Organisation>> {
    let ids: Vec<i64> = rows
        .iter()
        .map(|r| r.try_get::<i64, _>("id"))
        .collect::<Result<_, _>>()?;
    let mut nations: HashMap<i64, Vec<String>> = HashMap::new();
    let mut characteristics: HashMap<i64, Vec<String>> = HashMap::new();
    let mut goals: HashMap<i64, Vec<i64>> = HashMap::new();
    let mut targets: HashMap<i64, Vec<String>> = HashMap::new();
    if !ids.is_empty() {
        let placeholders = (1..=ids.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let load = |sql: String| {
            let ids = ids.clone();
            async move {
                let mut q = sqlx::query(&sql);
                for id in ids {
                    q = q.bind(id);
                }
                q.fetch_all(&db.pool).await
            }
        };
        for r in load(format!("SELECT organisation_id, nation AS v FROM organisation_nations WHERE organisation_id IN ({placeholders}) ORDER BY nation")).await? {
            nations.entry(r.try_get("organisation_id")?).or_default().push(r.try_get("v")?);
        }
        for r in load(format!("SELECT organisation_id, characteristic AS v FROM organisation_characteristics WHERE organisation_id IN ({placeholders}) ORDER BY characteristic")).await? {
            characteristics.entry(r.try_get("organisation_id")?).or_default().push(r.try_get("v")?);
        }
        for r in load(format!("SELECT organisation_id, goal, target FROM organisation_sdgs WHERE organisation_id IN ({placeholders}) ORDER BY goal, target")).await? {
            let id: i64 = r.try_get("organisation_id")?;
            let target: String = r.try_get("target")?;
            if target.is_empty() {
                goals.entry(id).or_default().push(r.try_get("goal")?);
            } else {
                targets.entry(id).or_default().push(target);
            }
        }
    }
    rows.iter()
        .map(|r| {
            let id: i64 = r.try_get("id")?;
            Ok(Organisation {
                id: OrganisationId(id),
                uuid: r.try_get("uuid")?,
                slug: r.try_get("slug")?,
                fields: OrgFields {
                    name: r.try_get("name")?,
                    other_names: r.try_get("other_names")?,
                    description: r.try_get("description")?,
                    website: r.try_get("website")?,
                    email: r.try_get("email")?,
                    phone: r.try_get("phone")?,
                    area_served: r.try_get("area_served")?,
                    org_type: r.try_get("org_type")?,
                    charity_register: r.try_get("charity_register")?,
                    charity_number: r.try_get("charity_number")?,
                    lead_nation: r
                        .try_get::<Option<String>, _>("lead_nation")?
                        .unwrap_or_default(),
                    register_status: r.try_get("register_status")?,
                    listed: r.try_get::<i64, _>("listed")? != 0,
                    nations: nations.remove(&id).unwrap_or_default(),
                    characteristics: characteristics.remove(&id).unwrap_or_default(),
                    goals: goals.remove(&id).unwrap_or_default(),
                    targets: targets.remove(&id).unwrap_or_default(),
                },
                is_demo: r.try_get::<i64, _>("is_demo")? != 0,
                created_at: r.try_get("created_at")?,
                updated_at: r.try_get("updated_at")?,
                listed_at: r.try_get("listed_at")?,
                merged_into: r.try_get("merged_into")?,
            })
        })
        .collect()
}

pub async fn find_by_slug(db: &Db, slug: &str) -> AppResult<Option<Organisation>> {
    let sql = format!("SELECT {COLUMNS} FROM organisations WHERE slug = $1");
    match sqlx::query(&sql)
        .bind(slug.to_string())
        .fetch_optional(&db.pool)
        .await?
    {
        Some(r) => Ok(from_rows(db, std::slice::from_ref(&r)).await?.pop()),
        None => Ok(None),
    }
}

/// The current (not merged) record with this name, ignoring case.
pub async fn find_by_exact_name(db: &Db, name: &str) -> AppResult<Option<Organisation>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM organisations WHERE name_sort = $1 AND merged_into IS NULL ORDER BY id LIMIT 1"
    );
    match sqlx::query(&sql)
        .bind(name.trim().to_lowercase())
        .fetch_optional(&db.pool)
        .await?
    {
        Some(r) => Ok(from_rows(db, std::slice::from_ref(&r)).await?.pop()),
        None => Ok(None),
    }
}

/// The id of the current (not merged) record with this name, ignoring case, read on
/// `conn` (inside a caller's transaction, say).
pub async fn id_by_exact_name_on(
    conn: &mut sqlx::AnyConnection,
    name: &str,
) -> AppResult<Option<OrganisationId>> {
    let row = sqlx::query(
        "SELECT id FROM organisations WHERE name_sort = $1 AND merged_into IS NULL ORDER BY id LIMIT 1",
    )
    .bind(name.trim().to_lowercase())
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| r.try_get("id")).transpose()?)
}

pub async fn find_by_id(db: &Db, id: OrganisationId) -> AppResult<Option<Organisation>> {
    let sql = format!("SELECT {COLUMNS} FROM organisations WHERE id = $1");
    match sqlx::query(&sql).bind(id).fetch_optional(&db.pool).await? {
        Some(r) => Ok(from_rows(db, std::slice::from_ref(&r)).await?.pop()),
        None => Ok(None),
    }
}

/// The current fields of these records (ids not found are missing from the map).
pub async fn fields_of(
    db: &Db,
    ids: &[OrganisationId],
) -> AppResult<HashMap<OrganisationId, OrgFields>> {
    let mut all = HashMap::new();
    for chunk in ids.chunks(500) {
        let places = crate::storage::placeholders(&vec![""; chunk.len()]);
        let sql = format!("SELECT {COLUMNS} FROM organisations WHERE id IN ({places})");
        let mut query = sqlx::query(&sql);
        for id in chunk {
            query = query.bind(*id);
        }
        let rows = query.fetch_all(&db.pool).await?;
        for org in from_rows(db, &rows).await? {
            all.insert(org.id, org.fields);
        }
    }
    Ok(all)
}

/// A record's history, newest first: (id, author, summary, time, snapshot).
pub async fn revisions(
    db: &Db,
    org_id: OrganisationId,
) -> AppResult<Vec<(i64, String, String, i64, OrgFields)>> {
    let rows = sqlx::query(
        "SELECT id, author_name, summary, created_at, snapshot FROM organisation_revisions WHERE organisation_id = $1 ORDER BY id DESC",
    )
    .bind(org_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            let snapshot: String = r.try_get("snapshot")?;
            let fields: OrgFields =
                serde_json::from_str(&snapshot).map_err(|e| AppError::Internal(e.into()))?;
            Ok((
                r.try_get("id")?,
                r.try_get("author_name")?,
                r.try_get("summary")?,
                r.try_get("created_at")?,
                fields,
            ))
        })
        .collect()
}

/// An organisation named by its slug: listed ones for everyone, unlisted ones for
/// coordinators.
impl crate::http::PathRecord for Organisation {
    async fn load(
        state: &crate::state::AppState,
        ctx: &crate::http::RequestContext,
        key: &str,
    ) -> AppResult<Option<Organisation>> {
        Ok(find_by_slug(&state.db, key)
            .await?
            .filter(|o| o.fields.listed || ctx.is_coordinator()))
    }
}
