//! The plan as open data: `/plan.csv` (one row per output and per milestone, the kind
//! in the first column), `/plan.json` (outcomes, outputs with their milestones) and
//! `/plan.atom` (the progress updates). People are never named in them: an output owned
//! by a person says so without the name, and updates carry no author.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::model::{self, Milestone, Output};
use crate::calendar::when::london_today as today;
use crate::error::AppResult;
use crate::http::download::csv_download;
use crate::http::{Ctx, RequestContext};
use crate::state::AppState;
use crate::views::atom::{atom_entry, atom_response};

/// The owner as open data: the organisation's name, "person" for a person, or empty.
fn owner_for_export(o: &Output) -> String {
    if !o.owner_org_name.is_empty() {
        o.owner_org_name.clone()
    } else if o.owner_user_id.is_some() {
        "person".into()
    } else {
        String::new()
    }
}

pub const CSV_HEADER: [&str; 13] = [
    "type",
    "output_id",
    "outcome",
    "title",
    "description",
    "owner",
    "starts_on",
    "due_on",
    "status",
    "status_shown",
    "status_reason",
    "progress_percent",
    "done_on",
];

/// `GET /plan.csv` (visitors' copies through the micro-cache, as every export).
pub async fn csv(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached_heavy(&cache, &ctx, "/plan.csv", || build_csv(&state)).await
}

async fn build_csv(state: &AppState) -> AppResult<Response> {
    let today = today();
    let outcomes = model::list_outcomes(&state.db).await?;
    let outputs = model::list_outputs(&state.db).await?;
    let milestones = model::milestones_by_output(&state.db).await?;
    let outcome_title = |o: &Output| {
        outcomes
            .iter()
            .find(|x| Some(x.id) == o.outcome_id)
            .map(|x| x.title.clone())
            .unwrap_or_default()
    };
    let mut rows = Vec::new();
    for o in &outputs {
        rows.push(vec![
            "output".into(),
            o.id.0.to_string(),
            outcome_title(o),
            o.title.clone(),
            o.description.clone(),
            owner_for_export(o),
            o.starts_on.clone().unwrap_or_default(),
            o.due_on.clone().unwrap_or_default(),
            o.status.code().into(),
            o.shown_status(&today).code().into(),
            o.status_reason.clone(),
            o.progress().to_string(),
            String::new(),
        ]);
        for m in milestones.get(&o.id).into_iter().flatten() {
            rows.push(milestone_row(m));
        }
    }
    csv_download("plan.csv", &CSV_HEADER, rows)
}

fn milestone_row(m: &Milestone) -> Vec<String> {
    let mut row = vec![String::new(); CSV_HEADER.len()];
    row[0] = "milestone".into();
    row[1] = m.output_id.0.to_string();
    row[3] = m.title.clone();
    row[7] = m.due_on.clone();
    row[12] = m.done_on.clone().unwrap_or_default();
    row
}

/// `GET /plan.json`.
pub async fn json(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached_heavy(&cache, &ctx, "/plan.json", || build_json(&state)).await
}

async fn build_json(state: &AppState) -> AppResult<Response> {
    let today = today();
    let outcomes = model::list_outcomes(&state.db).await?;
    let outputs = model::list_outputs(&state.db).await?;
    let milestones = model::milestones_by_output(&state.db).await?;
    let outputs: Vec<serde_json::Value> = outputs
        .iter()
        .map(|o| {
            json!({
                "id": o.id.0,
                "outcome_id": o.outcome_id.map(|i| i.0),
                "title": o.title,
                "description": o.description,
                "owner": owner_for_export(o),
                "starts_on": o.starts_on,
                "due_on": o.due_on,
                "status": o.status.code(),
                "status_shown": o.shown_status(&today).code(),
                "status_reason": o.status_reason,
                "progress_percent": o.progress(),
                "milestones": milestones.get(&o.id).into_iter().flatten().map(|m| json!({
                    "id": m.id.0, "title": m.title, "due_on": m.due_on, "done_on": m.done_on,
                })).collect::<Vec<_>>(),
                "url": state.config.link(&format!("/plan/outputs/{}", o.id)),
            })
        })
        .collect();
    let body = json!({
        "licence": "CC-BY-4.0",
        "as_of": today,
        "outcomes": outcomes.iter().map(|o| json!({
            "id": o.id.0, "title": o.title, "description": o.description,
        })).collect::<Vec<_>>(),
        "outputs": outputs,
    });
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response())
}

/// `GET /plan.atom`: the newest progress updates.
pub async fn atom(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached_heavy(&cache, &ctx, "/plan.atom", || build_atom(&state, &ctx))
        .await
}

async fn build_atom(state: &AppState, ctx: &RequestContext) -> AppResult<Response> {
    let entries = model::recent_updates(&state.db, 50)
        .await?
        .into_iter()
        .map(|u| {
            let link = state.config.link(&format!("/plan/outputs/{}", u.output_id));
            atom_entry(
                format!("{link}#update-{}", u.id),
                &u.output_title,
                link,
                u.created_at,
                format!(
                    "{} · {}% · {}",
                    ctx.lang.t(&format!("plan-status-{}", u.status.code())),
                    u.progress,
                    u.note.chars().take(400).collect::<String>()
                ),
            )
        })
        .collect();
    Ok(atom_response(
        &state.config,
        ctx,
        "/plan",
        "plan-feed-title",
        entries,
    ))
}
