//! `/consultations/{slug}/comments/{id}/hide`: a coordinator hides a comment, giving the
//! reason its author is told (confirmed on its own page; the reason is required).

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model::{self, Comment, CommentId, Consultation};
use super::read::visible;
use crate::error::{AppError, AppResult};
use crate::forms::{check_text, FieldErrors};
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render_form, Layout};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HideForm {
    reason: String,
}

#[derive(Template)]
#[template(path = "consultations/hide.html")]
struct HideView {
    layout: Layout,
    errors: FieldErrors,
    c: Consultation,
    comment: Comment,
    reason: String,
    /// Why visitors reported it, if they did.
    reports: Vec<String>,
}

pub(super) async fn find(
    state: &AppState,
    c: &Consultation,
    id: i64,
) -> AppResult<(Comment, String)> {
    let place = model::comment_block(&state.db, c.id, CommentId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    let comment = model::comments(&state.db, c.id, place)
        .await?
        .into_iter()
        .find(|m| m.id.0 == id)
        .ok_or(AppError::NotFound)?;
    let back = match place {
        Some(block) => format!("/consultations/{}/blocks/{block}", c.slug),
        None => format!("/consultations/{}", c.slug),
    };
    Ok((comment, back))
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    c: Consultation,
    comment: Comment,
    reason: String,
    errors: FieldErrors,
) -> AppResult<Response> {
    let mut layout =
        Layout::new(ctx, "consult-hide-title").with_crumbs(&[("consult-title", "/consultations")]);
    let has_errors = layout.mark_errors_if(&errors);
    let reports = model::report_reasons(&state.db, comment.id).await?;
    render_form(
        has_errors,
        &HideView {
            layout,
            errors,
            c,
            comment,
            reason,
            reports,
        },
    )
}

pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let (comment, _) = find(&state, &c, id).await?;
    page(
        &state,
        &ctx,
        c,
        comment,
        String::new(),
        FieldErrors::new(ctx.lang),
    )
    .await
}

pub async fn hide(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let c = visible(&state, &ctx, &slug).await?;
    let (comment, back) = find(&state, &c, id).await?;
    let form: HideForm = crate::http::parse_form(&body)?;
    let mut errors = FieldErrors::new(ctx.lang);
    check_text(
        &mut errors,
        "reason",
        &form.reason,
        500,
        "consult-error-reason",
        "consult-error-too-long",
    );
    if !errors.is_empty() {
        return page(&state, &ctx, c, comment, form.reason, errors).await;
    }
    let link = state.config.link(&format!("{back}#comment-{id}"));
    model::hide_comment(
        &state.db,
        &c,
        CommentId(id),
        form.reason.trim(),
        user.id.0,
        &link,
    )
    .await?;
    Ok((
        Flash("consult-flash-hidden"),
        Redirect::to(&format!("{back}#comment-{id}")),
    )
        .into_response())
}
