//! Milestones: an output's dated steps, marked done on a day; the lists the plan, its
//! timeline, its exports and the home page's "what's next" read (as one row each: a plan
//! has thousands).

use sqlx::Row;

use super::{MilestoneId, OutputId};
use crate::error::AppResult;
use crate::storage::json_rows::{rows_of, JsonRow};
use crate::storage::{now, Db};

#[derive(Clone, Debug)]
pub struct Milestone {
    pub id: MilestoneId,
    pub output_id: OutputId,
    pub output_title: String,
    pub title: String,
    pub due_on: String,
    pub done_on: Option<String>,
}

const MILESTONE_SELECT: &str =
    "SELECT m.id, m.output_id, o.title AS output_title, m.title, m.due_on, m.done_on \
     FROM plan_milestones m JOIN plan_outputs o ON o.id = m.output_id";

const MILESTONE_COLUMNS: &[&str] = &[
    "id",
    "output_id",
    "output_title",
    "title",
    "due_on",
    "done_on",
];

fn milestone_from(r: &JsonRow) -> Milestone {
    Milestone {
        id: MilestoneId(r.i64(0)),
        output_id: OutputId(r.i64(1)),
        output_title: r.string(2),
        title: r.string(3),
        due_on: r.string(4),
        done_on: r.opt_string(5),
    }
}

/// Milestones matching `condition`, read as one row (see `storage::json_rows`: a plan has
/// thousands).
async fn milestones_where(
    db: &Db,
    condition: &str,
    bind: Option<&str>,
) -> AppResult<Vec<Milestone>> {
    let sql = db.json_rows(
        &format!("{MILESTONE_SELECT} {condition}"),
        MILESTONE_COLUMNS,
    );
    let mut query = sqlx::query(&sql);
    if let Some(value) = bind {
        query = query.bind(value.to_string());
    }
    let row = query.fetch_one(&db.pool).await?;
    Ok(rows_of(&row)?.iter().map(milestone_from).collect())
}

/// An output's milestones, by due date.
pub async fn milestones(db: &Db, output: OutputId) -> AppResult<Vec<Milestone>> {
    milestones_where(
        db,
        &format!("WHERE m.output_id = {} ORDER BY m.due_on, m.id", output.0),
        None,
    )
    .await
}

/// Every milestone by its output, each output's by due date (for the timeline and the
/// exports).
pub async fn milestones_by_output(
    db: &Db,
) -> AppResult<std::collections::HashMap<OutputId, Vec<Milestone>>> {
    let mut by_output: std::collections::HashMap<OutputId, Vec<Milestone>> =
        std::collections::HashMap::new();
    for m in all_milestones(db).await? {
        by_output.entry(m.output_id).or_default().push(m);
    }
    Ok(by_output)
}

/// Every milestone, by due date (for the timeline).
pub async fn all_milestones(db: &Db) -> AppResult<Vec<Milestone>> {
    milestones_where(db, "ORDER BY m.due_on, m.id", None).await
}

/// The next `n` milestones not yet done, due on or after `today`.
pub async fn next_milestones(db: &Db, today: &str, n: i64) -> AppResult<Vec<Milestone>> {
    milestones_where(
        db,
        &format!("WHERE m.done_on IS NULL AND m.due_on >= $1 ORDER BY m.due_on, m.id LIMIT {n}"),
        Some(today),
    )
    .await
}

pub async fn add_milestone(
    db: &Db,
    output: OutputId,
    title: &str,
    due_on: &str,
) -> AppResult<MilestoneId> {
    let id = sqlx::query(
        "INSERT INTO plan_milestones (output_id, title, due_on, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(output)
    .bind(title.to_string())
    .bind(due_on.to_string())
    .bind(now())
    .fetch_one(&db.pool)
    .await?
    .try_get("id")?;
    Ok(id)
}

/// Marks a milestone of `output` done on `done_on`, or not done (`None`); false if the
/// output has no such milestone.
pub async fn set_milestone_done(
    db: &Db,
    output: OutputId,
    milestone: MilestoneId,
    done_on: Option<&str>,
) -> AppResult<bool> {
    let changed =
        sqlx::query("UPDATE plan_milestones SET done_on = $1 WHERE id = $2 AND output_id = $3")
            .bind(done_on.map(str::to_string))
            .bind(milestone)
            .bind(output)
            .execute(&db.pool)
            .await?
            .rows_affected();
    Ok(changed == 1)
}
