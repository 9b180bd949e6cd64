//! `/plan`: the plan in the open — the intended outcomes with their outputs (status, late
//! from the clock, progress, owner, dates, latest update), the timeline with its table,
//! the newest updates and the exports; coordinators add outcomes here.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::form::OutcomeForm;
use std::collections::HashMap;

use super::model::{self, Milestone, Outcome, Output, OutputId, Update};
use super::timeline;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render_form, Layout};

/// An output as a line of the plan.
pub struct OutputLine {
    pub output: Output,
    pub status: &'static str,
    pub late_by_clock: bool,
    pub progress: i64,
}

pub struct OutcomeGroup {
    pub outcome: Option<Outcome>,
    pub outputs: Vec<OutputLine>,
}

/// A row of the timeline's table (its text alternative).
pub struct TimelineRow {
    pub output: String,
    pub href: String,
    pub what: String,
    pub starts_on: String,
    pub due_on: String,
    pub state: String,
}

#[derive(Template)]
#[template(path = "plan/plan.html")]
struct PlanView {
    layout: Layout,
    groups: Vec<OutcomeGroup>,
    timeline_svg: Option<String>,
    timeline_rows: Vec<TimelineRow>,
    updates: Vec<Update>,
    coordinator: bool,
    errors: FieldErrors,
    form: OutcomeForm,
}

pub fn line(output: Output, today: &str) -> OutputLine {
    OutputLine {
        status: output.shown_status(today).code(),
        late_by_clock: output.late_by_the_clock(today),
        progress: output.progress(),
        output,
    }
}

fn timeline_rows(
    ctx: &RequestContext,
    outputs: &[Output],
    milestones: &HashMap<OutputId, Vec<Milestone>>,
    today: &str,
) -> Vec<TimelineRow> {
    let mut rows = Vec::new();
    for o in outputs {
        rows.push(TimelineRow {
            output: o.title.clone(),
            href: format!("/plan/outputs/{}", o.id),
            what: ctx.lang.t("plan-timeline-output"),
            starts_on: o.starts_on.clone().unwrap_or_default(),
            due_on: o.due_on.clone().unwrap_or_default(),
            state: ctx
                .lang
                .t(&format!("plan-status-{}", o.shown_status(today).code())),
        });
        for m in milestones.get(&o.id).into_iter().flatten() {
            rows.push(TimelineRow {
                output: m.title.clone(),
                href: format!("/plan/outputs/{}", o.id),
                what: ctx.lang.t("plan-timeline-milestone"),
                starts_on: String::new(),
                due_on: m.due_on.clone(),
                state: ctx.lang.t(if m.done_on.is_some() {
                    "plan-milestone-done"
                } else {
                    "plan-milestone-to-do"
                }),
            });
        }
    }
    rows
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    form: OutcomeForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let today = crate::calendar::when::london_today();
    let outcomes = model::list_outcomes(&state.db).await?;
    let outputs = model::list_outputs(&state.db).await?;
    let milestones = model::milestones_by_output(&state.db).await?;
    let rows: Vec<timeline::Row> = outputs
        .iter()
        .map(|o| timeline::Row {
            label: o.title.clone(),
            starts_on: o.starts_on.clone(),
            due_on: o.due_on.clone(),
            status: o.shown_status(&today).code(),
            milestones: milestones
                .get(&o.id)
                .into_iter()
                .flatten()
                .map(|m| (m.title.clone(), m.due_on.clone(), m.done_on.is_some()))
                .collect(),
        })
        .collect();
    let timeline_svg = timeline::svg(
        &rows,
        &today,
        &ctx.lang.t("plan-timeline-title"),
        &ctx.lang.t("plan-timeline-today"),
    );
    let timeline_rows = timeline_rows(ctx, &outputs, &milestones, &today);
    let mut groups: Vec<OutcomeGroup> = outcomes
        .into_iter()
        .map(|o| OutcomeGroup {
            outcome: Some(o),
            outputs: Vec::new(),
        })
        .collect();
    let mut others = Vec::new();
    for o in outputs {
        let at = groups.iter().position(|g| {
            g.outcome.as_ref().map(|x| x.id) == o.outcome_id && o.outcome_id.is_some()
        });
        match at {
            Some(i) => groups[i].outputs.push(line(o, &today)),
            None => others.push(line(o, &today)),
        }
    }
    if !others.is_empty() {
        groups.push(OutcomeGroup {
            outcome: None,
            outputs: others,
        });
    }
    let mut layout = Layout::new(ctx, "plan-title").with_crumbs(&[]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &PlanView {
            layout,
            groups,
            timeline_svg,
            timeline_rows,
            updates: model::recent_updates(&state.db, 5).await?,
            coordinator: ctx.is_coordinator(),
            errors,
            form,
        },
    )
}

/// `GET /plan`.
pub async fn show_plan(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    crate::views::page_cache::cached(&state.page_cache, &ctx, || {
        page(
            &state,
            &ctx,
            OutcomeForm::default(),
            FieldErrors::new(ctx.lang),
        )
    })
    .await
}

/// `POST /plan/outcomes`: a coordinator adds an intended outcome.
pub async fn add_outcome(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    body: Bytes,
) -> AppResult<Response> {
    let form: OutcomeForm = crate::http::parse_form(&body)?;
    match form.validate(ctx.lang) {
        Ok((title, description)) => {
            model::create_outcome(&state.db, &title, &description).await?;
            Ok((Flash("plan-flash-outcome"), Redirect::to("/plan")).into_response())
        }
        Err(errors) => page(&state, &ctx, form, errors).await,
    }
}
