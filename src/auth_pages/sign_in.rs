//! `/sign-in` and `/sign-out`.
//!
//! Failures are throttled per account and per client address (see `throttle`). The page
//! says the same thing, and the server does the same work (a dummy argon2 verification),
//! whether or not the account exists.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::sign_up::NextParam;
use super::start_session;
use crate::auth::{model, password, session, throttle};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, ValidForm};
use crate::state::AppState;
use crate::views::{render, render_status, Layout};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignInForm {
    pub email: String,
    pub password: String,
    pub next: String,
}

#[derive(Template)]
#[template(path = "auth_pages/sign_in.html")]
struct SignInPage {
    layout: Layout,
    errors: FieldErrors,
    form: SignInForm,
}

pub async fn show_sign_in(Ctx(ctx): Ctx, next: NextParam) -> AppResult<Response> {
    if ctx.user.is_some() {
        return Ok(Redirect::to(super::safe_next(&next.next)).into_response());
    }
    render(&SignInPage {
        layout: Layout::new(&ctx, "sign-in-title").with_crumbs(&[]),
        errors: FieldErrors::new(ctx.lang),
        form: SignInForm {
            next: next.0.next,
            ..SignInForm::default()
        },
    })
}

pub async fn sign_in(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    ValidForm(form): ValidForm<SignInForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new(ctx.lang);
    if form.email.trim().is_empty() {
        errors.add("email", "error-email-missing");
    }
    if form.password.is_empty() {
        errors.add("password", "error-password-missing");
    }
    if form.password.chars().count() > password::MAX_LENGTH {
        errors.add("password", "error-password-too-long");
    }
    if errors.is_empty() {
        let account = model::normalise_email(&form.email);
        let pair_bucket = format!("signin-pair:{account}:{}", ctx.client_ip);
        let account_bucket = format!("signin-account:{account}");
        let address_bucket = format!("signin-ip:{}", ctx.client_ip);
        // The attempt is counted before the password is checked, so simultaneous guesses
        // cannot all slip under the limits; a success gives it back.
        let reservation = match throttle::reserve(
            &state.db,
            &[
                (&pair_bucket, throttle::SIGN_IN_LIMIT),
                (&address_bucket, throttle::SIGN_IN_ADDRESS_LIMIT),
                (&account_bucket, throttle::SIGN_IN_ACCOUNT_LIMIT),
            ],
        )
        .await?
        {
            Ok(reservation) => reservation,
            Err(wait) => {
                return Err(AppError::TooManyRequests {
                    retry_after_secs: wait,
                })
            }
        };
        let user = model::find_by_email(&state.db, &form.email).await?;
        let stored = match &user {
            Some(u) => model::password_hash(&state.db, u.id).await?,
            None => None,
        };
        let verified = match password::verify_async(&form.password, stored.as_deref()).await {
            Ok(verified) => verified,
            Err(e) => {
                // Not checked (the server is busy hashing): not a failure either.
                throttle::release(&state.db, reservation).await?;
                return Err(e);
            }
        };
        match user {
            Some(user) if verified => {
                // The right password is not a failure, whatever happens next.
                throttle::release(&state.db, reservation).await?;
                if user.suspended_at.is_some() {
                    errors.add("email", "error-account-suspended");
                } else if user.email_confirmed_at.is_none() {
                    errors.add("email", "error-email-unconfirmed");
                    resend_confirmation(&state, &user).await?;
                } else {
                    throttle::clear(&state.db, &pair_bucket).await?;
                    return start_session(
                        &state,
                        &ctx,
                        user.id,
                        &form.next,
                        Some(Flash("flash-signed-in")),
                    )
                    .await;
                }
            }
            _ => {
                // The reserved attempt stays: it is the recorded failure.
                errors.add("email", "error-sign-in-failed");
            }
        }
    }
    let mut layout = Layout::new(&ctx, "sign-in-title").with_crumbs(&[]);
    layout.mark_errors();
    render_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &SignInPage {
            layout,
            errors,
            form: SignInForm {
                password: String::new(),
                ..form
            },
        },
    )
}

async fn resend_confirmation(state: &AppState, user: &model::User) -> AppResult<()> {
    use crate::auth::tokens::{self, Purpose};
    use crate::mail::messages::{self, Kind};
    let token = tokens::issue(&state.db, user.id, Purpose::ConfirmEmail, None).await?;
    let link = state.config.link(&format!("/confirm-email/{token}"));
    messages::send(
        &state.db,
        user.lang,
        Kind::ConfirmEmail,
        &user.email,
        &user.name,
        &link,
    )
    .await?;
    Ok(())
}

pub async fn sign_out(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    if let Some(token) = &ctx.session_token {
        session::delete(&state.db, token).await?;
    }
    let removal = session::removal_cookie(&state.config);
    let mut response = (Flash("flash-signed-out"), Redirect::to("/")).into_response();
    crate::http::append_cookie(&mut response, &removal);
    Ok(response)
}
