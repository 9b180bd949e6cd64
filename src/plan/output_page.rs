//! `/plan/outputs/{id}`: one output — its description, status (late from the clock),
//! progress, owner, milestones, the evidence that shows it and the history of its
//! updates — with the forms that change them: coordinators add milestones and evidence and
//! mark milestones done; coordinators and the output's owner (the person, or a
//! representative of the owning member) post progress updates.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::form::{EvidenceForm, MilestoneForm, UpdateForm};
use super::model::{
    self, AddEvidence, Evidence, Milestone, MilestoneId, Output, OutputId, Status, Update,
};
use super::plan_page::{line, OutputLine};
use crate::calendar::when::london_today as today;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render_form, Layout};

/// The forms on the page as last posted, with their errors (one form at a time).
#[derive(Default)]
pub struct Posted {
    pub milestone: MilestoneForm,
    pub evidence: EvidenceForm,
    pub update: UpdateForm,
}

#[derive(Template)]
#[template(path = "plan/output.html")]
struct OutputView {
    layout: Layout,
    line: OutputLine,
    description_html: String,
    milestones: Vec<Milestone>,
    evidence: Vec<Evidence>,
    updates: Vec<Update>,
    coordinator: bool,
    may_update: bool,
    /// For the evidence list: (optgroup label, [(value, name)]).
    candidates: Vec<(String, Vec<(String, String)>)>,
    statuses: Vec<(&'static str, String)>,
    errors: FieldErrors,
    posted: Posted,
}

impl OutputView {
    fn kind_label(&self, e: &Evidence) -> String {
        self.layout.t(&format!("plan-evidence-{}", e.kind.code()))
    }
}

/// Whether the person asking may post progress updates on `output`.
async fn may_update(state: &AppState, ctx: &RequestContext, output: &Output) -> AppResult<bool> {
    let Some(user) = &ctx.user else {
        return Ok(false);
    };
    if ctx.is_coordinator() || output.owner_user_id == Some(user.id.0) {
        return Ok(true);
    }
    let Some(org) = output.owner_org_id else {
        return Ok(false);
    };
    let today = today();
    Ok(
        crate::consortium::model::member_of_user(&state.db, user.id.0)
            .await?
            .is_some_and(|(m, _)| m.organisation_id == org && m.is_current(&today)),
    )
}

async fn find(state: &AppState, id: OutputId) -> AppResult<Output> {
    model::find_output(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    output: Output,
    posted: Posted,
    errors: FieldErrors,
) -> AppResult<Response> {
    let coordinator = ctx.is_coordinator();
    let may_update = may_update(state, ctx, &output).await?;
    let milestones = model::milestones(&state.db, output.id).await?;
    let evidence = model::evidence(&state.db, output.id)
        .await?
        .into_iter()
        // Visitors see evidence that is public; coordinators see all of it.
        .filter(|e| coordinator || e.now.as_ref().is_none_or(|t| t.public))
        .collect();
    let candidates = if coordinator {
        let mut groups: Vec<(String, Vec<(String, String)>)> = Vec::new();
        for (kind, value, name) in model::candidates(&state.db).await? {
            let label = ctx.lang.t(&format!("plan-evidence-{}", kind.code()));
            match groups.last_mut() {
                Some((l, items)) if *l == label => items.push((value, name)),
                _ => groups.push((label, vec![(value, name)])),
            }
        }
        groups
    } else {
        Vec::new()
    };
    let mut layout =
        Layout::titled(ctx, output.title.clone()).with_crumbs(&[("plan-title", "/plan")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &OutputView {
            description_html: crate::wiki::render::standalone_html(ctx.lang, &output.description),
            line: line(output.clone(), &today()),
            updates: model::updates(&state.db, output.id).await?,
            statuses: Status::CODES
                .iter()
                .map(|c| (*c, ctx.lang.t(&format!("plan-status-{c}"))))
                .collect(),
            layout,
            milestones,
            evidence,
            coordinator,
            may_update,
            candidates,
            errors,
            posted,
        },
    )
}

/// `GET /plan/outputs/{id}`.
pub async fn show_output(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<OutputId>,
) -> AppResult<Response> {
    let output = find(&state, id).await?;
    let posted = Posted {
        update: UpdateForm {
            status: output.status.code().into(),
            status_reason: output.status_reason.clone(),
            progress_percent: output.progress().to_string(),
            note: String::new(),
        },
        ..Posted::default()
    };
    page(&state, &ctx, output, posted, FieldErrors::new(ctx.lang)).await
}

fn back(id: OutputId, flash: &'static str) -> Response {
    (Flash(flash), Redirect::to(&format!("/plan/outputs/{id}"))).into_response()
}

/// `POST /plan/outputs/{id}/milestones`: a coordinator adds a milestone.
pub async fn add_milestone(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<OutputId>,
    body: Bytes,
) -> AppResult<Response> {
    let output = find(&state, id).await?;
    let form: MilestoneForm = crate::http::parse_form(&body)?;
    match form.validate(ctx.lang, &output) {
        Ok((title, due_on)) => {
            model::add_milestone(&state.db, id, &title, &due_on).await?;
            Ok(back(id, "plan-flash-milestone"))
        }
        Err(errors) => {
            let posted = Posted {
                milestone: form,
                ..Posted::default()
            };
            page(&state, &ctx, output, posted, errors).await
        }
    }
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct DoneForm {
    /// `1` to mark done, anything else to mark not done.
    done: String,
}

/// `POST /plan/outputs/{id}/milestones/{number}/done`: done today, or not done.
pub async fn mark_milestone(
    State(state): State<AppState>,
    Ctx(_ctx): Ctx,
    Path((id, milestone)): Path<(OutputId, i64)>,
    body: Bytes,
) -> AppResult<Response> {
    let form: DoneForm = crate::http::parse_form(&body)?;
    let day = today();
    let done = (form.done == "1").then_some(day.as_str());
    if !model::set_milestone_done(&state.db, id, MilestoneId(milestone), done).await? {
        return Err(AppError::NotFound);
    }
    Ok(back(id, "plan-flash-milestone-marked"))
}

/// `POST /plan/outputs/{id}/evidence`: a coordinator links evidence chosen from the list.
pub async fn add_evidence(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<OutputId>,
    body: Bytes,
) -> AppResult<Response> {
    let output = find(&state, id).await?;
    let form: EvidenceForm = crate::http::parse_form(&body)?;
    let by = ctx.user.as_ref().map(|u| u.id.0);
    let outcome = match form.parse() {
        Some((kind, target, milestone)) => {
            model::add_evidence(&state.db, id, milestone, kind, target, by).await?
        }
        None => AddEvidence::Missing,
    };
    let key = match outcome {
        AddEvidence::Added => return Ok(back(id, "plan-flash-evidence")),
        AddEvidence::Missing => "plan-error-evidence",
        AddEvidence::AlreadyLinked => "plan-error-evidence-twice",
    };
    let mut errors = FieldErrors::new(ctx.lang);
    errors.add("target", key);
    let posted = Posted {
        evidence: form,
        ..Posted::default()
    };
    page(&state, &ctx, output, posted, errors).await
}

/// `POST /plan/outputs/{id}/evidence/{number}/remove`.
pub async fn remove_evidence(
    State(state): State<AppState>,
    Ctx(_ctx): Ctx,
    Path((id, evidence)): Path<(OutputId, i64)>,
) -> AppResult<Response> {
    if !model::remove_evidence(&state.db, id, evidence).await? {
        return Err(AppError::NotFound);
    }
    Ok(back(id, "plan-flash-evidence-removed"))
}

/// `POST /plan/outputs/{id}/updates`: a progress update from a coordinator or the owner
/// (anyone else: not found, as if the form were not there).
pub async fn post_update(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<OutputId>,
    body: Bytes,
) -> AppResult<Response> {
    let output = find(&state, id).await?;
    if !may_update(&state, &ctx, &output).await? {
        return Err(AppError::NotFound);
    }
    let user = ctx.require_user()?.clone();
    let form: UpdateForm = crate::http::parse_form(&body)?;
    match form.validate(ctx.lang) {
        Ok((status, progress)) => {
            model::post_update(
                &state.db,
                id,
                status,
                form.status_reason.trim(),
                progress,
                form.note.trim(),
                (Some(user.id.0), &user.name),
            )
            .await?;
            Ok(back(id, "plan-flash-update"))
        }
        Err(errors) => {
            let posted = Posted {
                update: form,
                ..Posted::default()
            };
            page(&state, &ctx, output, posted, errors).await
        }
    }
}
