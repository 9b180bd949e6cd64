//! The decision register, public: `/consortium/decisions` lists every decision with its
//! dates, the rules it was taken under, its result and outcome statement and the count of
//! each stance; `.atom`, `.csv` and `.json` publish the same. Which organisation took
//! which stance is for members only and is never in these. Reading closes rounds that are
//! due.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::decision_page::rules_summary;
use super::model::{self, RegisterEntry, Rules};
use super::standing::Standing;
use crate::error::AppResult;
use crate::http::download::csv_download;
use crate::http::{Ctx, RequestContext};
use crate::state::AppState;
use crate::storage::now;
use crate::views::atom::{atom_entry, atom_response};
use crate::views::{format_time, render, rfc3339, Layout};

pub struct RegisterRow {
    pub id: i64,
    pub title: String,
    pub opens: String,
    pub closes: String,
    pub round: i64,
    pub result: String,
    pub result_code: String,
    pub counts: Vec<(String, i64)>,
    pub is_example: bool,
}

#[derive(Template)]
#[template(path = "consortium/register.html")]
struct RegisterView {
    layout: Layout,
    rows: Vec<RegisterRow>,
    proposer: bool,
    page: usize,
    pages: usize,
    total: usize,
}

/// Decisions on one page of the register (everything is in the exports).
const PER_PAGE: usize = 50;

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct RegisterQuery {
    page: String,
}

async fn entries(state: &AppState) -> AppResult<Vec<RegisterEntry>> {
    model::close_due(&state.db, &state.config, now()).await?;
    model::register(&state.db).await
}

fn result_words(ctx: &RequestContext, e: &RegisterEntry) -> String {
    match e.round.result {
        Some(o) => ctx.lang.t(&format!("consortium-result-{}", o.code())),
        None if e.round.opens_at > now() => ctx.lang.t("consortium-round-not-open"),
        None => ctx.lang.t("consortium-round-open"),
    }
}

/// `GET /consortium/decisions`, newest first, fifty to a page.
pub async fn show_register(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Query(query): Query<RegisterQuery>,
) -> AppResult<Response> {
    // Visitors' copy from the one-second page cache, keyed by the page only.
    let key = format!(
        "/consortium/decisions?page={}",
        query.page.parse::<usize>().unwrap_or(1)
    );
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached_heavy(&cache, &ctx, &key, || {
        build_register(&state, &ctx, &query)
    })
    .await
}

async fn build_register(
    state: &AppState,
    ctx: &RequestContext,
    query: &RegisterQuery,
) -> AppResult<Response> {
    let all = entries(state).await?;
    let total = all.len();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = query.page.parse::<usize>().unwrap_or(1).clamp(1, pages);
    // The stances' names once, not once a row.
    let labels: Vec<String> = model::Stance::ALL
        .iter()
        .map(|s| ctx.lang.t(&format!("consortium-stance-{}", s.code())))
        .collect();
    let rows = all
        .iter()
        .skip((page - 1) * PER_PAGE)
        .take(PER_PAGE)
        .map(|e| RegisterRow {
            id: e.decision.id.0,
            title: e.decision.title.clone(),
            opens: format_time(ctx.lang, e.round.opens_at),
            closes: format_time(ctx.lang, e.round.closes_at),
            round: e.round.round,
            result: result_words(ctx, e),
            result_code: e
                .round
                .result
                .map(|o| o.code().to_string())
                .unwrap_or_default(),
            counts: labels
                .iter()
                .zip(e.round.tally.counts())
                .map(|(label, (_, n))| (label.clone(), n))
                .collect(),
            is_example: e.decision.is_example,
        })
        .collect();
    render(&RegisterView {
        layout: Layout::new(ctx, "consortium-decisions-title")
            .with_crumbs(&[("consortium-title", "/consortium")]),
        rows,
        proposer: Standing::of(state, ctx).await?.may_propose(),
        page,
        pages,
        total,
    })
}

/// Each rules version the register's decisions were taken under, by id.
async fn rules_by_id(
    state: &AppState,
    entries: &[RegisterEntry],
) -> AppResult<std::collections::HashMap<i64, Rules>> {
    let mut out = std::collections::HashMap::new();
    for e in entries {
        if let std::collections::hash_map::Entry::Vacant(slot) = out.entry(e.round.rules_id) {
            if let Some(r) = model::rules_version(&state.db, e.round.rules_id).await? {
                slot.insert(r);
            }
        }
    }
    Ok(out)
}

/// `GET /consortium/decisions.csv`.
pub async fn csv(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached_heavy(&cache, &ctx, "/consortium/decisions.csv", || {
        build_csv(&state, &ctx)
    })
    .await
}

async fn build_csv(state: &AppState, ctx: &RequestContext) -> AppResult<Response> {
    let entries = entries(state).await?;
    let rules = rules_by_id(state, &entries).await?;
    let layout = Layout::new(ctx, "consortium-decisions-title");
    let header = [
        "id",
        "title",
        "round",
        "opens_at",
        "closes_at",
        "rules_version",
        "rules",
        "result",
        "consent",
        "reservations",
        "stand_aside",
        "object",
        "block",
        "eligible",
        "outcome",
        "url",
    ];
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            let t = e.round.tally;
            vec![
                e.decision.id.0.to_string(),
                e.decision.title.clone(),
                e.round.round.to_string(),
                rfc3339(e.round.opens_at),
                rfc3339(e.round.closes_at),
                e.round.rules_id.to_string(),
                rules
                    .get(&e.round.rules_id)
                    .map(|r| rules_summary(&layout, r))
                    .unwrap_or_default(),
                e.round
                    .result
                    .map(|o| o.code().to_string())
                    .unwrap_or_default(),
                t.consent.to_string(),
                t.reservations.to_string(),
                t.stand_aside.to_string(),
                t.object.to_string(),
                t.block.to_string(),
                e.round.eligible.to_string(),
                e.decision.outcome.clone(),
                state
                    .config
                    .link(&format!("/consortium/decisions/{}", e.decision.id)),
            ]
        })
        .collect();
    csv_download("consortium-decisions.csv", &header, rows)
}

/// `GET /consortium/decisions.json`.
pub async fn json(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached_heavy(&cache, &ctx, "/consortium/decisions.json", || {
        build_json(&state, &ctx)
    })
    .await
}

async fn build_json(state: &AppState, _ctx: &RequestContext) -> AppResult<Response> {
    let entries = entries(state).await?;
    let rules = rules_by_id(state, &entries).await?;
    let decisions: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| {
            let t = e.round.tally;
            let r = rules.get(&e.round.rules_id).map(|r| {
                json!({
                    "version": r.id,
                    "agreed_on": (!r.agreed_on.is_empty()).then_some(&r.agreed_on),
                    "quorum_percent": r.terms.quorum_percent,
                    "objection_effect": r.terms.objection_effect.code(),
                    "objection_percent": r.terms.objection_percent,
                    "block_by": r.terms.block_by.code(),
                    "block_effect": r.terms.block_effect.code(),
                })
            });
            json!({
                "id": e.decision.id.0,
                "title": e.decision.title,
                "proposal": e.decision.proposal,
                "round": e.round.round,
                "opens_at": rfc3339(e.round.opens_at),
                "closes_at": rfc3339(e.round.closes_at),
                "rules": r,
                "result": e.round.result.map(|o| o.code()),
                "stances": {
                    "consent": t.consent, "reservations": t.reservations,
                    "stand_aside": t.stand_aside, "object": t.object, "block": t.block,
                },
                "eligible": e.round.eligible,
                "outcome": e.decision.outcome,
                "example": e.decision.is_example,
                "url": state.config.link(&format!("/consortium/decisions/{}", e.decision.id)),
            })
        })
        .collect();
    let body = json!({
        "licence": "CC-BY-4.0",
        "count": decisions.len(),
        "decisions": decisions,
    });
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response())
}

/// `GET /consortium/decisions.atom`: the newest decisions, each as put and as decided.
pub async fn atom(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached_heavy(&cache, &ctx, "/consortium/decisions.atom", || {
        build_atom(&state, &ctx)
    })
    .await
}

async fn build_atom(state: &AppState, ctx: &RequestContext) -> AppResult<Response> {
    let entries = entries(state).await?;
    let feed = entries
        .iter()
        .take(50)
        .map(|e| {
            let link = state
                .config
                .link(&format!("/consortium/decisions/{}", e.decision.id));
            atom_entry(
                format!("{link}#round-{}", e.round.round),
                &e.decision.title,
                link,
                e.round.closed_at.unwrap_or(e.round.opens_at),
                format!(
                    "{} {}",
                    result_words(ctx, e),
                    e.decision.outcome.chars().take(400).collect::<String>()
                ),
            )
        })
        .collect();
    Ok(atom_response(
        &state.config,
        ctx,
        "/consortium/decisions",
        "consortium-feed-title",
        feed,
    ))
}
