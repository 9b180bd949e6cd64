//! Problem rows: every row an import refused, left alone or left for a choice, with the
//! reason in words. The preview lists them from the planner; a running or finished import
//! keeps them (each batch's with its records); either way they download as the file's own
//! columns plus "Outcome" and "Reason", to fix in a spreadsheet and import again.

use sqlx::Row;

use super::plan::{Outcome, RowPlan};
use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::storage::{Db, WriteTx};

/// A problem row: its number, outcome code, reason and cells.
#[derive(Clone, Debug)]
pub struct Problem {
    pub row: usize,
    pub outcome: String,
    pub reason: String,
    pub cells: Vec<String>,
}

impl Problem {
    pub fn from_plan(lang: Lang, plan: &RowPlan) -> Option<Problem> {
        matches!(
            plan.outcome,
            Outcome::Refused(_) | Outcome::LeftAlone { .. } | Outcome::Ask { .. }
        )
        .then(|| Problem {
            row: plan.row,
            outcome: plan.outcome.code().to_string(),
            reason: reason(lang, &plan.outcome),
            cells: plan.cells.clone(),
        })
    }
}

/// Why a row was not applied, in words.
pub fn reason(lang: Lang, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Refused(reasons) => reasons.join("; "),
        Outcome::LeftAlone { reason, .. } => lang.t(reason),
        Outcome::Ask {
            records,
            earlier_row,
            reason,
        } => lang.t_args(
            reason,
            &[
                (
                    "row",
                    Arg::from(earlier_row.map_or(0, |r| i64::try_from(r).unwrap_or(0))),
                ),
                (
                    "names",
                    Arg::from(
                        records
                            .iter()
                            .map(|(_, n)| n.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                ),
            ],
        ),
        _ => String::new(),
    }
}

/// Keeps a problem row, inside the batch's transaction (a replayed batch adds nothing).
pub async fn add_in(
    tx: &mut WriteTx,
    import_id: i64,
    row: usize,
    outcome: &str,
    reason: &str,
    cells: &[String],
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO organisation_import_problems (import_id, line, outcome, reason, cells) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (import_id, line) DO NOTHING",
    )
    .bind(import_id)
    .bind(i64::try_from(row).unwrap_or(i64::MAX))
    .bind(outcome.to_string())
    .bind(reason.to_string())
    .bind(serde_json::to_string(cells).map_err(anyhow::Error::from)?)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The problem rows an import kept, in row order.
pub async fn stored(db: &Db, import_id: i64) -> AppResult<Vec<Problem>> {
    sqlx::query("SELECT line, outcome, reason, cells FROM organisation_import_problems WHERE import_id = $1 ORDER BY line")
        .bind(import_id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(Problem {
                row: usize::try_from(r.try_get::<i64, _>("line")?).unwrap_or(0),
                outcome: r.try_get("outcome")?,
                reason: r.try_get("reason")?,
                cells: serde_json::from_str(&r.try_get::<String, _>("cells")?).unwrap_or_default(),
            })
        })
        .collect()
}

/// The problem rows as CSV text: the file's header and cells, then the row number, the
/// outcome and the reason.
pub fn to_csv(lang: Lang, header: &[String], problems: &[Problem]) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(crate::http::download::BOM.to_vec());
    let mut head: Vec<String> = header.to_vec();
    head.extend([
        lang.t("import-problems-row"),
        lang.t("import-problems-outcome"),
        lang.t("import-problems-reason"),
    ]);
    writer.write_record(head.iter().map(|c| crate::http::download::neutralise(c)))?;
    for p in problems {
        let mut cells: Vec<String> = (0..header.len())
            .map(|i| p.cells.get(i).cloned().unwrap_or_default())
            .collect();
        cells.push(p.row.to_string());
        cells.push(lang.t(&format!("import-outcome-{}", p.outcome.replace('_', "-"))));
        cells.push(p.reason.clone());
        writer.write_record(cells.iter().map(|c| crate::http::download::neutralise(c)))?;
    }
    writer.into_inner().map_err(|e| anyhow::anyhow!("csv: {e}"))
}
