//! The editors' pages (coordinators): start a consultation, change its details, dates and
//! working draft, and publish the draft as the next version (its blocks keep their ids).

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::form::ConsultationForm;
use super::model::{self, Consultation};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render_form, Layout};

#[derive(Template)]
#[template(path = "consultations/edit.html")]
struct EditView {
    layout: Layout,
    errors: FieldErrors,
    form: ConsultationForm,
    /// The consultation being changed; none when starting one.
    c: Option<Consultation>,
    /// After importing a file: what it brought and what it left out, to review.
    imported: Option<Vec<String>>,
    /// When the Welsh draft has a different number of parts from the English.
    parts_note: Option<String>,
}

fn page(
    ctx: &RequestContext,
    c: Option<Consultation>,
    form: ConsultationForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    page_with(ctx, c, form, errors, None)
}

/// The editors' page, with the notes of an import to review (`imported`).
pub(super) fn page_with(
    ctx: &RequestContext,
    c: Option<Consultation>,
    form: ConsultationForm,
    errors: FieldErrors,
    imported: Option<Vec<String>>,
) -> AppResult<Response> {
    let key = if c.is_some() {
        "consult-edit-title"
    } else {
        "consult-new-title"
    };
    let mut layout = Layout::new(ctx, key).with_crumbs(&[("consult-title", "/consultations")]);
    let has_errors = layout.mark_errors_if(&errors);
    let (english, welsh) = (
        super::blocks::split(&form.draft).len(),
        super::blocks::split(&form.draft_cy).len(),
    );
    let parts_note = (welsh > 0 && welsh != english).then(|| {
        ctx.lang.t_args(
            "consult-parts-differ",
            &[("welsh", welsh.into()), ("english", english.into())],
        )
    });
    render_form(
        has_errors,
        &EditView {
            layout,
            errors,
            form,
            c,
            imported,
            parts_note,
        },
    )
}

pub async fn show_new(Ctx(ctx): Ctx) -> AppResult<Response> {
    page(
        &ctx,
        None,
        ConsultationForm::default(),
        FieldErrors::new(ctx.lang),
    )
}

/// A slug for `title` not used by another consultation.
async fn free_slug(state: &AppState, title: &str) -> AppResult<String> {
    for candidate in crate::http::slug::candidates(title, "consultation") {
        if model::find_by_slug(&state.db, &candidate).await?.is_none() {
            return Ok(candidate);
        }
    }
    Err(AppError::Internal(anyhow::anyhow!(
        "no free slug for {title}"
    )))
}

pub async fn create(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: ConsultationForm = crate::http::parse_form(&body)?;
    let fields = match form.validate(ctx.lang) {
        Ok(fields) => fields,
        Err(errors) => return page(&ctx, None, form, errors),
    };
    let slug = free_slug(&state, &fields.title).await?;
    model::create(&state.db, &slug, &fields, Some(user.id.0), false).await?;
    Ok((
        Flash("consult-flash-created"),
        Redirect::to(&format!("/consultations/{slug}/edit")),
    )
        .into_response())
}

pub async fn show_edit(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let c = model::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let form = ConsultationForm::from_fields(&c.fields);
    page(&ctx, Some(c), form, FieldErrors::new(ctx.lang))
}

pub async fn edit(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let c = model::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let form: ConsultationForm = crate::http::parse_form(&body)?;
    let fields = match form.validate(ctx.lang) {
        Ok(fields) => fields,
        Err(errors) => return page(&ctx, Some(c), form, errors),
    };
    model::update(&state.db, c.id, &fields).await?;
    Ok((
        Flash("consult-flash-saved"),
        Redirect::to(&format!("/consultations/{slug}/edit")),
    )
        .into_response())
}

pub async fn publish(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let c = model::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    if c.fields.draft.trim().is_empty() {
        let mut errors = FieldErrors::new(ctx.lang);
        errors.add("draft", "consult-error-empty-draft");
        let form = ConsultationForm::from_fields(&c.fields);
        return page(&ctx, Some(c), form, errors);
    }
    model::publish(&state.db, c.id, Some(user.id.0)).await?;
    Ok((
        Flash("consult-flash-published"),
        Redirect::to(&format!("/consultations/{slug}")),
    )
        .into_response())
}
