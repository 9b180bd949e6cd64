//! "Include my organisation" (`/organisations/new`): a public form, no account needed, in
//! plain language, with consent to be listed. A honeypot field and per-address rate limits
//! stop spam (no CAPTCHA). The submitter confirms their address by link; then the
//! submission waits in the coordinators' queue.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::fields::{validate, OrgForm};
use super::model;
use super::record::EditView;
use crate::auth::secret::{hash_token, random_token};
use crate::auth::throttle;
use crate::error::{AppError, AppResult};
use crate::forms::{check_email, check_text, FieldErrors};
use crate::http::{Ctx, Flash, RequestContext};
use crate::i18n::Arg;
use crate::mail::messages;
use crate::state::AppState;
use crate::views::{render, Layout};

/// The fields the public form adds to an organisation's.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct SubmitterForm {
    submitter_name: String,
    submitter_email: String,
    consent: String,
    /// The honeypot: hidden from people, filled in by bots.
    fax_number: String,
}

fn form_view(
    ctx: &RequestContext,
    errors: FieldErrors,
    form: OrgForm,
    submitter: &SubmitterForm,
) -> AppResult<Response> {
    let mut view = EditView::new(
        ctx,
        ctx.lang.t("orgs-new-title"),
        "/organisations/new".into(),
        errors,
        form,
        true,
    );
    view.submitter_name = submitter.submitter_name.clone();
    view.submitter_email = submitter.submitter_email.clone();
    view.respond()
}

pub async fn show_form(Ctx(ctx): Ctx) -> AppResult<Response> {
    form_view(
        &ctx,
        FieldErrors::new(ctx.lang),
        OrgForm::default(),
        &SubmitterForm::default(),
    )
}

pub async fn submit(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    body: Bytes,
) -> AppResult<Response> {
    let mut form: OrgForm = crate::http::parse_form(&body)?;
    let submitter: SubmitterForm = crate::http::parse_form(&body)?;
    if !submitter.fax_number.is_empty() {
        // A bot: answer as if all went well, keep nothing.
        return Ok(Redirect::to("/organisations/new/sent").into_response());
    }
    // Consent to be listed is what the public form is for.
    form.listed = "1".into();
    form.lead_nation = String::new();
    let mut errors = match validate(&form, ctx.lang) {
        Ok(_) => FieldErrors::new(ctx.lang),
        Err(errors) => errors,
    };
    check_text(
        &mut errors,
        "submitter_name",
        &submitter.submitter_name,
        100,
        "error-name-missing",
        "error-name-too-long",
    );
    check_email(&mut errors, "submitter_email", &submitter.submitter_email);
    if submitter.consent != "1" {
        errors.add("consent", "orgs-error-consent");
    }
    if !errors.is_empty() {
        return form_view(&ctx, errors, form, &submitter);
    }
    if let Some(wait) =
        throttle::check_public_form(&state.db, "organisation", &ctx.client_ip.to_string()).await?
    {
        return Err(AppError::TooManyRequests {
            retry_after_secs: wait,
        });
    }
    let fields = validate(&form, ctx.lang).map_err(|_| AppError::BadRequest(None))?;
    let token = random_token();
    let email = submitter.submitter_email.trim().to_lowercase();
    model::add_submission(
        &state.db,
        &fields,
        submitter.submitter_name.trim(),
        &email,
        ctx.lang.code(),
        &hash_token(&token),
    )
    .await?;
    let link = state
        .config
        .link(&format!("/organisations/new/confirm/{token}"));
    messages::send_keyed(
        &state.db,
        ctx.lang,
        "org-confirm",
        &email,
        &[
            ("name", Arg::from(submitter.submitter_name.trim())),
            ("organisation", Arg::from(fields.name.clone())),
            ("link", Arg::from(link)),
        ],
    )
    .await?;
    Ok(Redirect::to("/organisations/new/sent").into_response())
}

#[derive(Template)]
#[template(path = "orgs/sent.html")]
struct SentView {
    layout: Layout,
}

pub async fn show_sent(Ctx(ctx): Ctx) -> AppResult<Response> {
    render(&SentView {
        layout: Layout::new(&ctx, "orgs-sent-title")
            .with_crumbs(&[("orgs-title", "/organisations")]),
    })
}

#[derive(Template)]
#[template(path = "auth_pages/use_link.html")]
struct ConfirmView {
    layout: Layout,
    intro: String,
    button: String,
    action: String,
}

pub async fn show_confirm(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    if !model::submission_exists_unconfirmed(&state.db, &hash_token(&token)).await? {
        return crate::auth_pages::link_page::link_invalid(&ctx);
    }
    render(&ConfirmView {
        layout: Layout::new(&ctx, "orgs-confirm-title").with_crumbs(&[]),
        intro: ctx.lang.t("orgs-confirm-intro"),
        button: ctx.lang.t("orgs-confirm-button"),
        action: format!("/organisations/new/confirm/{token}"),
    })
}

pub async fn confirm(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    if !model::confirm_submission(&state.db, &hash_token(&token)).await? {
        return crate::auth_pages::link_page::link_invalid(&ctx);
    }
    Ok((
        Flash("orgs-flash-confirmed"),
        Redirect::to("/organisations"),
    )
        .into_response())
}
