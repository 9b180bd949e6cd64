//! What we heard, `/consultations/{slug}/analysis`: where people commented (a heat strip
//! of the document, one cell per part shaded by its number of comments, with the same
//! numbers as a table), how many comments and answers carry each theme, the answers to
//! each choice question, and how respondents described themselves — counts only, with
//! small numbers suppressed as the events' monitoring does.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use super::model::{self, Consultation, QuestionKind};
use super::read::{phase_text, visible};
use crate::error::AppResult;
use crate::events::monitoring::{suppress, Cell};
use crate::http::{Ctx, RequestContext};
use crate::state::AppState;
use crate::taxonomy;
use crate::views::{render, Layout};

/// One part of the document in the heat strip and its table.
pub struct StripCell {
    pub block_id: i64,
    pub part: usize,
    pub count: i64,
    /// 0 (none) to 4 (the most commented).
    pub level: i64,
    pub opening: String,
}

/// The heat strip's cells, from the current version's blocks and their comment counts.
pub fn strip(blocks: &[model::VersionBlock], counts: &HashMap<i64, i64>) -> Vec<StripCell> {
    let most = counts.values().copied().max().unwrap_or(0);
    blocks
        .iter()
        .enumerate()
        .map(|(n, b)| {
            let count = counts.get(&b.block_id).copied().unwrap_or(0);
            let level = if count == 0 || most == 0 {
                0
            } else {
                1 + (3 * count) / most.max(1)
            }
            .min(4);
            let opening = super::blocks::opening_words(&b.text);
            StripCell {
                block_id: b.block_id,
                part: n + 1,
                count,
                level,
                opening,
            }
        })
        .collect()
}

/// A question's answers counted.
pub struct QuestionCounts {
    pub prompt: String,
    /// (answer, count); for free text only the number answered.
    pub rows: Vec<(String, i64)>,
    pub answered: i64,
}

/// A self-description question's published counts (None: too few to show).
pub struct ProfileTable {
    pub title: String,
    pub rows: Option<Vec<(String, String)>>,
}

#[derive(Template)]
#[template(path = "consultations/analysis.html")]
struct AnalysisView {
    layout: Layout,
    c: Consultation,
    phase: String,
    cells: Vec<StripCell>,
    comments: i64,
    responses: i64,
    themes: Vec<model::Theme>,
    questions: Vec<QuestionCounts>,
    profile: Vec<ProfileTable>,
    coordinator: bool,
}

fn profile_table(
    ctx: &RequestContext,
    counts: &[(String, String, i64)],
    question: &str,
    codes: &[&'static str],
    kind: &str,
) -> ProfileTable {
    let rows: Vec<(&'static str, i64)> = codes
        .iter()
        .map(|code| {
            let n = counts
                .iter()
                .find(|(q, a, _)| q == question && a == code)
                .map(|(_, _, n)| *n)
                .unwrap_or(0);
            (*code, n)
        })
        .collect();
    ProfileTable {
        title: ctx.lang.t(&format!("consult-analysis-{question}")),
        rows: suppress(&rows).map(|cells| {
            cells
                .into_iter()
                .map(|(code, cell)| {
                    let shown = match cell {
                        Cell::Count(n) => n.to_string(),
                        Cell::Suppressed => ctx.lang.t("consult-suppressed"),
                    };
                    (taxonomy::label(ctx.lang, kind, code), shown)
                })
                .collect()
        }),
    }
}

/// `GET /consultations/{slug}/analysis`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let counts = model::comment_counts(&state.db, c.id).await?;
    let blocks = match c.current_version {
        Some(v) => model::version_blocks(&state.db, c.id, v).await?,
        None => Vec::new(),
    };
    let answers = model::public_answers(&state.db, c.id).await?;
    let questions = model::questions(&state.db, c.id)
        .await?
        .into_iter()
        .map(|q| {
            let given: Vec<&str> = answers
                .iter()
                .filter(|a| a.question_id == q.id)
                .map(|a| a.value.as_str())
                .collect();
            let rows = match q.kind {
                QuestionKind::Text => Vec::new(),
                _ => q
                    .choices()
                    .into_iter()
                    .map(|choice| {
                        let n = given
                            .iter()
                            .filter(|v| v.lines().any(|l| l == choice))
                            .count();
                        let words = match q.kind {
                            QuestionKind::Scale => ctx.lang.t(&format!("consult-scale-{choice}")),
                            _ => choice,
                        };
                        (words, i64::try_from(n).unwrap_or(0))
                    })
                    .collect(),
            };
            QuestionCounts {
                prompt: q.prompt,
                rows,
                answered: i64::try_from(given.len()).unwrap_or(0),
            }
        })
        .collect();
    let profile_counts = model::profile_counts(&state.db, c.id).await?;
    let groups: Vec<&'static str> = taxonomy::characteristics()
        .iter()
        .map(String::as_str)
        .collect();
    let profile = vec![
        profile_table(
            &ctx,
            &profile_counts,
            "nation",
            &taxonomy::NATIONS,
            "nation",
        ),
        profile_table(&ctx, &profile_counts, "group", &groups, "characteristic"),
    ];
    let title = ctx.lang.t_args(
        "consult-analysis-title",
        &[("title", c.fields.title.clone().into())],
    );
    render(&AnalysisView {
        layout: Layout::titled(&ctx, title).with_crumbs(&[("consult-title", "/consultations")]),
        phase: phase_text(&ctx, &c),
        cells: strip(&blocks, &counts),
        comments: counts.values().sum(),
        responses: model::response_count(&state.db, c.id).await?,
        themes: model::themes(&state.db, c.id).await?,
        questions,
        profile,
        coordinator: ctx.is_coordinator(),
        c,
    })
}
