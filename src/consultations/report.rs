//! Anyone, signed in or not, can report a comment to the coordinators with a reason:
//! `/consultations/{slug}/comments/{id}/report`. Visitors' reports go through the public
//! forms' honeypot and rate limit; coordinators see the reasons where they hide comments.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model::{self, Comment, CommentId, Consultation};
use super::moderate::find;
use super::read::visible;
use crate::auth::throttle;
use crate::error::{AppError, AppResult};
use crate::forms::{check_text, FieldErrors};
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render_form, Layout};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReportForm {
    reason: String,
    /// The honeypot.
    fax_number: String,
}

#[derive(Template)]
#[template(path = "consultations/report.html")]
struct ReportView {
    layout: Layout,
    errors: FieldErrors,
    c: Consultation,
    comment: Comment,
    reason: String,
}

fn page(
    ctx: &RequestContext,
    c: Consultation,
    comment: Comment,
    reason: String,
    errors: FieldErrors,
) -> AppResult<Response> {
    let mut layout = Layout::new(ctx, "consult-report-title")
        .with_crumbs(&[("consult-title", "/consultations")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &ReportView {
            layout,
            errors,
            c,
            comment,
            reason,
        },
    )
}

/// `GET /consultations/{slug}/comments/{id}/report`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let (comment, _) = find(&state, &c, id).await?;
    if !comment.hidden_reason.is_empty() {
        return Err(AppError::NotFound);
    }
    page(&ctx, c, comment, String::new(), FieldErrors::new(ctx.lang))
}

/// `POST /consultations/{slug}/comments/{id}/report`.
pub async fn report(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let (comment, back) = find(&state, &c, id).await?;
    let form: ReportForm = crate::http::parse_form(&body)?;
    let back = format!("{back}#comment-{id}");
    if !form.fax_number.is_empty() {
        return Ok((Flash("consult-flash-reported"), Redirect::to(&back)).into_response());
    }
    let mut errors = FieldErrors::new(ctx.lang);
    check_text(
        &mut errors,
        "reason",
        &form.reason,
        1_000,
        "consult-error-report-reason",
        "consult-error-too-long",
    );
    if !errors.is_empty() {
        return page(&ctx, c, comment, form.reason, errors);
    }
    if let Some(wait) =
        throttle::check_public_form(&state.db, "consultation-report", &ctx.client_ip.to_string())
            .await?
    {
        return Err(AppError::TooManyRequests {
            retry_after_secs: wait,
        });
    }
    if !model::report_comment(&state.db, &c, CommentId(id), form.reason.trim()).await? {
        return Err(AppError::NotFound);
    }
    Ok((Flash("consult-flash-reported"), Redirect::to(&back)).into_response())
}
