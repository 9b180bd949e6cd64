//! `/plan/outputs/new` and `/plan/outputs/{id}/edit`: coordinators write an output — its
//! outcome, title, description, owner (a consortium member or a person), dates, status
//! with its reason, and how progress is counted. A change of status or progress is kept
//! as an update.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::form::OutputForm;
use super::model::{self, OutputId, ProgressMode, Status};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render_form, Layout};

#[derive(Template)]
#[template(path = "plan/output_form.html")]
struct FormView {
    layout: Layout,
    errors: FieldErrors,
    form: OutputForm,
    action: String,
    outcomes: Vec<(String, String)>,
    owners: Vec<(String, String)>,
    statuses: Vec<(&'static str, String)>,
    modes: Vec<(&'static str, String)>,
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    id: Option<OutputId>,
    form: OutputForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let mut outcomes = vec![(String::new(), ctx.lang.t("plan-no-outcome"))];
    for o in model::list_outcomes(&state.db).await? {
        outcomes.push((o.id.0.to_string(), o.title));
    }
    let mut owners = vec![(String::new(), ctx.lang.t("plan-no-owner"))];
    let today = crate::calendar::when::london_today();
    for m in crate::consortium::model::list_members(&state.db).await? {
        if m.is_current(&today) {
            owners.push((format!("org:{}", m.organisation_id), m.name));
        }
    }
    for u in crate::auth::model::people_who_coordinate_or_partner(&state.db).await? {
        owners.push((format!("user:{}", u.0 .0), u.1));
    }
    let (title, action) = match id {
        Some(id) => (
            ctx.lang.t("plan-edit-output-title"),
            format!("/plan/outputs/{id}/edit"),
        ),
        None => (
            ctx.lang.t("plan-new-output-title"),
            "/plan/outputs/new".to_string(),
        ),
    };
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("plan-title", "/plan")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &FormView {
            layout,
            errors,
            form,
            action,
            outcomes,
            owners,
            statuses: Status::CODES
                .iter()
                .map(|c| (*c, ctx.lang.t(&format!("plan-status-{c}"))))
                .collect(),
            modes: ProgressMode::CODES
                .iter()
                .map(|c| (*c, ctx.lang.t(&format!("plan-progress-mode-{c}"))))
                .collect(),
        },
    )
}

/// `GET /plan/outputs/new`.
pub async fn show_new(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let form = OutputForm {
        status: Status::NotStarted.code().into(),
        progress_mode: ProgressMode::Milestones.code().into(),
        ..OutputForm::default()
    };
    page(&state, &ctx, None, form, FieldErrors::new(ctx.lang)).await
}

/// `POST /plan/outputs/new`.
pub async fn create(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: OutputForm = crate::http::parse_form(&body)?;
    match form.validate(ctx.lang, None) {
        Ok(fields) => {
            let note = if form.note.trim().is_empty() {
                ctx.lang.t("plan-update-added")
            } else {
                form.note.trim().to_string()
            };
            let id =
                model::create_output(&state.db, &fields, "", (Some(user.id.0), &user.name), &note)
                    .await?;
            Ok((
                Flash("plan-flash-output"),
                Redirect::to(&format!("/plan/outputs/{id}")),
            )
                .into_response())
        }
        Err(errors) => page(&state, &ctx, None, form, errors).await,
    }
}

/// `GET /plan/outputs/{id}/edit`.
pub async fn show_edit(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<OutputId>,
) -> AppResult<Response> {
    let output = model::find_output(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    page(
        &state,
        &ctx,
        Some(id),
        OutputForm::from_output(&output),
        FieldErrors::new(ctx.lang),
    )
    .await
}

/// `POST /plan/outputs/{id}/edit`.
pub async fn update(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<OutputId>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    model::find_output(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let form: OutputForm = crate::http::parse_form(&body)?;
    let last = model::milestones(&state.db, id)
        .await?
        .into_iter()
        .map(|m| m.due_on)
        .max();
    match form.validate(ctx.lang, last.as_deref()) {
        Ok(fields) => {
            let by = (Some(user.id.0), user.name.as_str());
            if !model::update_output(&state.db, id, &fields, by, form.note.trim()).await? {
                return Err(AppError::NotFound);
            }
            Ok((
                Flash("plan-flash-output-saved"),
                Redirect::to(&format!("/plan/outputs/{id}")),
            )
                .into_response())
        }
        Err(errors) => page(&state, &ctx, Some(id), form, errors).await,
    }
}
