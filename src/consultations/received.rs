//! Coordinators' side of responses: every response with the respondent's details
//! (`/consultations/{slug}/responses`, personal data seen only here), and entering one
//! received by post, e-mail, phone or at an event on the person's behalf
//! (`/consultations/{slug}/responses/new`), marked as such.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::model::{self, Consultation, Phase, ReceivedVia};
use super::read::visible;
use super::respond::{read_respondent, respond_page, Target};
use super::respond_form::RespondForm;
use crate::error::AppResult;
use crate::forms::{check_email, FieldErrors};
use crate::http::{Ctx, Flash};
use crate::state::AppState;
use crate::storage::now;
use crate::views::{format_time, render, Layout};

/// `GET /consultations/{slug}/responses/new`.
pub async fn show_new(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    respond_page(
        &state,
        &ctx,
        c,
        RespondForm::default(),
        FieldErrors::new(ctx.lang),
        Target::Received,
        "",
    )
    .await
}

/// `POST /consultations/{slug}/responses/new`.
pub async fn create(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let c = visible(&state, &ctx, &slug).await?;
    let form = RespondForm::from_pairs(crate::http::parse_form(&body)?);
    let questions = model::questions(&state.db, c.id).await?;
    let checked = read_respondent(&state, &ctx, &form, &questions, false).await?;
    let via = ReceivedVia::from_code(&form.received_via).filter(|v| *v != ReceivedVia::Online);
    let mut errors = match &checked {
        Ok(_) => FieldErrors::new(ctx.lang),
        Err(errors) => errors.clone(),
    };
    if via.is_none() {
        errors.add("received_via", "consult-error-via");
    }
    if !form.email.trim().is_empty() {
        check_email(&mut errors, "email", &form.email);
    }
    if c.phase(now()) == Phase::Draft {
        errors.add("name", "consult-error-not-open");
    }
    match (checked, via) {
        (Ok((who, answers)), Some(via)) if errors.is_empty() => {
            model::enter_received(&state.db, &c, via, user.id.0, &who, &answers).await?;
            Ok((
                Flash("consult-flash-entered"),
                Redirect::to(&format!("/consultations/{slug}/responses")),
            )
                .into_response())
        }
        _ => respond_page(&state, &ctx, c, form, errors, Target::Received, "").await,
    }
}

struct ResponseRow {
    name: String,
    email: String,
    organisation: String,
    via: String,
    status: String,
    publish_name: bool,
    when: String,
}

#[derive(Template)]
#[template(path = "consultations/responses.html")]
struct ResponsesView {
    layout: Layout,
    c: Consultation,
    rows: Vec<ResponseRow>,
}

/// `GET /consultations/{slug}/responses`: coordinators only.
pub async fn list(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let rows = model::all_responses(&state.db, c.id)
        .await?
        .into_iter()
        .map(|r| ResponseRow {
            via: ctx
                .lang
                .t(&format!("consult-via-{}", r.received_via.code())),
            status: ctx.lang.t(match (r.submitted, r.email_confirmed) {
                (true, true) => "consult-status-counted",
                (true, false) => "consult-status-unconfirmed",
                _ => "consult-status-draft",
            }),
            when: format_time(ctx.lang, r.updated_at),
            name: r.respondent.name,
            email: r.respondent.email,
            organisation: r.organisation_name,
            publish_name: r.respondent.publish_name,
        })
        .collect();
    let title = ctx.lang.t_args(
        "consult-responses-title",
        &[("title", c.fields.title.clone().into())],
    );
    render(&ResponsesView {
        layout: Layout::titled(&ctx, title).with_crumbs(&[("consult-title", "/consultations")]),
        c,
        rows,
    })
}
