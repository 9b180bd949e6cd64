//! The organisation import as a durable job: a request stores the upload and starts the
//! import (queueing its job in the same transaction); a job worker runs it in batches of
//! [`BATCH`] rows per transaction, each committing its progress with its rows, and matches
//! existing records (same charity number, else the same name) so that importing again
//! updates them. A worker killed part-way leaves the job's lease to run out; the next
//! worker resumes after the last whole batch.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use sqlx::Row;

use super::duplicates::name_key;
use super::fields::{merge_fields, OrgFields};
use super::import::{parse, row_form, Mapping, FIELDS};
use super::import_rows::prepare;
use super::model;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::jobs::{self, JobRun};
use crate::orgs::model::OrganisationId;
use crate::storage::{now, Db};

/// Rows per transaction.
pub const BATCH: usize = 500;
/// The job kind.
pub const JOB_KIND: &str = "orgs.import";

/// Stores an upload; returns its id.
pub async fn store(db: &Db, user_id: i64, file_name: &str, content: &str) -> AppResult<i64> {
    let row = sqlx::query(
        "INSERT INTO organisation_imports (created_by, file_name, content, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(user_id)
    .bind(file_name.to_string())
    .bind(content.to_string())
    .bind(now())
    .fetch_one(&db.pool)
    .await?;
    Ok(row.try_get("id")?)
}

#[derive(Clone, Debug)]
pub struct ImportRow {
    pub id: i64,
    pub file_name: String,
    pub content: String,
    pub status: String,
    pub total: i64,
    pub done: i64,
    pub created: i64,
    pub updated: i64,
    pub skipped: i64,
}

pub async fn load(db: &Db, id: i64) -> AppResult<Option<ImportRow>> {
    let row = sqlx::query("SELECT id, file_name, content, status, total, done, created, updated, skipped FROM organisation_imports WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(|r| {
        Ok(ImportRow {
            id: r.try_get("id")?,
            file_name: r.try_get("file_name")?,
            content: r.try_get("content")?,
            status: r.try_get("status")?,
            total: r.try_get("total")?,
            done: r.try_get("done")?,
            created: r.try_get("created")?,
            updated: r.try_get("updated")?,
            skipped: r.try_get("skipped")?,
        })
    })
    .transpose()
}

/// Who started an import and the edit summary its records' revisions carry.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Started {
    pub import_id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub summary: String,
}

/// Marks an import as started (once) and queues the job that runs it, in one transaction;
/// false if it had already started.
pub async fn start(db: &Db, started: &Started, mapping: &Mapping, total: i64) -> AppResult<bool> {
    let mapping_json = serde_json::to_string(mapping).map_err(anyhow::Error::from)?;
    let payload = serde_json::to_string(started).map_err(anyhow::Error::from)?;
    let mut tx = db.begin_write().await?;
    let result = sqlx::query("UPDATE organisation_imports SET status = 'running', mapping = $1, total = $2 WHERE id = $3 AND status = 'uploaded'")
        .bind(mapping_json)
        .bind(total)
        .bind(started.import_id)
        .execute(&mut *tx)
        .await?;
    if result.rows_affected() != 1 {
        return Ok(false);
    }
    jobs::enqueue_in(&mut tx, JOB_KIND, &payload).await?;
    tx.commit().await?;
    Ok(true)
}

/// The column mapping as stored with the import (unknown field names are dropped).
fn stored_mapping(json: &str) -> Mapping {
    let named: HashMap<String, usize> = serde_json::from_str(json).unwrap_or_default();
    FIELDS
        .iter()
        .filter_map(|f| named.get(*f).map(|i| (*f, *i)))
        .collect()
}

/// The job: runs the import an earlier request started, from where it stopped if a
/// worker died part-way (each batch commits its progress with its rows).
pub async fn run_job(run: &JobRun) -> anyhow::Result<()> {
    let started: Started = serde_json::from_str(&run.job.payload)?;
    let id = started.import_id;
    let row =
        sqlx::query("SELECT status, content, mapping FROM organisation_imports WHERE id = $1")
            .bind(id)
            .fetch_optional(&run.db.pool)
            .await?;
    let Some(row) = row else {
        return Ok(()); // deleted since: nothing to do
    };
    if row.try_get::<String, _>("status")? != "running" {
        return Ok(());
    }
    let content: String = row.try_get("content")?;
    let mapping = stored_mapping(
        &row.try_get::<Option<String>, _>("mapping")?
            .unwrap_or_default(),
    );
    let (_, rows) = parse(&content);
    let outcome = run_rows(
        run.db.clone(),
        id,
        rows,
        mapping,
        (started.author_id, started.author_name),
        started.summary,
        Some(run),
    )
    .await;
    if let Err(e) = &outcome {
        if run.job.attempts >= jobs::queue::MAX_ATTEMPTS {
            tracing::error!(import = id, error = ?e, "organisation import failed");
            sqlx::query("UPDATE organisation_imports SET status = 'failed' WHERE id = $1")
                .bind(id)
                .execute(&run.db.pool)
                .await?;
        }
    }
    outcome.map_err(|e| anyhow::anyhow!("{e:?}"))
}

/// Imports the rows: creates new records, updates the ones already there. Each batch's
/// progress commits with its rows, so a run that stops part-way resumes after the last
/// whole batch. `job`, when given, has its lease renewed between batches.
pub async fn run_rows(
    db: Db,
    id: i64,
    rows: Vec<Result<Vec<String>, usize>>,
    mapping: Mapping,
    author: (i64, String),
    summary: String,
    job: Option<&JobRun>,
) -> AppResult<()> {
    let progress = sqlx::query(
        "SELECT done, created, updated, skipped FROM organisation_imports WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&db.pool)
    .await?;
    let (mut done, mut created, mut updated, mut skipped): (i64, i64, i64, i64) = (
        progress.try_get("done")?,
        progress.try_get("created")?,
        progress.try_get("updated")?,
        progress.try_get("skipped")?,
    );
    let resume_at = usize::try_from(done).unwrap_or(0).min(rows.len());
    let existing = sqlx::query("SELECT id, name, charity_register, charity_number FROM organisations WHERE merged_into IS NULL")
        .fetch_all(&db.pool)
        .await?;
    let mut by_charity: HashMap<(String, String), OrganisationId> = HashMap::new();
    let mut by_name: HashMap<String, OrganisationId> = HashMap::new();
    for r in &existing {
        let org_id: OrganisationId = r.try_get("id")?;
        let number: String = r.try_get("charity_number")?;
        if !number.is_empty() {
            by_charity.insert((r.try_get("charity_register")?, number), org_id);
        }
        by_name.insert(name_key(&r.try_get::<String, _>("name")?), org_id);
    }
    for chunk in rows[resume_at..].chunks(BATCH) {
        let mut tx = db.begin_write().await?;
        for row in chunk {
            done += 1;
            let Ok(cells) = row else {
                skipped += 1;
                continue;
            };
            let Some(fields) = prepare(row_form(cells, &mapping), Lang::En).fields else {
                skipped += 1;
                continue;
            };
            let matched = if fields.charity_number.is_empty() {
                None
            } else {
                by_charity
                    .get(&(
                        fields.charity_register.clone(),
                        fields.charity_number.clone(),
                    ))
                    .copied()
            }
            .or_else(|| by_name.get(&name_key(&fields.name)).copied());
            match matched {
                Some(org_id) => {
                    let current = current_fields(&mut tx, org_id).await?;
                    let merged: OrgFields = merge_fields(&fields, &current);
                    if model::update_in(
                        &mut tx,
                        db.backend,
                        org_id,
                        &merged,
                        (Some(author.0), &author.1),
                        &summary,
                    )
                    .await?
                    .is_ok()
                    {
                        updated += 1;
                    } else {
                        skipped += 1;
                    }
                }
                None => match model::create_in(
                    &mut tx,
                    db.backend,
                    &fields,
                    (Some(author.0), &author.1),
                    &summary,
                    false,
                )
                .await?
                {
                    Ok((org_id, _)) => {
                        created += 1;
                        by_name.insert(name_key(&fields.name), org_id);
                        if !fields.charity_number.is_empty() {
                            by_charity.insert(
                                (
                                    fields.charity_register.clone(),
                                    fields.charity_number.clone(),
                                ),
                                org_id,
                            );
                        }
                    }
                    Err(_) => skipped += 1,
                },
            }
        }
        sqlx::query("UPDATE organisation_imports SET done = $1, created = $2, updated = $3, skipped = $4 WHERE id = $5")
            .bind(done)
            .bind(created)
            .bind(updated)
            .bind(skipped)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        if let Some(job) = job {
            job.renew().await?;
        }
        tracing::info!(
            import = id,
            done,
            total = rows.len(),
            created,
            updated,
            skipped,
            "importing organisations"
        );
    }
    sqlx::query("UPDATE organisation_imports SET status = 'done', finished_at = $1, content = '' WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// A record's current fields (for updating it from an import), read inside the batch.
async fn current_fields(
    tx: &mut crate::storage::WriteTx,
    org_id: OrganisationId,
) -> AppResult<OrgFields> {
    let row = sqlx::query("SELECT snapshot FROM organisation_revisions WHERE organisation_id = $1 ORDER BY id DESC LIMIT 1")
        .bind(org_id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(match row {
        Some(r) => serde_json::from_str(&r.try_get::<String, _>("snapshot")?).unwrap_or_default(),
        None => OrgFields::default(),
    })
}
