//! `/proposals`: the funding proposals (members see drafts; everyone sees those
//! submitted), and `/proposals/new` where a coordinator or the facilitator starts one from
//! the funder's questions.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::form::ProposalForm;
use super::model::{self, Proposal};
use crate::consortium::standing::Standing;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render, render_form, Layout};

#[derive(Template)]
#[template(path = "proposals/list.html")]
struct ListView {
    layout: Layout,
    rows: Vec<(Proposal, String)>,
    proposer: bool,
}

/// The words for where a bid is.
pub fn stage_words(ctx: &RequestContext, p: &Proposal) -> String {
    match p.answer {
        Some(a) => ctx.lang.t(&format!("proposals-answer-{}", a.code())),
        None => ctx.lang.t("proposals-stage-drafting"),
    }
}

/// `GET /proposals`.
pub async fn list(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let standing = Standing::of(&state, &ctx).await?;
    let rows = model::list_proposals(&state.db)
        .await?
        .into_iter()
        .filter(|p| standing.is_inside() || p.submitted_version.is_some())
        .map(|p| {
            let stage = stage_words(&ctx, &p);
            (p, stage)
        })
        .collect();
    render(&ListView {
        layout: Layout::new(&ctx, "proposals-title")
            .with_crumbs(&[("consortium-title", "/consortium")]),
        rows,
        proposer: standing.may_propose(),
    })
}

#[derive(Template)]
#[template(path = "proposals/new.html")]
struct NewView {
    layout: Layout,
    errors: FieldErrors,
    form: ProposalForm,
}

fn new_page(ctx: &RequestContext, form: ProposalForm, errors: FieldErrors) -> AppResult<Response> {
    let mut layout =
        Layout::new(ctx, "proposals-new-title").with_crumbs(&[("proposals-title", "/proposals")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &NewView {
            layout,
            errors,
            form,
        },
    )
}

/// `GET /proposals/new`.
pub async fn show_new(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    Standing::of(&state, &ctx).await?.require_proposer()?;
    new_page(&ctx, ProposalForm::default(), FieldErrors::new(ctx.lang))
}

/// A slug for `title` not used by another proposal.
async fn free_slug(state: &AppState, title: &str) -> AppResult<String> {
    for candidate in crate::http::slug::candidates(title, "proposal") {
        if !model::slug_taken(&state.db, &candidate).await? {
            return Ok(candidate);
        }
    }
    Err(AppError::Internal(anyhow::anyhow!(
        "no free slug for {title}"
    )))
}

/// `POST /proposals/new`.
pub async fn create(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    Standing::of(&state, &ctx).await?.require_proposer()?;
    let form: ProposalForm = crate::http::parse_form(&body)?;
    let (new, sections) = match form.validate(ctx.lang) {
        Ok(ok) => ok,
        Err(errors) => return new_page(&ctx, form, errors),
    };
    let slug = free_slug(&state, &new.title).await?;
    model::create_proposal(&state.db, &slug, &new, &sections, false, Some(user.id.0)).await?;
    Ok((
        Flash("proposals-flash-created"),
        Redirect::to(&format!("/proposals/{slug}")),
    )
        .into_response())
}
