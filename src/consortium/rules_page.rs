//! `/consortium/rules`: "the way we decide", in force and every earlier version (public),
//! and the coordinators' form to record a newly agreed version. Versions are never edited:
//! each decision keeps the version it was taken under.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::decision_page::{markdown_html, rules_summary};
use super::form::RulesForm;
use super::model::{self, BlockBy, BlockEffect, ObjectionEffect, Rules};
use super::standing::Standing;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::storage::now;
use crate::views::{choices, Choice};
use crate::views::{render, render_form, Layout};

/// The rules in force (the migration writes the starting version, so there always is one).
pub async fn rules_in_force(state: &AppState) -> AppResult<Rules> {
    model::current_rules(&state.db)
        .await?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("no consortium rules")))
}

pub struct RulesRow {
    pub summary: String,
    pub body_html: String,
    pub agreed_on: String,
    pub days: i64,
}

#[derive(Template)]
#[template(path = "consortium/rules.html")]
struct RulesView {
    layout: Layout,
    current: RulesRow,
    earlier: Vec<RulesRow>,
    coordinator: bool,
}

fn rules_row(layout: &Layout, ctx: &RequestContext, r: &Rules) -> RulesRow {
    RulesRow {
        summary: rules_summary(layout, r),
        body_html: markdown_html(ctx, &r.terms.body),
        agreed_on: r.agreed_on.clone(),
        days: r.terms.default_days,
    }
}

/// `GET /consortium/rules`.
pub async fn show_rules(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let layout = Layout::new(&ctx, "consortium-rules-title")
        .with_crumbs(&[("consortium-title", "/consortium")]);
    let history = model::rules_history(&state.db).await?;
    let current = history
        .first()
        .map(|r| rules_row(&layout, &ctx, r))
        .ok_or(AppError::NotFound)?;
    let earlier = history
        .iter()
        .skip(1)
        .map(|r| rules_row(&layout, &ctx, r))
        .collect();
    render(&RulesView {
        coordinator: Standing::of(&state, &ctx).await?.coordinator,
        layout,
        current,
        earlier,
    })
}

#[derive(Template)]
#[template(path = "consortium/rules_edit.html")]
struct EditView {
    layout: Layout,
    errors: FieldErrors,
    form: RulesForm,
    objection_effects: Vec<Choice>,
    block_by: Vec<Choice>,
    block_effects: Vec<Choice>,
}

fn edit_page(ctx: &RequestContext, form: RulesForm, errors: FieldErrors) -> AppResult<Response> {
    let mut layout = Layout::new(ctx, "consortium-rules-edit-title").with_crumbs(&[
        ("consortium-title", "/consortium"),
        ("consortium-rules-title", "/consortium/rules"),
    ]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &EditView {
            objection_effects: choices(ctx, "consortium-objection-", ObjectionEffect::CODES, |c| {
                c == form.objection_effect
            }),
            block_by: choices(ctx, "consortium-block-by-", BlockBy::CODES, |c| {
                c == form.block_by
            }),
            block_effects: choices(ctx, "consortium-block-effect-", BlockEffect::CODES, |c| {
                c == form.block_effect
            }),
            layout,
            errors,
            form,
        },
    )
}

/// `GET /consortium/rules/edit`.
pub async fn show_edit_rules(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let rules = rules_in_force(&state).await?;
    let form = RulesForm::from_terms(&rules.terms, &model::today(now()));
    edit_page(&ctx, form, FieldErrors::new(ctx.lang))
}

/// `POST /consortium/rules/edit`: records a newly agreed version.
pub async fn save_rules(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: RulesForm = crate::http::parse_form(&body)?;
    match form.validate(ctx.lang) {
        Ok((terms, agreed_on)) => {
            model::save_rules(&state.db, &terms, &agreed_on, Some(user.id.0)).await?;
            Ok((
                Flash("consortium-flash-rules"),
                Redirect::to("/consortium/rules"),
            )
                .into_response())
        }
        Err(errors) => edit_page(&ctx, form, errors),
    }
}
