//! Intended outcomes, outputs and milestones: rows, the lists the pages show, and writing
//! them. An output's change of status or progress writes its update in the same
//! transaction (see `updates`).

use sqlx::Row;

use super::{OutcomeId, OutputId, ProgressMode, Status};
use crate::error::AppResult;
use crate::storage::json_rows::{rows_of, JsonRow};
use crate::storage::{now, Db};

#[derive(Clone, Debug)]
pub struct Outcome {
    pub id: OutcomeId,
    pub title: String,
    pub description: String,
}

#[derive(Clone, Debug)]
pub struct Output {
    pub id: OutputId,
    pub outcome_id: Option<OutcomeId>,
    pub title: String,
    pub description: String,
    pub owner_org_id: Option<i64>,
    pub owner_org_name: String,
    pub owner_org_slug: String,
    pub owner_user_id: Option<i64>,
    pub owner_user_name: String,
    pub starts_on: Option<String>,
    pub due_on: Option<String>,
    /// As people set it; [`Output::shown_status`] adds "late" from the clock.
    pub status: Status,
    pub status_reason: String,
    pub progress_mode: ProgressMode,
    pub progress_percent: i64,
    pub milestones_total: i64,
    pub milestones_done: i64,
    pub source: String,
    pub updated_at: i64,
}

impl Output {
    /// The status to show on `today` (YYYY-MM-DD): late once the due date has passed
    /// without the output being done or dropped, whatever was last set. No job is needed.
    pub fn shown_status(&self, today: &str) -> Status {
        match &self.due_on {
            Some(due) if !self.status.is_closed() && due.as_str() < today => Status::Late,
            _ => self.status,
        }
    }

    /// Whether the clock, not a person, made it late.
    pub fn late_by_the_clock(&self, today: &str) -> bool {
        self.status != Status::Late && self.shown_status(today) == Status::Late
    }

    /// Progress, 0–100: the figure given, or the share of milestones done.
    pub fn progress(&self) -> i64 {
        match self.progress_mode {
            ProgressMode::Percent => self.progress_percent.clamp(0, 100),
            ProgressMode::Milestones if self.milestones_total > 0 => {
                self.milestones_done * 100 / self.milestones_total
            }
            ProgressMode::Milestones => 0,
        }
    }

    /// The owner's name, if there is one.
    pub fn owner(&self) -> Option<&str> {
        [&self.owner_org_name, &self.owner_user_name]
            .into_iter()
            .find(|n| !n.is_empty())
            .map(String::as_str)
    }
}

/// What a coordinator writes for an output.
#[derive(Clone, Debug, Default)]
pub struct OutputFields {
    pub outcome_id: Option<OutcomeId>,
    pub title: String,
    pub description: String,
    pub owner_org_id: Option<i64>,
    pub owner_user_id: Option<i64>,
    pub starts_on: Option<String>,
    pub due_on: Option<String>,
    pub status: Status,
    pub status_reason: String,
    pub progress_mode: ProgressMode,
    pub progress_percent: i64,
}

// `code_enum!` cannot mark a default variant, so these are written out.
#[allow(clippy::derivable_impls)]
impl Default for Status {
    fn default() -> Status {
        Status::NotStarted
    }
}

#[allow(clippy::derivable_impls)]
impl Default for ProgressMode {
    fn default() -> ProgressMode {
        ProgressMode::Milestones
    }
}

const OUTPUT_SELECT: &str = "SELECT o.id, o.outcome_id, o.title, o.description, o.owner_org_id, \
     COALESCE(org.name, '') AS owner_org_name, COALESCE(org.slug, '') AS owner_org_slug, o.owner_user_id, \
     COALESCE(u.name, '') AS owner_user_name, o.starts_on, o.due_on, o.status, o.status_reason, \
     o.progress_mode, o.progress_percent, o.source, o.updated_at, \
     (SELECT COUNT(*) FROM plan_milestones m WHERE m.output_id = o.id) AS milestones_total, \
     (SELECT COUNT(*) FROM plan_milestones m WHERE m.output_id = o.id AND m.done_on IS NOT NULL) AS milestones_done \
     FROM plan_outputs o LEFT JOIN organisations org ON org.id = o.owner_org_id \
     LEFT JOIN users u ON u.id = o.owner_user_id";

fn output_from_row(r: &sqlx::any::AnyRow) -> AppResult<Output> {
    Ok(Output {
        id: r.try_get("id")?,
        outcome_id: r.try_get("outcome_id")?,
        title: r.try_get("title")?,
        description: r.try_get("description")?,
        owner_org_id: r.try_get("owner_org_id")?,
        owner_org_name: r.try_get("owner_org_name")?,
        owner_org_slug: r.try_get("owner_org_slug")?,
        owner_user_id: r.try_get("owner_user_id")?,
        owner_user_name: r.try_get("owner_user_name")?,
        starts_on: r.try_get("starts_on")?,
        due_on: r.try_get("due_on")?,
        status: Status::from_code(&r.try_get::<String, _>("status")?).unwrap_or_default(),
        status_reason: r.try_get("status_reason")?,
        progress_mode: ProgressMode::from_code(&r.try_get::<String, _>("progress_mode")?)
            .unwrap_or_default(),
        progress_percent: r.try_get("progress_percent")?,
        milestones_total: r.try_get("milestones_total")?,
        milestones_done: r.try_get("milestones_done")?,
        source: r.try_get("source")?,
        updated_at: r.try_get("updated_at")?,
    })
}

const OUTPUT_COLUMNS: &[&str] = &[
    "id",
    "outcome_id",
    "title",
    "description",
    "owner_org_id",
    "owner_org_name",
    "owner_org_slug",
    "owner_user_id",
    "owner_user_name",
    "starts_on",
    "due_on",
    "status",
    "status_reason",
    "progress_mode",
    "progress_percent",
    "source",
    "updated_at",
    "milestones_total",
    "milestones_done",
];

fn output_from(r: &JsonRow) -> Output {
    Output {
        id: OutputId(r.i64(0)),
        outcome_id: r.opt_i64(1).map(OutcomeId),
        title: r.string(2),
        description: r.string(3),
        owner_org_id: r.opt_i64(4),
        owner_org_name: r.string(5),
        owner_org_slug: r.string(6),
        owner_user_id: r.opt_i64(7),
        owner_user_name: r.string(8),
        starts_on: r.opt_string(9),
        due_on: r.opt_string(10),
        status: Status::from_code(&r.string(11)).unwrap_or_default(),
        status_reason: r.string(12),
        progress_mode: ProgressMode::from_code(&r.string(13)).unwrap_or_default(),
        progress_percent: r.i64(14),
        source: r.string(15),
        updated_at: r.i64(16),
        milestones_total: r.i64(17),
        milestones_done: r.i64(18),
    }
}

/// Every output, in the plan's order (position, then due date, then id), read as one row.
pub async fn list_outputs(db: &Db) -> AppResult<Vec<Output>> {
    let sql = db.json_rows(
        &format!(
            "{OUTPUT_SELECT} ORDER BY o.position, CASE WHEN o.due_on IS NULL THEN 1 ELSE 0 END, o.due_on, o.id"
        ),
        OUTPUT_COLUMNS,
    );
    let row = sqlx::query(&sql).fetch_one(&db.pool).await?;
    Ok(rows_of(&row)?.iter().map(output_from).collect())
}

pub async fn find_output(db: &Db, id: OutputId) -> AppResult<Option<Output>> {
    let sql = format!("{OUTPUT_SELECT} WHERE o.id = $1");
    sqlx::query(&sql)
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
        .as_ref()
        .map(output_from_row)
        .transpose()
}

pub async fn list_outcomes(db: &Db) -> AppResult<Vec<Outcome>> {
    let rows =
        sqlx::query("SELECT id, title, description FROM plan_outcomes ORDER BY position, id")
            .fetch_all(&db.pool)
            .await?;
    rows.iter()
        .map(|r| {
            Ok(Outcome {
                id: r.try_get("id")?,
                title: r.try_get("title")?,
                description: r.try_get("description")?,
            })
        })
        .collect()
}

pub async fn create_outcome(db: &Db, title: &str, description: &str) -> AppResult<OutcomeId> {
    let id = sqlx::query(
        "INSERT INTO plan_outcomes (title, description, position, created_at) \
         VALUES ($1, $2, (SELECT COALESCE(MAX(position), 0) + 1 FROM plan_outcomes), $3) RETURNING id",
    )
    .bind(title.to_string())
    .bind(description.to_string())
    .bind(now())
    .fetch_one(&db.pool)
    .await?
    .try_get("id")?;
    Ok(id)
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Binds an output's fields as `$1`…`$11`, in the order the insert and the update name them.
fn bind_fields<'q>(query: AnyQuery<'q>, f: &OutputFields) -> AnyQuery<'q> {
    query
        .bind(f.outcome_id)
        .bind(f.title.clone())
        .bind(f.description.clone())
        .bind(f.owner_org_id)
        .bind(f.owner_user_id)
        .bind(f.starts_on.clone())
        .bind(f.due_on.clone())
        .bind(f.status.code())
        .bind(f.status_reason.clone())
        .bind(f.progress_mode.code())
        .bind(f.progress_percent)
}

/// Inserts an output on `conn` (inside the caller's transaction).
pub(super) async fn insert_output_on(
    conn: &mut sqlx::AnyConnection,
    f: &OutputFields,
    source: &str,
) -> AppResult<OutputId> {
    let t = now();
    let id = bind_fields(sqlx::query(
        "INSERT INTO plan_outputs (outcome_id, title, description, owner_org_id, owner_user_id, starts_on, due_on, \
         status, status_reason, progress_mode, progress_percent, source, position, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, \
         (SELECT COALESCE(MAX(position), 0) + 1 FROM plan_outputs), $13, $13) RETURNING id",
    ), f)
    .bind(source.to_string())
    .bind(t)
    .fetch_one(&mut *conn)
    .await?
    .try_get("id")?;
    Ok(id)
}

/// Adds an output with its first update ("added to the plan"), in one transaction;
/// `source` says where it came from ('' when written here, 'demo').
pub async fn create_output(
    db: &Db,
    f: &OutputFields,
    source: &str,
    by: (Option<i64>, &str),
    note: &str,
) -> AppResult<OutputId> {
    let mut tx = db.begin_write().await?;
    let id = insert_output_on(&mut tx, f, source).await?;
    super::updates::insert_update_on(&mut tx, id, f.status, f.progress_percent, note, by).await?;
    tx.commit().await?;
    Ok(id)
}

/// Rewrites an output; when its status or progress changed, the update that says so is
/// written in the same transaction.
pub async fn update_output(
    db: &Db,
    id: OutputId,
    f: &OutputFields,
    by: (Option<i64>, &str),
    note: &str,
) -> AppResult<bool> {
    let mut tx = db.begin_write().await?;
    let lock = db.for_update();
    let Some(before) = sqlx::query(&format!(
        "SELECT status, progress_percent FROM plan_outputs WHERE id = $1 {lock}"
    ))
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?
    else {
        return Ok(false);
    };
    bind_fields(sqlx::query(
        "UPDATE plan_outputs SET outcome_id = $1, title = $2, description = $3, owner_org_id = $4, owner_user_id = $5, \
         starts_on = $6, due_on = $7, status = $8, status_reason = $9, progress_mode = $10, progress_percent = $11, \
         updated_at = $12 WHERE id = $13",
    ), f)
    .bind(now())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let changed = before.try_get::<String, _>("status")? != f.status.code()
        || before.try_get::<i64, _>("progress_percent")? != f.progress_percent;
    if changed || !note.is_empty() {
        super::updates::insert_update_on(&mut tx, id, f.status, f.progress_percent, note, by)
            .await?;
    }
    tx.commit().await?;
    Ok(true)
}
