//! The response, "you said, we did", `/consultations/{slug}/response`: the document the
//! consulting organisations publish at the end, and for each theme what people said (how
//! many comments and answers), what was done about it, and which parts of the document it
//! touched with what became of them in the final version. Coordinators write it (and each
//! theme's outcome) here, save it as a draft, and publish it once comments have closed;
//! publishing e-mails every respondent.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::model::{self, BlockFate, Consultation, NotPublished, Phase, ThemeId};
use super::read::{block_html, phase_text, visible};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::storage::now;
use crate::views::{render_form, Layout};

/// The longest response or outcome kept.
const MAX_RESPONSE: usize = 100_000;

/// A theme as the response shows it.
struct ThemeView {
    id: i64,
    name: String,
    count: i64,
    outcome: String,
    outcome_html: String,
    /// (block id, words saying what became of it)
    parts: Vec<(i64, String)>,
}

#[derive(Template)]
#[template(path = "consultations/response.html")]
struct ResponseView {
    layout: Layout,
    c: Consultation,
    phase: String,
    published: bool,
    coordinator: bool,
    body: String,
    body_html: String,
    themes: Vec<ThemeView>,
    errors: FieldErrors,
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    c: Consultation,
    body: Option<String>,
    outcomes: Vec<(ThemeId, String)>,
    errors: FieldErrors,
) -> AppResult<Response> {
    let published = c.phase(now()) == Phase::Responded;
    let coordinator = ctx.is_coordinator();
    if !published && !coordinator {
        return Err(AppError::NotFound);
    }
    let current = c.current_version.unwrap_or(0);
    let blocks_of = model::theme_blocks(&state.db, c.id).await?;
    let mut themes = Vec::new();
    for t in model::themes(&state.db, c.id).await? {
        let mut parts = Vec::new();
        for block in blocks_of.get(&t.id).cloned().unwrap_or_default() {
            let fate = model::block_fate(&state.db, c.id, block, current).await?;
            let opening = fate
                .as_ref()
                .map(|(_, text)| super::blocks::opening_words(text))
                .unwrap_or_default();
            let words = match fate.map(|(f, _)| f) {
                Some(BlockFate::Changed(v)) => ctx.lang.t_args(
                    "consult-fate-changed",
                    &[("part", opening.clone().into()), ("number", v.into())],
                ),
                Some(BlockFate::Removed(v)) => ctx.lang.t_args(
                    "consult-fate-removed",
                    &[("part", opening.clone().into()), ("number", v.into())],
                ),
                _ => ctx.lang.t_args(
                    "consult-fate-unchanged",
                    &[("part", opening.clone().into())],
                ),
            };
            parts.push((block, words));
        }
        let outcome = outcomes
            .iter()
            .find(|(id, _)| *id == t.id)
            .map(|(_, o)| o.clone())
            .unwrap_or(t.outcome);
        themes.push(ThemeView {
            id: t.id.0,
            outcome_html: block_html(ctx, "paragraph", &outcome),
            outcome,
            name: t.name,
            count: t.count,
            parts,
        });
    }
    let body = body.unwrap_or_else(|| c.response_body.clone());
    let title = ctx.lang.t_args(
        "consult-response-title",
        &[("title", c.fields.title.clone().into())],
    );
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("consult-title", "/consultations")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &ResponseView {
            layout,
            phase: phase_text(ctx, &c),
            published,
            coordinator,
            body_html: block_html(ctx, "paragraph", &body),
            body,
            themes,
            errors,
            c,
        },
    )
}

/// `GET /consultations/{slug}/response`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    page(
        &state,
        &ctx,
        c,
        None,
        Vec::new(),
        FieldErrors::new(ctx.lang),
    )
    .await
}

/// `POST /consultations/{slug}/response`: saves the response and the themes' outcomes,
/// and publishes it when asked.
pub async fn save(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let pairs: Vec<(String, String)> = crate::http::parse_form(&body)?;
    let text = pairs
        .iter()
        .find(|(k, _)| k == "body")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let publish = pairs.iter().any(|(k, v)| k == "action" && v == "publish");
    let outcomes: Vec<(ThemeId, String)> = pairs
        .iter()
        .filter_map(|(k, v)| {
            let id = k.strip_prefix("outcome_")?.parse().ok()?;
            Some((ThemeId(id), v.clone()))
        })
        .collect();
    let mut errors = FieldErrors::new(ctx.lang);
    if text.chars().count() > MAX_RESPONSE {
        errors.add("body", "consult-error-too-long");
    }
    if publish && text.trim().is_empty() {
        errors.add("body", "consult-error-response-empty");
    }
    for (id, o) in &outcomes {
        if o.chars().count() > MAX_RESPONSE {
            errors.add(format!("outcome_{}", id.0), "consult-error-too-long");
        }
    }
    if !errors.is_empty() {
        return page(&state, &ctx, c, Some(text), outcomes, errors).await;
    }
    model::set_outcomes(&state.db, c.id, &outcomes).await?;
    if !publish {
        model::save_response_draft(&state.db, &c, &text).await?;
        return Ok((
            Flash("consult-flash-response-saved"),
            Redirect::to(&format!("/consultations/{slug}/response")),
        )
            .into_response());
    }
    match model::publish_response(&state.db, &state.config, &c, &text).await? {
        Ok(_) => Ok((
            Flash("consult-flash-response-published"),
            Redirect::to(&format!("/consultations/{slug}/response")),
        )
            .into_response()),
        Err(NotPublished::NotClosed) => {
            model::save_response_draft(&state.db, &c, &text).await?;
            let mut errors = FieldErrors::new(ctx.lang);
            errors.add("body", "consult-error-not-closed");
            page(&state, &ctx, c, Some(text), outcomes, errors).await
        }
    }
}
