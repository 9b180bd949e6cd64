//! `/proposals/{slug}/answer`: the funder's answer to the submitted version — awaiting
//! decision, awarded (amount, conditions, start date), declined (feedback), withdrawn —
//! recorded by a coordinator or the facilitator, and then on the bid's public timeline.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::access::leading;
use super::form::AnswerForm;
use super::model::{self, Answer, Proposal};
use super::money::plain_pounds;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{choices, render_form, Choice, Layout};

#[derive(Template)]
#[template(path = "proposals/answer.html")]
struct AnswerView {
    layout: Layout,
    errors: FieldErrors,
    p: Proposal,
    answers: Vec<Choice>,
    form: AnswerForm,
    submitted: bool,
}

fn page(
    ctx: &RequestContext,
    p: Proposal,
    form: AnswerForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let title = ctx.lang.t_args(
        "proposals-answer-title",
        &[("proposal", p.title.clone().into())],
    );
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("proposals-title", "/proposals")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &AnswerView {
            answers: choices(ctx, "proposals-answer-", Answer::CODES, |c| {
                c == form.answer
            }),
            submitted: p.submitted_version.is_some(),
            layout,
            errors,
            p,
            form,
        },
    )
}

/// `GET /proposals/{slug}/answer`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (p, _) = leading(&state, &ctx, &slug).await?;
    let form = AnswerForm {
        answer: p.answer.map(|a| a.code().to_string()).unwrap_or_default(),
        award: p.award_pence.map(plain_pounds).unwrap_or_default(),
        conditions: p.award_conditions.clone(),
        start: p.award_start.clone().unwrap_or_default(),
        feedback: p.feedback.clone(),
    };
    page(&ctx, p, form, FieldErrors::new(ctx.lang))
}

/// `POST /proposals/{slug}/answer`.
pub async fn save(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (p, _) = leading(&state, &ctx, &slug).await?;
    let form: AnswerForm = crate::http::parse_form(&body)?;
    if p.submitted_version.is_none() {
        let mut errors = FieldErrors::new(ctx.lang);
        errors.add("answer", "proposals-error-not-submitted");
        return page(&ctx, p, form, errors);
    }
    match form.validate(ctx.lang) {
        Ok(answer) => {
            model::record_answer(&state.db, p.id, &answer, user.id.0).await?;
            Ok((
                Flash("proposals-flash-answer"),
                Redirect::to(&format!("/proposals/{slug}")),
            )
                .into_response())
        }
        Err(errors) => page(&ctx, p, form, errors),
    }
}
