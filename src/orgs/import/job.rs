//! The organisation import as a durable job: a request stores the upload and starts the
//! import (queueing its job in the same transaction); a job worker runs it in batches of
//! [`BATCH`] rows, each batch's records, problem rows and progress committing together. A
//! worker killed part-way leaves the job's lease to run out; the next worker replays the
//! planner over the rows already done (writing nothing) and resumes after the last whole
//! batch. `coproduce import-organisations` runs the same [`run_import`] in the terminal.

use super::file::{self, FileRow};
use super::plan::{Counts, Outcome, Planner, RowPlan};
use super::problems;
use super::record::{self, ImportRecord};
use super::settings::Settings;
use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::jobs::{self, JobRun};
use crate::orgs::model;
use crate::storage::{now, Db, WriteTx};
use serde::{Deserialize, Serialize};

/// Rows per transaction.
pub const BATCH: usize = 500;
/// The job kind.
pub const JOB_KIND: &str = "orgs.import";

/// Who started an import, in which language its report is written, and the edit summary
/// its records' revisions carry.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Started {
    pub import_id: i64,
    pub author_id: Option<i64>,
    pub author_name: String,
    pub summary: String,
    #[serde(default)]
    pub lang: String,
}

/// Marks an import as started (once) with its settings and queues the job that runs it,
/// in one transaction; false if it had already started.
pub async fn start(db: &Db, started: &Started, settings: &Settings, total: i64) -> AppResult<bool> {
    let payload = serde_json::to_string(started).map_err(anyhow::Error::from)?;
    let mut tx = db.begin_write().await?;
    if !record::mark_running(&mut tx, started.import_id, settings, total).await? {
        return Ok(false);
    }
    jobs::enqueue_in(&mut tx, JOB_KIND, &payload).await?;
    tx.commit().await?;
    Ok(true)
}

/// The job: runs the import an earlier request started, from where it stopped if a
/// worker died part-way.
pub async fn run_job(run: &JobRun) -> anyhow::Result<()> {
    let started: Started = serde_json::from_str(&run.job.payload)?;
    let id = started.import_id;
    let Some(import) = record::load(&run.db, id).await? else {
        return Ok(()); // deleted since: nothing to do
    };
    if import.status != "running" {
        return Ok(());
    }
    let outcome = run_import(&run.db, &import, &started, Some(run), |_| {}).await;
    if let Err(e) = &outcome {
        if run.job.attempts >= jobs::queue::MAX_ATTEMPTS {
            tracing::error!(import = id, error = ?e, "organisation import failed");
            record::mark_failed(&run.db, id).await?;
        }
    }
    outcome.map(|_| ()).map_err(|e| anyhow::anyhow!("{e:?}"))
}

/// Progress after a batch: rows done, of how many, and the counts so far.
pub struct Progress {
    pub done: i64,
    pub total: i64,
    pub counts: Counts,
}

/// Imports the rows of a running import (see the module documentation); `job`, when
/// given, has its lease renewed between batches; `on_batch` hears the progress.
pub async fn run_import(
    db: &Db,
    import: &ImportRecord,
    started: &Started,
    job: Option<&JobRun>,
    mut on_batch: impl FnMut(&Progress),
) -> AppResult<Counts> {
    let lang = Lang::from_code(&started.lang).unwrap_or(Lang::En);
    let content = &import.content;
    let header = file::header(content);
    let mut planner =
        Planner::new(db, &header, Settings::from_json(&import.settings), lang).await?;
    let mut counts = import.counts;
    let mut done = import.done;
    let mut rows = file::rows(content);
    // Rows done by an earlier worker: planned again (writing nothing) so the planner
    // remembers them, as it did.
    let mut replay = usize::try_from(done).unwrap_or(0);
    while replay > 0 {
        let batch = next_batch(&mut rows, replay.min(BATCH));
        if batch.is_empty() {
            break;
        }
        replay -= batch.len();
        planner.plan(db, batch).await?;
    }
    loop {
        let batch = next_batch(&mut rows, BATCH);
        if batch.is_empty() {
            break;
        }
        let plans = planner.plan(db, batch).await?;
        let mut tx = db.begin_write().await?;
        for plan in &plans {
            apply(&mut tx, db, import.id, plan, started, lang).await?;
            counts.add(&plan.outcome);
        }
        done += i64::try_from(plans.len()).unwrap_or(0);
        record::save_progress(&mut tx, import.id, done, &counts).await?;
        tx.commit().await?;
        if let Some(job) = job {
            job.renew().await?;
        }
        tracing::info!(
            import = import.id,
            done,
            total = import.total,
            ?counts,
            "importing organisations"
        );
        on_batch(&Progress {
            done,
            total: import.total,
            counts,
        });
    }
    record::mark_done(db, import.id, &header).await?;
    Ok(counts)
}

/// The next `n` rows.
pub fn next_batch(rows: &mut impl Iterator<Item = FileRow>, n: usize) -> Vec<FileRow> {
    rows.take(n).collect()
}

/// Writes one row's plan: the record created or updated (with a private note of wordings
/// the value mapping did not know), or the row kept as a problem row.
async fn apply(
    tx: &mut WriteTx,
    db: &Db,
    import_id: i64,
    plan: &RowPlan,
    started: &Started,
    lang: Lang,
) -> AppResult<()> {
    let author = (started.author_id, started.author_name.as_str());
    let written = match (&plan.outcome, &plan.fields) {
        (Outcome::Create, Some(fields)) => {
            let uuid = (!plan.uuid.is_empty()).then_some(plan.uuid.as_str());
            model::create_with_uuid_in(
                tx,
                db.backend,
                fields,
                author,
                &started.summary,
                false,
                uuid,
            )
            .await?
            .ok()
            .map(|(id, _)| id)
        }
        (Outcome::Update { id, .. }, Some(fields)) => {
            model::update_in(tx, db.backend, *id, fields, author, &started.summary)
                .await?
                .ok()
                .map(|()| *id)
        }
        (Outcome::Unchanged(id), _) => {
            add_tags(tx, *id, &plan.tags).await?;
            None
        }
        (Outcome::Create | Outcome::Update { .. }, _) => None,
        (outcome, _) => {
            if let Outcome::LeftAlone { id: Some(id), .. } = outcome {
                add_tags(tx, *id, &plan.tags).await?;
            }
            let reason = problems::reason(lang, outcome);
            return problems::add_in(
                tx,
                import_id,
                plan.row,
                outcome.code(),
                &reason,
                &plan.cells,
            )
            .await;
        }
    };
    if let Some(id) = written {
        add_tags(tx, id, &plan.tags).await?;
    }
    if let (Some(id), false) = (written, plan.unmapped.is_empty()) {
        let body = lang.t_args(
            "import-note-unmapped-record",
            &[
                ("values", Arg::from(plan.unmapped.join(", "))),
                ("summary", Arg::from(started.summary.clone())),
            ],
        );
        sqlx::query("INSERT INTO organisation_notes (organisation_id, author_id, author_name, body, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(started.author_id)
            .bind(started.author_name.clone())
            .bind(body)
            .bind(now())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Tags the record (private labels; they change nothing public, so a listed record gets
/// them too).
async fn add_tags(tx: &mut WriteTx, id: model::OrganisationId, tags: &[String]) -> AppResult<()> {
    for tag in tags {
        model::tags::add_in(tx, id, tag).await?;
    }
    Ok(())
}
