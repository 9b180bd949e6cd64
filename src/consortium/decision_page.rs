//! `/consortium/decisions/{id}`: a decision's proposal, documents, rules, rounds and
//! result (public, with the count of each stance), and for the members each
//! organisation's stance and reason, the stance form (a signatory for their member, a
//! coordinator on a member's behalf saying how it was given), the outcome statement and
//! reopening. A round past its closing time is closed as the page is read.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::form::{DecisionForm, StanceForm};
use super::model::{
    self, Casting, Decision, DecisionId, MemberId, Round, Rules, Stance, StanceRefused, StanceView,
};
use super::standing::Standing;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::storage::now;
use crate::views::{choices, Choice};
use crate::views::{format_time, render_form, Layout};

/// A round as the page shows it.
pub struct RoundView {
    pub number: i64,
    pub opens: String,
    pub closes: String,
    pub open: bool,
    pub result: String,
    pub result_code: String,
    pub rules: Option<Rules>,
    pub counts: Vec<(String, i64)>,
    pub given: i64,
    pub eligible: i64,
    /// Members only: each organisation's stance, and the history.
    pub stances: Vec<StanceView>,
    pub history: Vec<StanceView>,
}

#[derive(Template)]
#[template(path = "consortium/decision.html")]
struct DecisionView {
    layout: Layout,
    errors: FieldErrors,
    decision: Decision,
    proposal_html: String,
    background_html: String,
    outcome_html: String,
    rounds: Vec<RoundView>,
    inside: bool,
    proposer: bool,
    coordinator: bool,
    /// The member this person answers for (signatories), with its current stance.
    answering_for: Option<(String, Option<Stance>)>,
    /// For coordinators: the members who decide, to record on their behalf.
    members: Vec<(i64, String)>,
    stances: Vec<Choice>,
    form: StanceForm,
    open_round: Option<i64>,
    document: Option<(String, String)>,
    file_name: Option<String>,
    /// The frozen proposal version a sign-off is about: its title, number and link.
    proposal_doc: Option<(String, i64, String)>,
    /// The latest round has closed: it may be reopened.
    closed: bool,
    /// The plan's outputs this decision is evidence for.
    part_of: Vec<(crate::plan::model::OutputId, String)>,
}

impl DecisionView {
    fn stance_label(&self, s: &Stance) -> String {
        self.layout.t(&format!("consortium-stance-{}", s.code()))
    }
    fn rules_text(&self, r: &Rules) -> String {
        rules_summary(&self.layout, r)
    }
}

/// The rules in one sentence per term, for the decision and the register.
pub fn rules_summary(layout: &Layout, r: &Rules) -> String {
    let t = &r.terms;
    let objection = match t.objection_effect {
        model::ObjectionEffect::Noted => layout.t("consortium-rules-objection-noted"),
        model::ObjectionEffect::Share => layout.t1(
            "consortium-rules-objection-share-is",
            "percent",
            t.objection_percent,
        ),
    };
    format!(
        "{} {} {} {}",
        layout.t1("consortium-rules-quorum-is", "percent", t.quorum_percent),
        objection,
        layout.t(&format!("consortium-rules-block-by-{}", t.block_by.code())),
        layout.t(&format!(
            "consortium-rules-block-effect-{}",
            t.block_effect.code()
        )),
    )
}

pub(super) fn markdown_html(ctx: &RequestContext, text: &str) -> String {
    crate::wiki::render::standalone_html(ctx.lang, text)
}

async fn find(state: &AppState, id: DecisionId) -> AppResult<Decision> {
    // Reading closes what is due, so the page never shows a stale "open".
    model::close_due(&state.db, &state.config, now()).await?;
    model::find_decision(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    decision: Decision,
    form: StanceForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let standing = Standing::of(state, ctx).await?;
    let at = now();
    let rounds = model::rounds(&state.db, decision.id).await?;
    let mut views = Vec::new();
    for r in &rounds {
        views.push(round_view(state, ctx, &standing, r).await?);
    }
    let open_round = rounds.first().filter(|r| r.is_open(at)).map(|r| r.round);
    // A signatory is inside, so the open (newest) round's view holds their stance.
    let answering_for = match (standing.signatory_for(), open_round) {
        (Some(m), Some(_)) => {
            let mine = views
                .first()
                .and_then(|v| v.stances.iter().find(|s| s.member_id == m.id))
                .map(|s| s.stance);
            Some((m.name.clone(), mine))
        }
        _ => None,
    };
    let members = if standing.coordinator && open_round.is_some() {
        let today = model::today(at);
        model::list_members(&state.db)
            .await?
            .into_iter()
            .filter(|m| m.decides(&today))
            .map(|m| (m.id.0, m.name))
            .collect()
    } else {
        Vec::new()
    };
    let document = match decision.wiki_revision_id {
        Some(rev) => model::wiki_revision_link(&state.db, rev).await?,
        None => None,
    };
    let file_name = match decision.file_id {
        Some(file) => model::file_name(&state.db, file).await?,
        None => None,
    };
    let proposal_doc = match decision.proposal_version_id {
        Some(v) => model::proposal_version_link(&state.db, v).await?,
        None => None,
    };
    let closed = rounds.first().is_some_and(|r| r.closed_at.is_some());
    let decision_id = decision.id;
    let mut layout = Layout::titled(ctx, decision.title.clone()).with_crumbs(&[
        ("consortium-title", "/consortium"),
        ("consortium-decisions-title", "/consortium/decisions"),
    ]);
    let has_errors = layout.mark_errors_if(&errors);
    let stances = choices(ctx, "consortium-stance-", Stance::CODES, |c| {
        c == form.stance
    });
    render_form(
        has_errors,
        &DecisionView {
            proposal_html: markdown_html(ctx, &decision.proposal),
            background_html: markdown_html(ctx, &decision.background),
            outcome_html: markdown_html(ctx, &decision.outcome),
            layout,
            errors,
            decision,
            rounds: views,
            inside: standing.is_inside(),
            proposer: standing.may_propose(),
            coordinator: standing.coordinator,
            answering_for,
            members,
            stances,
            form,
            open_round,
            document,
            file_name,
            proposal_doc,
            closed,
            part_of: crate::plan::model::outputs_evidenced_by(
                &state.db,
                crate::plan::model::EvidenceKind::Decision,
                decision_id.0,
            )
            .await?,
        },
    )
}

async fn round_view(
    state: &AppState,
    ctx: &RequestContext,
    standing: &Standing,
    r: &Round,
) -> AppResult<RoundView> {
    let tally = r.tally;
    let (stances, history) = if standing.is_inside() {
        model::round_stances(&state.db, r.decision_id, r.round).await?
    } else {
        (Vec::new(), Vec::new())
    };
    let result_code = r.result.map(|o| o.code().to_string()).unwrap_or_default();
    Ok(RoundView {
        number: r.round,
        opens: format_time(ctx.lang, r.opens_at),
        closes: format_time(ctx.lang, r.closes_at),
        open: r.is_open(now()),
        result: match r.result {
            Some(o) => ctx.lang.t(&format!("consortium-result-{}", o.code())),
            None if r.opens_at > now() => ctx.lang.t("consortium-round-not-open"),
            None => ctx.lang.t("consortium-round-open"),
        },
        result_code,
        rules: model::rules_version(&state.db, r.rules_id).await?,
        counts: tally
            .counts()
            .iter()
            .map(|(s, n)| (ctx.lang.t(&format!("consortium-stance-{}", s.code())), *n))
            .collect(),
        given: tally.given(),
        eligible: r.eligible,
        stances,
        history,
    })
}

/// `GET /consortium/decisions/{id}`.
pub async fn show_decision(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<DecisionId>,
) -> AppResult<Response> {
    // Visitors' copy from the one-second page cache.
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached(&cache, &ctx, || async {
        let decision = find(&state, id).await?;
        let form = StanceForm::default();
        page(&state, &ctx, decision, form, FieldErrors::new(ctx.lang)).await
    })
    .await
}

fn refusal_key(refused: StanceRefused) -> &'static str {
    match refused {
        StanceRefused::NotOpenYet => "consortium-error-not-open-yet",
        StanceRefused::Closed => "consortium-error-closed",
        StanceRefused::NoSuchRound => "consortium-error-old-round",
        StanceRefused::NotAMember => "consortium-error-left",
        StanceRefused::DoesNotDecide => "consortium-error-observer",
    }
}

/// `POST /consortium/decisions/{id}/stance`.
pub async fn record_stance(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<DecisionId>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    // The decision is read only to show the form again: recording checks the round itself
    // (a forged id has no round, and is then not found here).
    let standing = Standing::of(&state, &ctx).await?;
    let form: StanceForm = crate::http::parse_form(&body)?;
    // A signatory answers for their own member; a coordinator records on a member's behalf.
    let (member, on_behalf) = match (standing.signatory_for(), standing.coordinator) {
        (Some(m), _) => (m.id, false),
        (None, true) => (MemberId(form.member_id.trim().parse().unwrap_or(0)), true),
        // Partners who are not a deciding member's signatory: nothing here for them.
        (None, false) => return Err(AppError::NotFound),
    };
    let (stance, reason) = match form.validate(ctx.lang, on_behalf) {
        Ok(ok) => ok,
        Err(errors) => {
            let decision = find(&state, id).await?;
            return page(&state, &ctx, decision, form, errors).await;
        }
    };
    let round = form.round.trim().parse::<i64>().unwrap_or(0);
    let how = if on_behalf { form.how.trim() } else { "" };
    let casting = Casting {
        by_user: user.id.0,
        on_behalf_how: how,
    };
    match model::record_stance(
        &state.db,
        id,
        round,
        member,
        stance,
        &reason,
        &casting,
        now(),
    )
    .await?
    {
        Ok(()) => Ok((
            Flash("consortium-flash-stance"),
            Redirect::to(&format!("/consortium/decisions/{id}#stances")),
        )
            .into_response()),
        Err(refused) => {
            let decision = find(&state, id).await?;
            let mut errors = FieldErrors::new(ctx.lang);
            errors.add("stance", refusal_key(refused));
            page(&state, &ctx, decision, form, errors).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OutcomeForm {
    outcome: String,
}

/// `POST /consortium/decisions/{id}/outcome`: the facilitator's statement.
pub async fn save_outcome(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<DecisionId>,
    body: Bytes,
) -> AppResult<Response> {
    let decision = find(&state, id).await?;
    Standing::of(&state, &ctx).await?.require_proposer()?;
    let form: OutcomeForm = crate::http::parse_form(&body)?;
    if form.outcome.chars().count() > 20_000 {
        let mut errors = FieldErrors::new(ctx.lang);
        errors.add("outcome", "consult-error-too-long");
        return page(&state, &ctx, decision, StanceForm::default(), errors).await;
    }
    model::set_outcome_statement(&state.db, id, form.outcome.trim()).await?;
    Ok((
        Flash("consortium-flash-outcome"),
        Redirect::to(&format!("/consortium/decisions/{id}")),
    )
        .into_response())
}

/// `POST /consortium/decisions/{id}/close`: the proposer closes the open round now.
pub async fn close_now(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<DecisionId>,
) -> AppResult<Response> {
    find(&state, id).await?;
    Standing::of(&state, &ctx).await?.require_proposer()?;
    let flash = if model::close_now(&state.db, &state.config, id).await? {
        "consortium-flash-closed"
    } else {
        "consortium-flash-not-open"
    };
    Ok((
        Flash(flash),
        Redirect::to(&format!("/consortium/decisions/{id}")),
    )
        .into_response())
}

/// `POST /consortium/decisions/{id}/reopen`: a new round, under the rules in force.
pub async fn reopen(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<DecisionId>,
    body: Bytes,
) -> AppResult<Response> {
    let decision = find(&state, id).await?;
    Standing::of(&state, &ctx).await?.require_proposer()?;
    let mut form: DecisionForm = crate::http::parse_form(&body)?;
    // Only the dates come from this form; the question stays the same.
    form.title = decision.title.clone();
    form.proposal = decision.proposal.clone();
    let rules = super::rules_page::rules_in_force(&state).await?;
    let new = match form.validate(ctx.lang, now()) {
        Ok(new) => new,
        Err(errors) => return page(&state, &ctx, decision, StanceForm::default(), errors).await,
    };
    match model::reopen_decision(
        &state.db,
        &state.config,
        id,
        rules.id,
        new.opens_at,
        new.closes_at,
    )
    .await?
    {
        Ok(_) => Ok((
            Flash("consortium-flash-reopened"),
            Redirect::to(&format!("/consortium/decisions/{id}")),
        )
            .into_response()),
        Err(model::ReopenRefused::StillOpen) => {
            let mut errors = FieldErrors::new(ctx.lang);
            errors.add("closes_date", "consortium-error-still-open");
            page(&state, &ctx, decision, StanceForm::default(), errors).await
        }
    }
}
