//! Rows and queries of the organisations tables: records with their classifications and
//! history, the directory query with its filters, and submissions.

use std::collections::HashMap;

use sqlx::Row;

use super::fields::OrgFields;
use crate::error::{AppError, AppResult};
use crate::storage::{now, Db, WriteTx};

#[derive(Clone, Debug)]
pub struct Organisation {
    pub id: i64,
    pub uuid: String,
    pub slug: String,
    pub fields: OrgFields,
    pub is_demo: bool,
    pub created_at: i64,
    pub updated_at: i64,
    pub listed_at: Option<i64>,
    /// Merged into this other record.
    pub merged_into: Option<i64>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// Another organisation is already the lead network for that nation.
    LeadTaken,
}

/// Slugs that are paths of their own under /organisations.
const RESERVED: [&str; 6] = ["new", "add", "moderation", "oruk.json", "import", "board"];

/// A URL-safe slug from a name ("Electoral Reform Society Cymru" → "electoral-reform-society-cymru").
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_matches('-').chars().take(80).collect::<String>();
    if slug.is_empty() {
        "organisation".to_string()
    } else {
        slug
    }
}

async fn unique_slug(tx: &mut WriteTx, name: &str) -> AppResult<String> {
    let base = slugify(name);
    for n in 1..1000 {
        let candidate = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        if RESERVED.contains(&candidate.as_str()) {
            continue;
        }
        let taken = sqlx::query("SELECT 1 AS x FROM organisations WHERE slug = $1")
            .bind(candidate.clone())
            .fetch_optional(&mut **tx)
            .await?;
        if taken.is_none() {
            return Ok(candidate);
        }
    }
    Ok(format!(
        "{base}-{}",
        crate::auth::secret::random_token()[..8].to_lowercase()
    ))
}

fn is_lead_violation(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .is_some_and(|d| d.is_unique_violation() && d.message().contains("lead_nation"))
        || e.as_database_error().is_some_and(|d| {
            d.is_unique_violation() && d.constraint() == Some("organisations_lead_nation")
        })
}

/// Writes the record's classifications; `fresh` for a new record (nothing to remove).
async fn write_classifications(
    tx: &mut WriteTx,
    id: i64,
    f: &OrgFields,
    fresh: bool,
) -> AppResult<()> {
    let tables = [
        "organisation_nations",
        "organisation_characteristics",
        "organisation_sdgs",
    ];
    for table in tables.iter().filter(|_| !fresh) {
        sqlx::query(&format!("DELETE FROM {table} WHERE organisation_id = $1"))
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    // One multi-row INSERT per table (a CSV import writes tens of thousands of these).
    let text_rows =
        |table: &str, column: &str, values: &[String]| -> Option<(String, Vec<String>)> {
            if values.is_empty() {
                return None;
            }
            let places: Vec<String> = (0..values.len())
                .map(|i| format!("($1, ${})", i + 2))
                .collect();
            Some((
                format!(
                    "INSERT INTO {table} (organisation_id, {column}) VALUES {}",
                    places.join(", ")
                ),
                values.to_vec(),
            ))
        };
    for (sql, values) in [
        text_rows("organisation_nations", "nation", &f.nations),
        text_rows(
            "organisation_characteristics",
            "characteristic",
            &f.characteristics,
        ),
    ]
    .into_iter()
    .flatten()
    {
        let mut query = sqlx::query(&sql).bind(id);
        for v in values {
            query = query.bind(v);
        }
        query.execute(&mut **tx).await?;
    }
    let sdgs: Vec<(i64, String)> = f
        .goals
        .iter()
        .map(|g| (*g, String::new()))
        .chain(f.targets.iter().map(|t| {
            (
                t.split('.')
                    .next()
                    .and_then(|g| g.parse().ok())
                    .unwrap_or(0),
                t.clone(),
            )
        }))
        .collect();
    if !sdgs.is_empty() {
        let places: Vec<String> = (0..sdgs.len())
            .map(|i| format!("($1, ${}, ${})", 2 * i + 2, 2 * i + 3))
            .collect();
        let sql = format!(
            "INSERT INTO organisation_sdgs (organisation_id, goal, target) VALUES {}",
            places.join(", ")
        );
        let mut query = sqlx::query(&sql).bind(id);
        for (goal, target) in sdgs {
            query = query.bind(goal).bind(target);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// Replaces the record's entry in the text-search index.
async fn index_search(
    tx: &mut WriteTx,
    backend: crate::storage::Backend,
    id: i64,
    f: &OrgFields,
    fresh: bool,
) -> AppResult<()> {
    match backend {
        crate::storage::Backend::Sqlite => {
            if !fresh {
                sqlx::query("DELETE FROM organisation_search WHERE rowid = $1")
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
            }
            sqlx::query("INSERT INTO organisation_search (rowid, name, other_names, description, area_served) VALUES ($1, $2, $3, $4, $5)")
                .bind(id)
                .bind(f.name.clone())
                .bind(f.other_names.clone())
                .bind(f.description.clone())
                .bind(f.area_served.clone())
                .execute(&mut **tx)
                .await?;
        }
        crate::storage::Backend::Postgres => {
            sqlx::query(
                "INSERT INTO organisation_search (organisation_id, document) VALUES ($1, \
                 setweight(to_tsvector('coproduce_search', $2), 'A') || to_tsvector('coproduce_search', $3)) \
                 ON CONFLICT (organisation_id) DO UPDATE SET document = excluded.document",
            )
            .bind(id)
            .bind(format!("{} {}", f.name, f.other_names))
            .bind(format!("{} {}", f.description, f.area_served))
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

/// The words of a search as a query for the backend's index: every word must match, the
/// last as a prefix; `None` when there are no words.
pub fn search_query(backend: crate::storage::Backend, text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(10)
        .map(str::to_lowercase)
        .collect();
    let last = words.len().checked_sub(1)?;
    let parts: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| match (backend, i == last) {
            (crate::storage::Backend::Sqlite, true) => format!("\"{w}\"*"),
            (crate::storage::Backend::Sqlite, false) => format!("\"{w}\""),
            (crate::storage::Backend::Postgres, true) => format!("'{w}':*"),
            (crate::storage::Backend::Postgres, false) => format!("'{w}'"),
        })
        .collect();
    Some(match backend {
        crate::storage::Backend::Sqlite => parts.join(" "),
        crate::storage::Backend::Postgres => parts.join(" & "),
    })
}

async fn record_revision(
    tx: &mut WriteTx,
    id: i64,
    f: &OrgFields,
    author: (Option<i64>, &str),
    summary: &str,
) -> AppResult<()> {
    let snapshot = serde_json::to_string(f).map_err(anyhow::Error::from)?;
    sqlx::query(
        "INSERT INTO organisation_revisions (organisation_id, author_id, author_name, summary, snapshot, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(author.0)
    .bind(author.1.to_string())
    .bind(summary.to_string())
    .bind(snapshot)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Creates a record; returns its slug.
pub async fn create(
    db: &Db,
    f: &OrgFields,
    author: (Option<i64>, &str),
    summary: &str,
    is_demo: bool,
) -> AppResult<Result<String, SaveProblem>> {
    let mut tx = db.begin_write().await?;
    let created = create_in(&mut tx, db.backend, f, author, summary, is_demo).await?;
    if created.is_ok() {
        tx.commit().await?;
    }
    Ok(created.map(|(_, slug)| slug))
}

/// [`create`] inside a caller's transaction; returns the id and slug.
pub async fn create_in(
    tx: &mut WriteTx,
    backend: crate::storage::Backend,
    f: &OrgFields,
    author: (Option<i64>, &str),
    summary: &str,
    is_demo: bool,
) -> AppResult<Result<(i64, String), SaveProblem>> {
    let t = now();
    let slug = unique_slug(tx, &f.name).await?;
    let inserted = sqlx::query(
        "INSERT INTO organisations (uuid, slug, name_sort, name, other_names, description, website, email, phone, area_served, \
         org_type, charity_register, charity_number, lead_nation, listed, consent_at, is_demo, created_at, updated_at, listed_at) \
         VALUES ($1, $2, $19, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17, $18) RETURNING id",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(slug.clone())
    .bind(f.name.clone())
    .bind(f.other_names.clone())
    .bind(f.description.clone())
    .bind(f.website.clone())
    .bind(f.email.clone())
    .bind(f.phone.clone())
    .bind(f.area_served.clone())
    .bind(f.org_type.clone())
    .bind(f.charity_register.clone())
    .bind(f.charity_number.clone())
    .bind((!f.lead_nation.is_empty()).then(|| f.lead_nation.clone()))
    .bind(i64::from(f.listed))
    .bind(f.listed.then_some(t))
    .bind(i64::from(is_demo))
    .bind(t)
    .bind(f.listed.then_some(t))
    .bind(f.name.to_lowercase())
    .fetch_one(&mut **tx)
    .await;
    let id: i64 = match inserted {
        Ok(row) => row.try_get("id")?,
        Err(e) if is_lead_violation(&e) => return Ok(Err(SaveProblem::LeadTaken)),
        Err(e) => return Err(e.into()),
    };
    write_classifications(tx, id, f, true).await?;
    index_search(tx, backend, id, f, true).await?;
    record_revision(tx, id, f, author, summary).await?;
    Ok(Ok((id, slug)))
}

/// Replaces a record's fields, keeping the old ones in its history.
pub async fn update(
    db: &Db,
    id: i64,
    f: &OrgFields,
    author: (Option<i64>, &str),
    summary: &str,
) -> AppResult<Result<(), SaveProblem>> {
    let mut tx = db.begin_write().await?;
    let updated = update_in(&mut tx, db.backend, id, f, author, summary).await?;
    if updated.is_ok() {
        tx.commit().await?;
    }
    Ok(updated)
}

/// [`update`] inside a caller's transaction.
pub async fn update_in(
    tx: &mut WriteTx,
    backend: crate::storage::Backend,
    id: i64,
    f: &OrgFields,
    author: (Option<i64>, &str),
    summary: &str,
) -> AppResult<Result<(), SaveProblem>> {
    let t = now();
    let updated = sqlx::query(
        "UPDATE organisations SET name = $1, name_sort = $15, other_names = $2, description = $3, website = $4, email = $5, phone = $6, \
         area_served = $7, org_type = $8, charity_register = $9, charity_number = $10, lead_nation = $11, listed = $12, \
         consent_at = CASE WHEN $12 = 1 THEN COALESCE(consent_at, $13) ELSE NULL END, \
         listed_at = CASE WHEN $12 = 1 THEN COALESCE(listed_at, $13) ELSE NULL END, updated_at = $13 WHERE id = $14",
    )
    .bind(f.name.clone())
    .bind(f.other_names.clone())
    .bind(f.description.clone())
    .bind(f.website.clone())
    .bind(f.email.clone())
    .bind(f.phone.clone())
    .bind(f.area_served.clone())
    .bind(f.org_type.clone())
    .bind(f.charity_register.clone())
    .bind(f.charity_number.clone())
    .bind((!f.lead_nation.is_empty()).then(|| f.lead_nation.clone()))
    .bind(i64::from(f.listed))
    .bind(t)
    .bind(id)
    .bind(f.name.to_lowercase())
    .execute(&mut **tx)
    .await;
    match updated {
        Ok(_) => {}
        Err(e) if is_lead_violation(&e) => return Ok(Err(SaveProblem::LeadTaken)),
        Err(e) => return Err(e.into()),
    }
    write_classifications(tx, id, f, false).await?;
    index_search(tx, backend, id, f, false).await?;
    record_revision(tx, id, f, author, summary).await?;
    Ok(Ok(()))
}

const COLUMNS: &str = "id, uuid, slug, name, other_names, description, website, email, phone, area_served, org_type, \
     charity_register, charity_number, lead_nation, listed, is_demo, created_at, updated_at, listed_at, merged_into";

/// Rows of `organisations` with their classifications, loaded in three queries for all.
async fn from_rows(db: &Db, rows: &[sqlx::any::AnyRow]) -> AppResult<Vec<Organisation>> {
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
                id,
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

pub async fn find_by_id(db: &Db, id: i64) -> AppResult<Option<Organisation>> {
    let sql = format!("SELECT {COLUMNS} FROM organisations WHERE id = $1");
    match sqlx::query(&sql).bind(id).fetch_optional(&db.pool).await? {
        Some(r) => Ok(from_rows(db, std::slice::from_ref(&r)).await?.pop()),
        None => Ok(None),
    }
}

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
    if let Some(query) = search_query(db.backend, &filters.q) {
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

/// A record's history, newest first: (id, author, summary, time, snapshot).
pub async fn revisions(
    db: &Db,
    org_id: i64,
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
    org_id: Option<i64>,
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

/// A record's logo: (content address, media type, text alternative); empty when none.
pub async fn logo(db: &Db, org_id: i64) -> AppResult<(String, String, String)> {
    let row = sqlx::query(
        "SELECT logo_sha256, logo_media_type, logo_alt FROM organisations WHERE id = $1",
    )
    .bind(org_id)
    .fetch_one(&db.pool)
    .await?;
    Ok((
        row.try_get("logo_sha256")?,
        row.try_get("logo_media_type")?,
        row.try_get("logo_alt")?,
    ))
}

pub async fn set_logo(
    db: &Db,
    org_id: i64,
    sha: &str,
    media_type: &str,
    alt: &str,
) -> AppResult<()> {
    sqlx::query("UPDATE organisations SET logo_sha256 = $1, logo_media_type = $2, logo_alt = $3, updated_at = $4 WHERE id = $5")
        .bind(sha.to_string())
        .bind(media_type.to_string())
        .bind(alt.to_string())
        .bind(now())
        .bind(org_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}
