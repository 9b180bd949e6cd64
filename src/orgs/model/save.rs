//! Creating and changing records: slugs, classifications, the search index and revisions.

use sqlx::Row;

use super::OrganisationId;
use crate::error::AppResult;
use crate::orgs::fields::OrgFields;
use crate::orgs::keys;
use crate::storage::{now, Db, WriteTx};

use super::SaveProblem;

/// Slugs that are paths of their own under /organisations.
const RESERVED: [&str; 6] = ["new", "add", "moderation", "oruk.json", "import", "board"];

/// A URL-safe slug for an organisation's name.
pub fn slugify(name: &str) -> String {
    crate::http::slug::slugify(name, "organisation")
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
    crate::storage::is_unique_violation(e, Some("lead_nation"))
}

/// Writes the record's classifications; `fresh` for a new record (nothing to remove).
async fn write_classifications(
    tx: &mut WriteTx,
    id: OrganisationId,
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
    id: OrganisationId,
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

async fn record_revision(
    tx: &mut WriteTx,
    id: OrganisationId,
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

/// The columns a record's fields fill, in the order [`bind_fields`] binds them: the fields
/// (`listed` is the twelfth), then the keys matching and de-duplication look records up by.
const FIELD_COLUMNS: [&str; 18] = [
    "name",
    "name_sort",
    "other_names",
    "description",
    "website",
    "email",
    "phone",
    "area_served",
    "org_type",
    "charity_register",
    "charity_number",
    "listed",
    "lead_nation",
    "register_status",
    "name_key",
    "website_key",
    "website_domain",
    "email_domain",
];
/// The first placeholder after the fields.
const AFTER_FIELDS: usize = FIELD_COLUMNS.len() + 1;

/// Binds `f` to the next placeholders, in [`FIELD_COLUMNS`] order: the one bind list
/// creating and updating share.
fn bind_fields<'q>(query: crate::storage::Query<'q>, f: &OrgFields) -> crate::storage::Query<'q> {
    query
        .bind(f.name.clone())
        .bind(f.name.to_lowercase())
        .bind(f.other_names.clone())
        .bind(f.description.clone())
        .bind(f.website.clone())
        .bind(f.email.clone())
        .bind(f.phone.clone())
        .bind(f.area_served.clone())
        .bind(f.org_type.clone())
        .bind(f.charity_register.clone())
        .bind(keys::charity_number(&f.charity_register, &f.charity_number))
        .bind(i64::from(f.listed))
        .bind((!f.lead_nation.is_empty()).then(|| f.lead_nation.clone()))
        .bind(f.register_status.clone())
        .bind(keys::name_key(&f.name))
        .bind(keys::website_key(&f.website).unwrap_or_default())
        .bind(keys::website_domain(&f.website).unwrap_or_default())
        .bind(keys::mail_domain(&f.email).unwrap_or_default())
}

/// [`create`] inside a caller's transaction; returns the id and slug.
pub async fn create_in(
    tx: &mut WriteTx,
    backend: crate::storage::Backend,
    f: &OrgFields,
    author: (Option<i64>, &str),
    summary: &str,
    is_demo: bool,
) -> AppResult<Result<(OrganisationId, String), SaveProblem>> {
    create_with_uuid_in(tx, backend, f, author, summary, is_demo, None).await
}

/// [`create_in`] keeping a given public id (an import of an export keeps its records'
/// ids), unless it is not a UUID or is taken, when a new one is made.
pub async fn create_with_uuid_in(
    tx: &mut WriteTx,
    backend: crate::storage::Backend,
    f: &OrgFields,
    author: (Option<i64>, &str),
    summary: &str,
    is_demo: bool,
    uuid: Option<&str>,
) -> AppResult<Result<(OrganisationId, String), SaveProblem>> {
    let mut public_id = uuid::Uuid::new_v4().to_string();
    if let Some(given) = uuid.and_then(|u| uuid::Uuid::parse_str(u.trim()).ok()) {
        let taken = sqlx::query("SELECT 1 AS x FROM organisations WHERE uuid = $1")
            .bind(given.to_string())
            .fetch_optional(&mut **tx)
            .await?;
        if taken.is_none() {
            public_id = given.to_string();
        }
    }
    let t = now();
    let slug = unique_slug(tx, &f.name).await?;
    // The fields, then uuid, slug, time and is_demo; $12 is `listed`.
    let (uuid_at, slug_at, time, demo) = (
        AFTER_FIELDS,
        AFTER_FIELDS + 1,
        AFTER_FIELDS + 2,
        AFTER_FIELDS + 3,
    );
    let sql = format!(
        "INSERT INTO organisations ({}, uuid, slug, created_at, updated_at, consent_at, listed_at, is_demo) \
         VALUES ({}, ${uuid_at}, ${slug_at}, ${time}, ${time}, CASE WHEN $12 = 1 THEN ${time} END, CASE WHEN $12 = 1 THEN ${time} END, ${demo}) \
         RETURNING id",
        FIELD_COLUMNS.join(", "),
        crate::storage::placeholders(&FIELD_COLUMNS)
    );
    let inserted = bind_fields(sqlx::query(&sql), f)
        .bind(public_id)
        .bind(slug.clone())
        .bind(t)
        .bind(i64::from(is_demo))
        .fetch_one(&mut **tx)
        .await;
    let id: OrganisationId = match inserted {
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
    id: OrganisationId,
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
    id: OrganisationId,
    f: &OrgFields,
    author: (Option<i64>, &str),
    summary: &str,
) -> AppResult<Result<(), SaveProblem>> {
    let t = now();
    // The fields, then the time and the id; $12 is `listed`.
    let (time, id_at) = (AFTER_FIELDS, AFTER_FIELDS + 1);
    let sql = format!(
        "UPDATE organisations SET {}, \
         consent_at = CASE WHEN $12 = 1 THEN COALESCE(consent_at, ${time}) ELSE NULL END, \
         listed_at = CASE WHEN $12 = 1 THEN COALESCE(listed_at, ${time}) ELSE NULL END, \
         updated_at = ${time} WHERE id = ${id_at}",
        crate::storage::assignments(&FIELD_COLUMNS)
    );
    let updated = bind_fields(sqlx::query(&sql), f)
        .bind(t)
        .bind(id)
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
