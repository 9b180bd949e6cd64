//! Bulk changes: one change (set the stage or owner, add a nation or a tag, list or unlist)
//! made to every record of a filtered outreach list, as a durable job. The records are the
//! ones the list showed when the change was asked for; each batch of [`BATCH`] commits its
//! records with the progress, so a restart resumes after the last whole batch; every record
//! logs the change in its own history (a revision for its fields, an outreach activity for
//! the pipeline and tags).

use serde::{Deserialize, Serialize};
use sqlx::Row;

use super::outreach::{self as om, OutreachStage};
use super::{fields_of, tags, update_in, OrganisationId};
use crate::error::AppResult;
use crate::jobs::{self, JobRun};
use crate::storage::{now, Db};

pub const JOB_KIND: &str = "orgs.bulk";
/// Records per transaction.
pub const BATCH: usize = 200;
/// The actions, by code.
pub const ACTIONS: [&str; 6] = ["stage", "owner", "nation", "tag", "listed", "unlisted"];

/// A bulk change as stored.
#[derive(Clone, Debug)]
pub struct BulkChange {
    pub id: i64,
    pub action: String,
    pub value: String,
    pub total: i64,
    pub done: i64,
    pub status: String,
    pub author_name: String,
}

#[derive(Serialize, Deserialize)]
struct Payload {
    change_id: i64,
    author_id: i64,
    summary: String,
}

/// Records the change for these records and queues its job, in one transaction; returns
/// its id. `summary` is the words each record's history shows.
pub async fn start(
    db: &Db,
    action: &str,
    value: &str,
    ids: &[OrganisationId],
    author: (i64, &str),
    summary: &str,
) -> AppResult<i64> {
    let ids_json = serde_json::to_string(&ids.iter().map(|i| i.0).collect::<Vec<_>>())
        .map_err(anyhow::Error::from)?;
    let mut tx = db.begin_write().await?;
    let id: i64 = sqlx::query(
        "INSERT INTO organisation_bulk_changes (action, value, ids, total, created_by, author_name, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(action.to_string())
    .bind(value.to_string())
    .bind(ids_json)
    .bind(i64::try_from(ids.len()).unwrap_or(i64::MAX))
    .bind(author.0)
    .bind(author.1.to_string())
    .bind(now())
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    let payload = serde_json::to_string(&Payload {
        change_id: id,
        author_id: author.0,
        summary: summary.to_string(),
    })
    .map_err(anyhow::Error::from)?;
    jobs::enqueue_in(&mut tx, JOB_KIND, &payload).await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn load(db: &Db, id: i64) -> AppResult<Option<BulkChange>> {
    let row = sqlx::query(
        "SELECT id, action, value, total, done, status, author_name FROM organisation_bulk_changes WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|r| {
        Ok(BulkChange {
            id: r.try_get("id")?,
            action: r.try_get("action")?,
            value: r.try_get("value")?,
            total: r.try_get("total")?,
            done: r.try_get("done")?,
            status: r.try_get("status")?,
            author_name: r.try_get("author_name")?,
        })
    })
    .transpose()
}

/// The job: applies the change from where it stopped.
pub async fn run_job(run: &JobRun) -> anyhow::Result<()> {
    let payload: Payload = serde_json::from_str(&run.job.payload)?;
    let db = &run.db;
    let row = sqlx::query("SELECT action, value, ids, done, status, author_name FROM organisation_bulk_changes WHERE id = $1")
        .bind(payload.change_id)
        .fetch_optional(&db.pool)
        .await?;
    let Some(row) = row else { return Ok(()) };
    if row.try_get::<String, _>("status")? != "running" {
        return Ok(());
    }
    let action: String = row.try_get("action")?;
    let value: String = row.try_get("value")?;
    let author_name: String = row.try_get("author_name")?;
    let ids: Vec<i64> = serde_json::from_str(&row.try_get::<String, _>("ids")?)?;
    let mut done = usize::try_from(row.try_get::<i64, _>("done")?).unwrap_or(0);
    let author = (payload.author_id, author_name.as_str());
    let today = crate::orgs::outreach::today();
    while done < ids.len() {
        let batch: Vec<OrganisationId> = ids[done..(done + BATCH).min(ids.len())]
            .iter()
            .map(|i| OrganisationId(*i))
            .collect();
        let current = fields_of(db, &batch).await?;
        let mut tx = db.begin_write().await?;
        for id in &batch {
            match action.as_str() {
                "stage" | "owner" => {
                    let mut pipeline = om::pipeline_on(&mut tx, *id).await?;
                    if action == "stage" {
                        pipeline.stage = OutreachStage::from_code(&value).unwrap_or(pipeline.stage);
                    } else {
                        pipeline.owner_id = value.parse().ok();
                    }
                    om::set_pipeline_on(&mut tx, *id, &pipeline).await?;
                    om::add_activity_on(&mut tx, *id, "other", &today, &payload.summary, author)
                        .await?;
                }
                "tag" => {
                    tags::add_in(&mut tx, *id, &value).await?;
                    om::add_activity_on(&mut tx, *id, "other", &today, &payload.summary, author)
                        .await?;
                }
                _ => {
                    let Some(before) = current.get(id) else {
                        continue;
                    };
                    let mut after = before.clone();
                    match action.as_str() {
                        "nation" if !after.nations.contains(&value) => {
                            after.nations.push(value.clone());
                            after.nations.sort();
                        }
                        "listed" => after.listed = true,
                        "unlisted" => after.listed = false,
                        _ => {}
                    }
                    if &after != before {
                        // A lead-network clash cannot arise: the lead role is never changed here.
                        let _ = update_in(
                            &mut tx,
                            db.backend,
                            *id,
                            &after,
                            (Some(author.0), author.1),
                            &payload.summary,
                        )
                        .await?;
                    }
                }
            }
        }
        done += batch.len();
        sqlx::query("UPDATE organisation_bulk_changes SET done = $1 WHERE id = $2")
            .bind(i64::try_from(done).unwrap_or(i64::MAX))
            .bind(payload.change_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        run.renew().await?;
    }
    sqlx::query(
        "UPDATE organisation_bulk_changes SET status = 'done', finished_at = $1 WHERE id = $2",
    )
    .bind(now())
    .bind(payload.change_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}
