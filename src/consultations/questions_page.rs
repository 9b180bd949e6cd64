//! The editors' questions page, `/consultations/{slug}/questions`: the questions in order,
//! a form to add one (its kind, its words, and the choices of a choice question), and
//! removing one nobody has answered yet.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model::{self, Consultation, QuestionId, QuestionKind};
use super::read::visible;
use crate::error::AppResult;
use crate::forms::{check_text, FieldErrors};
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{choices, render_form, Choice, Layout};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct QuestionForm {
    pub kind: String,
    pub prompt: String,
    pub options: String,
}

#[derive(Template)]
#[template(path = "consultations/questions.html")]
struct QuestionsView {
    layout: Layout,
    c: Consultation,
    questions: Vec<model::Question>,
    kinds: Vec<Choice>,
    form: QuestionForm,
    errors: FieldErrors,
}

impl QuestionsView {
    fn kind_words(&self, kind: &QuestionKind) -> String {
        self.layout.t(&format!("consult-kind-{}", kind.code()))
    }
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    c: Consultation,
    form: QuestionForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let questions = model::questions(&state.db, c.id).await?;
    let title = ctx.lang.t_args(
        "consult-questions-title",
        &[("title", c.fields.title.clone().into())],
    );
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("consult-title", "/consultations")]);
    let has_errors = layout.mark_errors_if(&errors);
    let kinds = choices(ctx, "consult-kind-", QuestionKind::CODES, |code| {
        form.kind == code || (form.kind.is_empty() && code == "text")
    });
    render_form(
        has_errors,
        &QuestionsView {
            layout,
            c,
            questions,
            kinds,
            form,
            errors,
        },
    )
}

/// `GET /consultations/{slug}/questions`.
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
        QuestionForm::default(),
        FieldErrors::new(ctx.lang),
    )
    .await
}

/// `POST /consultations/{slug}/questions`: adds a question.
pub async fn add(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let form: QuestionForm = crate::http::parse_form(&body)?;
    let mut errors = FieldErrors::new(ctx.lang);
    let kind = QuestionKind::from_code(&form.kind);
    if kind.is_none() {
        errors.add("kind", "consult-error-choice");
    }
    check_text(
        &mut errors,
        "prompt",
        &form.prompt,
        1_000,
        "consult-error-prompt",
        "consult-error-too-long",
    );
    let options: Vec<String> = form
        .options
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    if matches!(kind, Some(QuestionKind::One | QuestionKind::Many)) && options.len() < 2 {
        errors.add("options", "consult-error-options");
    }
    if options.len() > 30 || options.iter().any(|o| o.chars().count() > 200) {
        errors.add("options", "consult-error-too-long");
    }
    let (Some(kind), true) = (kind, errors.is_empty()) else {
        return page(&state, &ctx, c, form, errors).await;
    };
    let kept = if matches!(kind, QuestionKind::One | QuestionKind::Many) {
        options
    } else {
        Vec::new()
    };
    model::add_question(&state.db, c.id, kind, form.prompt.trim(), &kept).await?;
    Ok((
        Flash("consult-flash-question-added"),
        Redirect::to(&format!("/consultations/{slug}/questions")),
    )
        .into_response())
}

/// `POST /consultations/{slug}/questions/{id}/remove`.
pub async fn remove(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let flash = if model::remove_question(&state.db, c.id, QuestionId(id)).await? {
        "consult-flash-question-removed"
    } else {
        "consult-flash-question-kept"
    };
    Ok((
        Flash(flash),
        Redirect::to(&format!("/consultations/{slug}/questions")),
    )
        .into_response())
}
