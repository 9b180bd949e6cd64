//! Importing the plan's CSV rows (checked by `plan_csv`) in one transaction: outcomes
//! found by title or added, owners found by organisation name, outputs changed (an
//! existing id) or added, and milestones placed on an output by its id or by its
//! reference within the file.

use std::collections::HashMap;

use sqlx::Row;

use super::outputs::{insert_output_on, OutputFields};
use super::updates::insert_update_on;
use super::OutputId;
use crate::error::AppResult;
use crate::storage::{now, Db};

#[derive(Clone, Debug)]
pub struct ImportedOutput {
    /// The `output_id` cell as written (an existing id, a reference within the file, or empty).
    pub reference: String,
    /// The outcome's title (found or added), or empty.
    pub outcome: String,
    /// An organisation's name, or empty ("person" and unknown names leave no owner).
    pub owner: String,
    pub fields: OutputFields,
}

#[derive(Clone, Debug)]
pub struct ImportedMilestone {
    pub line: usize,
    pub reference: String,
    pub title: String,
    pub due_on: String,
    pub done_on: Option<String>,
}

#[derive(Debug, Default)]
pub struct Imported {
    pub added: usize,
    pub changed: usize,
    pub milestones: usize,
    /// Milestone rows whose output is neither in the plan nor in the file: their lines.
    pub unplaced: Vec<usize>,
}

async fn id_where(
    conn: &mut sqlx::AnyConnection,
    sql: &str,
    value: &str,
) -> AppResult<Option<i64>> {
    Ok(sqlx::query(sql)
        .bind(value.to_string())
        .fetch_optional(&mut *conn)
        .await?
        .map(|r| r.try_get("id"))
        .transpose()?)
}

/// The output whose id is `reference`, if it is a number and such an output exists.
async fn existing_output(
    conn: &mut sqlx::AnyConnection,
    reference: &str,
) -> AppResult<Option<i64>> {
    let Ok(n) = reference.parse::<i64>() else {
        return Ok(None);
    };
    Ok(sqlx::query("SELECT id FROM plan_outputs WHERE id = $1")
        .bind(n)
        .fetch_optional(&mut *conn)
        .await?
        .map(|r| r.try_get("id"))
        .transpose()?)
}

/// Imports the rows in one transaction, noting each output's import as an update.
pub async fn import_plan(
    db: &Db,
    outputs: &[ImportedOutput],
    milestones: &[ImportedMilestone],
    by: (Option<i64>, &str),
    note: &str,
) -> AppResult<Imported> {
    let mut tx = db.begin_write().await?;
    let mut done = Imported::default();
    let mut by_reference: HashMap<String, OutputId> = HashMap::new();
    for row in outputs {
        let mut fields = row.fields.clone();
        if !row.outcome.is_empty() {
            let found = id_where(
                &mut tx,
                "SELECT id FROM plan_outcomes WHERE title = $1",
                &row.outcome,
            )
            .await?;
            let id = match found {
                Some(id) => id,
                None => sqlx::query(
                    "INSERT INTO plan_outcomes (title, description, position, created_at) \
                     VALUES ($1, '', (SELECT COALESCE(MAX(position), 0) + 1 FROM plan_outcomes), $2) RETURNING id",
                )
                .bind(row.outcome.clone())
                .bind(now())
                .fetch_one(&mut *tx)
                .await?
                .try_get("id")?,
            };
            fields.outcome_id = Some(super::OutcomeId(id));
        }
        if !row.owner.is_empty() {
            fields.owner_org_id = id_where(
                &mut tx,
                "SELECT id FROM organisations WHERE name = $1",
                &row.owner,
            )
            .await?;
        }
        let existing = existing_output(&mut tx, &row.reference).await?;
        let id = match existing {
            Some(id) => {
                sqlx::query(
                    "UPDATE plan_outputs SET outcome_id = COALESCE($1, outcome_id), title = $2, description = $3, \
                     owner_org_id = COALESCE($4, owner_org_id), starts_on = $5, due_on = $6, status = $7, \
                     status_reason = $8, progress_mode = $9, progress_percent = $10, updated_at = $11 WHERE id = $12",
                )
                .bind(fields.outcome_id)
                .bind(fields.title.clone())
                .bind(fields.description.clone())
                .bind(fields.owner_org_id)
                .bind(fields.starts_on.clone())
                .bind(fields.due_on.clone())
                .bind(fields.status.code())
                .bind(fields.status_reason.clone())
                .bind(fields.progress_mode.code())
                .bind(fields.progress_percent)
                .bind(now())
                .bind(id)
                .execute(&mut *tx)
                .await?;
                done.changed += 1;
                OutputId(id)
            }
            None => {
                done.added += 1;
                insert_output_on(&mut tx, &fields, "import").await?
            }
        };
        insert_update_on(
            &mut tx,
            id,
            fields.status,
            fields.progress_percent,
            note,
            by,
        )
        .await?;
        if !row.reference.is_empty() {
            by_reference.insert(row.reference.clone(), id);
        }
    }
    for m in milestones {
        let output = match by_reference.get(&m.reference) {
            Some(id) => Some(*id),
            None => existing_output(&mut tx, &m.reference).await?.map(OutputId),
        };
        let Some(output) = output else {
            done.unplaced.push(m.line);
            continue;
        };
        // The same milestone again (a file exported and brought back): only its done date
        // is taken, so importing twice never doubles it.
        let same = sqlx::query(
            "UPDATE plan_milestones SET done_on = $1 WHERE output_id = $2 AND title = $3 AND due_on = $4",
        )
        .bind(m.done_on.clone())
        .bind(output)
        .bind(m.title.clone())
        .bind(m.due_on.clone())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if same == 0 {
            sqlx::query(
                "INSERT INTO plan_milestones (output_id, title, due_on, done_on, created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(output)
            .bind(m.title.clone())
            .bind(m.due_on.clone())
            .bind(m.done_on.clone())
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        done.milestones += 1;
    }
    tx.commit().await?;
    Ok(done)
}
