//! Sign in with a one-time link sent by e-mail instead of a password: `/sign-in-link`
//! asks for the address, `/sign-in-link/{token}` uses the link (by a button press).
//! Using the link also confirms the address, since it proves the person reads that inbox.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::link_page::{link_invalid, show_link_landing, LinkLanding};
use super::password_reset::{link_request_errors, EmailForm, RequestLinkPage};
use super::start_session;
use crate::auth::tokens::{self, Purpose};
use crate::auth::{model, throttle};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, ValidForm};
use crate::mail::messages::{self, Kind};
use crate::state::AppState;
use crate::views::{render, Layout};

pub async fn show_request(Ctx(ctx): Ctx) -> AppResult<Response> {
    render(&RequestLinkPage {
        layout: Layout::new(&ctx, "sign-in-link-title")
            .with_crumbs(&[("sign-in-title", "/sign-in")]),
        heading: ctx.lang.t("sign-in-link-title"),
        errors: FieldErrors::new(ctx.lang),
        form: EmailForm::default(),
        intro: ctx.lang.t("sign-in-link-intro"),
        action: "/sign-in-link",
    })
}

pub async fn send_link(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    ValidForm(form): ValidForm<EmailForm>,
) -> AppResult<Response> {
    if let Some(page) = link_request_errors(
        &ctx,
        &form,
        "sign-in-link-title",
        "sign-in-link-intro",
        "/sign-in-link",
    )? {
        return Ok(page);
    }
    if let Some(wait) =
        throttle::check_public_form(&state.db, "sign-in-link", &ctx.client_ip.to_string()).await?
    {
        return Err(AppError::TooManyRequests {
            retry_after_secs: wait,
        });
    }
    if let Some(user) = model::find_by_email(&state.db, &form.email).await? {
        if user.suspended_at.is_none() {
            send_sign_in_link(&state, &user).await?;
        }
    }
    Ok(Redirect::to("/check-your-email").into_response())
}

/// Issues a sign-in link for `user` and e-mails it; returns the link.
pub async fn send_sign_in_link(state: &AppState, user: &model::User) -> AppResult<String> {
    let token = tokens::issue(&state.db, user.id, Purpose::SignIn, None).await?;
    let link = state.config.link(&format!("/sign-in-link/{token}"));
    messages::send(
        &state.db,
        user.lang,
        Kind::SignInLink,
        &user.email,
        &user.name,
        &link,
    )
    .await?;
    Ok(link)
}

pub async fn show_link(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let landing = LinkLanding {
        purpose: Purpose::SignIn,
        title_key: "sign-in-link-use-title",
        intro_key: "sign-in-link-use-intro",
        button_key: "sign-in-button",
        path_prefix: "/sign-in-link",
    };
    show_link_landing(&state, &ctx, &token, landing).await
}

pub async fn use_link(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let Some(valid) = tokens::consume(&state.db, &token, Purpose::SignIn).await? else {
        return link_invalid(&ctx);
    };
    let Some(user) = model::find_by_id(&state.db, valid.user_id).await? else {
        return link_invalid(&ctx);
    };
    if user.suspended_at.is_some() {
        return Err(AppError::Forbidden(Some("error-account-suspended")));
    }
    model::mark_email_confirmed(&state.db, user.id).await?;
    start_session(&state, &ctx, user.id, "/", Some(Flash("flash-signed-in"))).await
}
