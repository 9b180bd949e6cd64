//! `/consultations/{slug}/versions/{n}`: a published version as it was, the list of all
//! versions, and the word-level differences from another version (the one before, unless
//! `?from=` names one), as the wiki shows them.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::model::{self, Consultation, Version};
use super::read::{block_html, visible};
use crate::error::{AppError, AppResult};
use crate::http::Ctx;
use crate::state::AppState;
use crate::views::{format_time, render, Layout};
use crate::wiki::diff::{self, Row};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct VersionQuery {
    from: String,
}

#[derive(Template)]
#[template(path = "consultations/version.html")]
struct VersionView {
    layout: Layout,
    c: Consultation,
    number: i64,
    published: String,
    blocks: Vec<String>,
    /// Every version's number and date.
    versions: Vec<(i64, String)>,
    /// The version compared with, and the differences from it.
    from: Option<i64>,
    rows: Vec<Row>,
    side_by_side: bool,
}

pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, number)): Path<(String, i64)>,
    Query(query): Query<VersionQuery>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let all: Vec<Version> = model::versions(&state.db, c.id).await?;
    let this = all
        .iter()
        .find(|v| v.number == number)
        .ok_or(AppError::NotFound)?;
    let from = query
        .from
        .parse::<i64>()
        .ok()
        .or(Some(number - 1))
        .and_then(|f| all.iter().find(|v| v.number == f && f != number));
    let rows = from
        .map(|f| diff::rows(&f.body, &this.body, 2))
        .unwrap_or_default();
    let blocks = model::version_blocks(&state.db, c.id, number)
        .await?
        .iter()
        .map(|b| block_html(&ctx, &b.kind, &b.text))
        .collect();
    let title = ctx.lang.t_args(
        "consult-version-title",
        &[
            ("title", c.fields.title.clone().into()),
            ("number", number.into()),
        ],
    );
    render(&VersionView {
        layout: Layout::titled(&ctx, title).with_crumbs(&[("consult-title", "/consultations")]),
        number,
        published: format_time(ctx.lang, this.published_at),
        blocks,
        versions: all
            .iter()
            .map(|v| (v.number, format_time(ctx.lang, v.published_at)))
            .collect(),
        from: from.map(|f| f.number),
        rows,
        side_by_side: false,
        c,
    })
}
