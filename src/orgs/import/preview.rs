//! The planner run over a whole file without writing anything: the preview's counts and
//! rows, the problem rows before an import, and `--dry-run`.

use super::file;
use super::job::{next_batch, BATCH};
use super::plan::{Counts, Planner, RowPlan};
use super::problems::Problem;
use super::settings::Settings;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::storage::Db;

/// Plans every row of `content`, handing each plan to `each`; returns the counts.
pub async fn walk(
    db: &Db,
    content: &str,
    settings: &Settings,
    lang: Lang,
    mut each: impl FnMut(RowPlan),
) -> AppResult<Counts> {
    let header = file::header(content);
    let mut planner = Planner::new(db, &header, settings.clone(), lang).await?;
    let mut rows = file::rows(content);
    let mut counts = Counts::default();
    loop {
        let batch = next_batch(&mut rows, BATCH);
        if batch.is_empty() {
            return Ok(counts);
        }
        for plan in planner.plan(db, batch).await? {
            counts.add(&plan.outcome);
            each(plan);
        }
    }
}

/// A page of the preview.
pub struct Preview {
    pub counts: Counts,
    /// The rows with the outcome asked for (all if none), from `offset`, at most `limit`.
    pub rows: Vec<RowPlan>,
    /// How many rows have that outcome.
    pub shown_of: usize,
}

pub async fn page(
    db: &Db,
    content: &str,
    settings: &Settings,
    lang: Lang,
    outcome: Option<&str>,
    offset: usize,
    limit: usize,
) -> AppResult<Preview> {
    let mut rows = Vec::new();
    let mut shown_of = 0;
    let counts = walk(db, content, settings, lang, |plan| {
        if outcome.is_none_or(|o| o == plan.outcome.code()) {
            if shown_of >= offset && rows.len() < limit {
                rows.push(plan);
            }
            shown_of += 1;
        }
    })
    .await?;
    Ok(Preview {
        counts,
        rows,
        shown_of,
    })
}

/// Every row the import would not apply, with why.
pub async fn problems(
    db: &Db,
    content: &str,
    settings: &Settings,
    lang: Lang,
) -> AppResult<(Counts, Vec<Problem>)> {
    let mut problems = Vec::new();
    let counts = walk(db, content, settings, lang, |plan| {
        problems.extend(Problem::from_plan(lang, &plan));
    })
    .await?;
    Ok((counts, problems))
}
