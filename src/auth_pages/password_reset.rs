//! `/forgot-password` (ask for a link) and `/reset-password/{token}` (choose a new one).
//! A reset ends every session of the account and signs the person in afresh.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::link_page::link_invalid;
use super::start_session;
use crate::auth::tokens::{self, Purpose};
use crate::auth::{model, password, session, throttle};
use crate::error::{AppError, AppResult};
use crate::forms::{check_email, FieldErrors};
use crate::http::{Ctx, Flash, ValidForm};
use crate::mail::messages::{self, Kind};
use crate::state::AppState;
use crate::views::{render, render_status, Layout};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EmailForm {
    pub email: String,
}

/// The "enter your e-mail address and we'll send a link" page, shared with sign-in by link.
#[derive(Template)]
#[template(path = "auth_pages/request_link.html")]
pub struct RequestLinkPage {
    pub layout: Layout,
    pub heading: String,
    pub errors: FieldErrors,
    pub form: EmailForm,
    pub intro: String,
    pub action: &'static str,
}

pub async fn show_forgot(Ctx(ctx): Ctx) -> AppResult<Response> {
    render(&RequestLinkPage {
        layout: Layout::new(&ctx, "forgot-title").with_crumbs(&[("sign-in-title", "/sign-in")]),
        heading: ctx.lang.t("forgot-title"),
        errors: FieldErrors::new(ctx.lang),
        form: EmailForm::default(),
        intro: ctx.lang.t("forgot-intro"),
        action: "/forgot-password",
    })
}

/// The form page again with its errors, if the address is not valid.
pub fn link_request_errors(
    ctx: &crate::http::RequestContext,
    form: &EmailForm,
    title_key: &str,
    intro_key: &str,
    action: &'static str,
) -> AppResult<Option<Response>> {
    let mut errors = FieldErrors::new(ctx.lang);
    check_email(&mut errors, "email", &form.email);
    if errors.is_empty() {
        return Ok(None);
    }
    let mut layout = Layout::new(ctx, title_key).with_crumbs(&[("sign-in-title", "/sign-in")]);
    layout.mark_errors();
    render_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &RequestLinkPage {
            layout,
            heading: ctx.lang.t(title_key),
            errors,
            form: EmailForm {
                email: form.email.clone(),
            },
            intro: ctx.lang.t(intro_key),
            action,
        },
    )
    .map(Some)
}

pub async fn send_reset_link(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    ValidForm(form): ValidForm<EmailForm>,
) -> AppResult<Response> {
    if let Some(page) = link_request_errors(
        &ctx,
        &form,
        "forgot-title",
        "forgot-intro",
        "/forgot-password",
    )? {
        return Ok(page);
    }
    if let Some(wait) =
        throttle::check_public_form(&state.db, "forgot-password", &ctx.client_ip.to_string())
            .await?
    {
        return Err(AppError::TooManyRequests {
            retry_after_secs: wait,
        });
    }
    if let Some(user) = model::find_by_email(&state.db, &form.email).await? {
        if user.suspended_at.is_none() {
            let token = tokens::issue(&state.db, user.id, Purpose::ResetPassword, None).await?;
            let link = state.config.link(&format!("/reset-password/{token}"));
            messages::send(
                &state.db,
                user.lang,
                Kind::ResetPassword,
                &user.email,
                &user.name,
                &link,
            )
            .await?;
        }
    }
    Ok(Redirect::to("/check-your-email").into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewPasswordForm {
    pub password: String,
}

#[derive(Template)]
#[template(path = "auth_pages/reset_password.html")]
struct ResetPage {
    layout: Layout,
    errors: FieldErrors,
    action: String,
}

pub async fn show_reset(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    if tokens::peek(&state.db, &token, Purpose::ResetPassword)
        .await?
        .is_none()
    {
        return link_invalid(&ctx);
    }
    render(&ResetPage {
        layout: Layout::new(&ctx, "reset-title").with_crumbs(&[]),
        errors: FieldErrors::new(ctx.lang),
        action: format!("/reset-password/{token}"),
    })
}

pub async fn reset_password(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
    ValidForm(form): ValidForm<NewPasswordForm>,
) -> AppResult<Response> {
    let Some(valid) = tokens::peek(&state.db, &token, Purpose::ResetPassword).await? else {
        return link_invalid(&ctx);
    };
    let Some(user) = model::find_by_id(&state.db, valid.user_id).await? else {
        return link_invalid(&ctx);
    };
    if let Err(problem) = password::check_policy(&form.password, &user.email) {
        let mut errors = FieldErrors::new(ctx.lang);
        errors.add("password", problem.message_key());
        let mut layout = Layout::new(&ctx, "reset-title").with_crumbs(&[]);
        layout.mark_errors();
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ResetPage {
                layout,
                errors,
                action: format!("/reset-password/{token}"),
            },
        );
    }
    if tokens::consume(&state.db, &token, Purpose::ResetPassword)
        .await?
        .is_none()
    {
        return link_invalid(&ctx);
    }
    let hash = password::hash_async(&form.password).await?;
    model::set_password_hash(&state.db, user.id, &hash).await?;
    model::mark_email_confirmed(&state.db, user.id).await?;
    tokens::revoke_all(&state.db, user.id, Purpose::ResetPassword).await?;
    session::delete_all_for_user(&state.db, user.id).await?;
    start_session(
        &state,
        &ctx,
        user.id,
        "/account",
        Some(Flash("flash-password-changed")),
    )
    .await
}
