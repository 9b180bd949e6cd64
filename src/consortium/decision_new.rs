//! `/consortium/decisions/new`: a coordinator or the bid facilitator puts a proposal to
//! the members: what is proposed, its background, documents chosen from lists (a wiki
//! page's current revision, an uploaded file), and when it opens and closes (by default
//! now, and the rules' number of days later). It is taken under the rules in force.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::form::DecisionForm;
use super::model;
use super::rules_page::rules_in_force;
use super::standing::Standing;
use crate::calendar::when::utc_to_london;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::storage::now;
use crate::views::{render_form, Layout};

#[derive(Template)]
#[template(path = "consortium/decision_new.html")]
struct NewView {
    layout: Layout,
    errors: FieldErrors,
    form: DecisionForm,
    pages: Vec<(i64, String)>,
    files: Vec<(i64, String)>,
    rules_days: i64,
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    form: DecisionForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let mut layout = Layout::new(ctx, "consortium-decision-new-title").with_crumbs(&[
        ("consortium-title", "/consortium"),
        ("consortium-decisions-title", "/consortium/decisions"),
    ]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &NewView {
            layout,
            errors,
            form,
            pages: model::wiki_revision_choices(&state.db).await?,
            files: model::file_choices(&state.db).await?,
            rules_days: rules_in_force(state).await?.terms.default_days,
        },
    )
}

/// `GET /consortium/decisions/new`.
pub async fn show_new_decision(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
) -> AppResult<Response> {
    Standing::of(&state, &ctx).await?.require_proposer()?;
    let rules = rules_in_force(&state).await?;
    let (closes_date, closes_time) = utc_to_london(now() + rules.terms.default_days * 86_400);
    let form = DecisionForm {
        closes_date,
        closes_time,
        ..DecisionForm::default()
    };
    page(&state, &ctx, form, FieldErrors::new(ctx.lang)).await
}

/// `POST /consortium/decisions/new`.
pub async fn create_decision(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    Standing::of(&state, &ctx).await?.require_proposer()?;
    let form: DecisionForm = crate::http::parse_form(&body)?;
    let mut new = match form.validate(ctx.lang, now()) {
        Ok(new) => new,
        Err(errors) => return page(&state, &ctx, form, errors).await,
    };
    // Documents must be ones the lists offered (a forged id is dropped with a message).
    let mut errors = FieldErrors::new(ctx.lang);
    if let Some(rev) = new.wiki_revision_id {
        if model::wiki_revision_link(&state.db, rev).await?.is_none() {
            errors.add("wiki_revision_id", "consortium-error-document");
        }
    }
    if let Some(file) = new.file_id {
        if model::file_name(&state.db, file).await?.is_none() {
            errors.add("file_id", "consortium-error-document");
        }
    }
    if !errors.is_empty() {
        return page(&state, &ctx, form, errors).await;
    }
    new.is_example = false;
    let rules = rules_in_force(&state).await?;
    let id =
        model::create_decision(&state.db, &state.config, &new, rules.id, Some(user.id.0)).await?;
    Ok((
        Flash("consortium-flash-decision-put"),
        Redirect::to(&format!("/consortium/decisions/{id}")),
    )
        .into_response())
}
