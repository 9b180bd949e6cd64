//! `/reach`: whom the initiative has reached and whom it has not: organisations by nation
//! and protected characteristic, and by nation and SDG goal. Gaps are said in words, not
//! shown by colour alone, and an SVG chart sums it up beside the tables. Visitors count
//! listed organisations only; coordinators see every record, by pipeline stage.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use sqlx::Row;

use super::model::outreach::STAGES;
use crate::error::AppResult;
use crate::http::Ctx;
use crate::state::AppState;
use crate::storage::Db;
use crate::taxonomy::{self, NATIONS};
use crate::views::{render, Layout};

/// Counts per (row code, nation, stage).
type Counts = BTreeMap<(String, String, String), i64>;

async fn counts(db: &Db, join: &str, column: &str, include_unlisted: bool) -> AppResult<Counts> {
    let listed = if include_unlisted {
        "WHERE g.merged_into IS NULL AND g.register_status = ''"
    } else {
        "WHERE g.listed = 1 AND g.merged_into IS NULL AND g.register_status = ''"
    };
    let sql = format!(
        "SELECT CAST(x.{column} AS TEXT) AS code, n.nation, COALESCE(o.stage, 'identified') AS stage, COUNT(DISTINCT g.id) AS n \
         FROM organisations g JOIN organisation_nations n ON n.organisation_id = g.id \
         JOIN {join} x ON x.organisation_id = g.id \
         LEFT JOIN organisation_outreach o ON o.organisation_id = g.id {listed} \
         GROUP BY x.{column}, n.nation, COALESCE(o.stage, 'identified')"
    );
    let rows = sqlx::query(&sql).fetch_all(&db.pool).await?;
    let mut out = Counts::new();
    for r in rows {
        out.insert(
            (
                r.try_get("code")?,
                r.try_get("nation")?,
                r.try_get("stage")?,
            ),
            r.try_get("n")?,
        );
    }
    Ok(out)
}

/// One cell of a reach table.
pub struct Cell {
    pub total: i64,
    /// Non-zero stages, for coordinators: (stage label, count).
    pub stages: Vec<(String, i64)>,
}

pub struct Row2 {
    pub label: String,
    pub cells: Vec<Cell>,
}

#[derive(Template)]
#[template(path = "orgs/reach.html")]
struct ReachView {
    layout: Layout,
    coordinator: bool,
    nations: Vec<String>,
    by_characteristic: Vec<Row2>,
    by_goal: Vec<Row2>,
    nation_totals: Vec<(String, i64)>,
    max_total: i64,
}

impl ReachView {
    /// The width of a bar in the chart, out of 300.
    fn bar(&self, n: &i64) -> i64 {
        if self.max_total == 0 {
            0
        } else {
            n * 300 / self.max_total
        }
    }
}

fn rows(
    counts: &Counts,
    codes: Vec<(String, String)>,
    lang: crate::i18n::Lang,
    coordinator: bool,
) -> Vec<Row2> {
    codes
        .into_iter()
        .map(|(code, label)| Row2 {
            label,
            cells: NATIONS
                .iter()
                .map(|nation| {
                    let per_stage: Vec<(String, i64)> = STAGES
                        .iter()
                        .filter_map(|s| {
                            let n = counts
                                .get(&(code.clone(), nation.to_string(), s.to_string()))
                                .copied()
                                .unwrap_or(0);
                            (n > 0).then(|| {
                                (
                                    lang.t(&format!("outreach-stage-{}", s.replace('_', "-"))),
                                    n,
                                )
                            })
                        })
                        .collect();
                    Cell {
                        total: per_stage.iter().map(|(_, n)| n).sum(),
                        stages: if coordinator { per_stage } else { Vec::new() },
                    }
                })
                .collect(),
        })
        .collect()
}

pub async fn show(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let coordinator = ctx.is_coordinator();
    let lang = ctx.lang;
    let by_characteristic_counts = counts(
        &state.db,
        "organisation_characteristics",
        "characteristic",
        coordinator,
    )
    .await?;
    let by_goal_counts = counts(&state.db, "organisation_sdgs", "goal", coordinator).await?;
    let characteristic_codes = taxonomy::characteristics()
        .iter()
        .cloned()
        .chain(taxonomy::section75().iter().map(|c| format!("s75:{c}")))
        .map(|c| {
            let label = taxonomy::label(lang, "characteristic", &c);
            (c, label)
        })
        .collect();
    let goal_codes = (1..=17)
        .map(|g| (g.to_string(), taxonomy::label(lang, "goal", &g.to_string())))
        .collect();
    let listed = if coordinator {
        "WHERE g.merged_into IS NULL AND g.register_status = ''"
    } else {
        "WHERE g.listed = 1 AND g.merged_into IS NULL AND g.register_status = ''"
    };
    let totals_rows = sqlx::query(&format!(
        "SELECT n.nation, COUNT(DISTINCT g.id) AS n FROM organisations g JOIN organisation_nations n ON n.organisation_id = g.id {listed} GROUP BY n.nation"
    ))
    .fetch_all(&state.db.pool)
    .await?;
    let mut totals: BTreeMap<String, i64> = BTreeMap::new();
    for r in totals_rows {
        totals.insert(r.try_get("nation")?, r.try_get("n")?);
    }
    let nation_totals: Vec<(String, i64)> = NATIONS
        .iter()
        .map(|n| {
            (
                taxonomy::label(lang, "nation", n),
                totals.get(*n).copied().unwrap_or(0),
            )
        })
        .collect();
    let max_total = nation_totals.iter().map(|(_, n)| *n).max().unwrap_or(0);
    render(&ReachView {
        layout: Layout::new(&ctx, "reach-title").with_crumbs(&[("orgs-title", "/organisations")]),
        coordinator,
        nations: NATIONS
            .iter()
            .map(|n| taxonomy::label(lang, "nation", n))
            .collect(),
        by_characteristic: rows(
            &by_characteristic_counts,
            characteristic_codes,
            lang,
            coordinator,
        ),
        by_goal: rows(&by_goal_counts, goal_codes, lang, coordinator),
        nation_totals,
        max_total,
    })
}
