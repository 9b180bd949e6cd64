//! `/proposals/{slug}`: a bid at a glance. Members see every section with its owner,
//! status and words against the limit, the budget's total, the funder's checklist with
//! what is still missing, the frozen versions with their sign-off, and (for coordinators
//! and the facilitator) freezing, submitting and the funder's answer. Everyone sees the
//! submitted version, the answer and the bid's timeline.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use super::access::visible;
use super::list::stage_words;
use super::model::{self, ChecklistItem, Proposal, Section, Version};
use super::money::format_pounds;
use super::words::count_words;
use crate::consortium::model as consortium;
use crate::error::AppResult;
use crate::http::{Ctx, RequestContext};
use crate::state::AppState;
use crate::storage::now;
use crate::views::{format_time, render, Layout};

pub struct SectionRow {
    pub id: i64,
    pub title: String,
    pub owner: String,
    pub status: String,
    pub words: i64,
    pub limit: i64,
}

pub struct VersionRow {
    pub number: i64,
    pub frozen: String,
    pub hash: String,
    pub sign_off: String,
    pub decision_id: Option<i64>,
    pub agreed: bool,
    pub submitted: bool,
}

pub struct EventRow {
    pub when: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "proposals/show.html")]
pub struct OverviewView {
    pub layout: Layout,
    pub p: Proposal,
    pub stage: String,
    pub inside: bool,
    pub leading: bool,
    pub sections: Vec<SectionRow>,
    pub total: String,
    pub checklist: Vec<ChecklistItem>,
    pub missing: usize,
    pub versions: Vec<VersionRow>,
    pub timeline: Vec<EventRow>,
    pub award: String,
    pub summary_html: String,
}

fn section_row(ctx: &RequestContext, s: &Section) -> SectionRow {
    SectionRow {
        id: s.id.0,
        title: s.title.clone(),
        owner: s.owner_name.clone(),
        status: ctx.lang.t(&format!("proposals-status-{}", s.status.code())),
        words: count_words(&s.body),
        limit: s.word_limit,
    }
}

async fn version_row(state: &AppState, ctx: &RequestContext, v: &Version) -> AppResult<VersionRow> {
    let result = consortium::sign_off_result(&state.db, v.id).await?;
    Ok(VersionRow {
        number: v.number,
        frozen: format_time(ctx.lang, v.frozen_at),
        hash: v.sha256.chars().take(12).collect(),
        sign_off: match result {
            Some(o) => ctx.lang.t(&format!("consortium-result-{}", o.code())),
            None => ctx.lang.t("consortium-round-open"),
        },
        decision_id: v.decision_id.map(|d| d.0),
        agreed: matches!(
            result,
            Some(consortium::Outcome::Agreed | consortium::Outcome::AgreedWithReservations)
        ),
        submitted: v.submitted_at.is_some(),
    })
}

/// The bid's timeline in words.
pub async fn timeline_rows(
    state: &AppState,
    ctx: &RequestContext,
    p: &Proposal,
) -> AppResult<Vec<EventRow>> {
    Ok(model::timeline(&state.db, p.id)
        .await?
        .iter()
        .map(|e| {
            let mut args = vec![("detail", e.detail.clone().into())];
            if let Some(n) = e.version {
                args.push(("version", n.into()));
            }
            EventRow {
                when: format_time(ctx.lang, e.at),
                text: ctx
                    .lang
                    .t_args(&format!("proposals-event-{}", e.kind), &args),
            }
        })
        .collect())
}

/// `GET /proposals/{slug}`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (p, standing) = visible(&state, &ctx, &slug).await?;
    // Sign-offs that are due close as the page is read, as the register does.
    consortium::close_due(&state.db, &state.config, now()).await?;
    let inside = standing.is_inside();
    let (sections, total, checklist, versions) = if inside {
        let lines = model::budget_lines(&state.db, p.id).await?;
        let mut versions = Vec::new();
        for v in model::versions(&state.db, p.id).await? {
            versions.push(version_row(&state, &ctx, &v).await?);
        }
        (
            model::sections(&state.db, p.id)
                .await?
                .iter()
                .map(|s| section_row(&ctx, s))
                .collect(),
            format_pounds(model::totals(&lines).overall),
            model::checklist(&state.db, p.id).await?,
            versions,
        )
    } else {
        (Vec::new(), String::new(), Vec::new(), Vec::new())
    };
    let missing = checklist.iter().filter(|c| c.met_by.is_empty()).count();
    let award = p.award_pence.map(format_pounds).unwrap_or_default();
    render(&OverviewView {
        layout: Layout::titled(&ctx, p.title.clone())
            .with_crumbs(&[("proposals-title", "/proposals")]),
        stage: stage_words(&ctx, &p),
        leading: standing.may_propose(),
        timeline: timeline_rows(&state, &ctx, &p).await?,
        summary_html: crate::wiki::render::standalone_html(ctx.lang, &p.summary),
        inside,
        sections,
        total,
        checklist,
        missing,
        versions,
        award,
        p,
    })
}
