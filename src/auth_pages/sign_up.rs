//! `/sign-up`: create an account, then confirm the address by the e-mailed link.
//! `/check-your-email`: where every "we've sent you a link" journey ends.
//! `/confirm-email/{token}`: the link's landing page (a button, so mail scanners that
//! follow links do not use it up).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::auth::model::{self, NewUser};
use crate::auth::password;
use crate::auth::role::Role;
use crate::auth::throttle;
use crate::auth::tokens::{self, Purpose};
use crate::error::{AppError, AppResult};
use crate::forms::{check_email, check_text, FieldErrors};
use crate::http::{Ctx, Flash, ValidForm};
use crate::mail::messages::{self, Kind};
use crate::state::AppState;
use crate::views::{render, render_status, Layout};

use super::link_page::{link_invalid, show_link_landing, LinkLanding};

pub use crate::auth::model::NAME_MAX;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignUpForm {
    pub name: String,
    pub email: String,
    pub password: String,
}

#[derive(Template)]
#[template(path = "auth_pages/sign_up.html")]
struct SignUpPage {
    layout: Layout,
    errors: FieldErrors,
    form: SignUpForm,
}

pub async fn show_sign_up(Ctx(ctx): Ctx) -> AppResult<Response> {
    if ctx.user.is_some() {
        return Ok(Redirect::to("/account").into_response());
    }
    render(&SignUpPage {
        layout: Layout::new(&ctx, "sign-up-title").with_crumbs(&[]),
        errors: FieldErrors::new(ctx.lang),
        form: SignUpForm::default(),
    })
}

pub async fn create_account(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    ValidForm(form): ValidForm<SignUpForm>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new(ctx.lang);
    check_text(
        &mut errors,
        "name",
        &form.name,
        NAME_MAX,
        "error-name-missing",
        "error-name-too-long",
    );
    check_email(&mut errors, "email", &form.email);
    if let Err(problem) = password::check_policy(&form.password, &form.email) {
        errors.add("password", problem.message_key());
    }
    if !errors.is_empty() {
        let mut layout = Layout::new(&ctx, "sign-up-title").with_crumbs(&[]);
        layout.mark_errors();
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &SignUpPage {
                layout,
                errors,
                form: SignUpForm {
                    password: String::new(),
                    ..form
                },
            },
        );
    }
    if let Some(wait) =
        throttle::check_public_form(&state.db, "sign-up", &ctx.client_ip.to_string()).await?
    {
        return Err(AppError::TooManyRequests {
            retry_after_secs: wait,
        });
    }
    match model::find_by_email(&state.db, &form.email).await? {
        Some(existing) => {
            // Say nothing on the page (no account enumeration); tell the owner instead.
            let link = state.config.link("/sign-in");
            messages::send(
                &state.db,
                existing.lang,
                Kind::AlreadyRegistered,
                &existing.email,
                &existing.name,
                &link,
            )
            .await?;
        }
        None => {
            let hash = password::hash_async(&form.password).await?;
            let id = model::create_user(
                &state.db,
                NewUser {
                    email: &form.email,
                    name: &form.name,
                    password_hash: Some(&hash),
                    role: Role::Participant,
                    lang: ctx.lang,
                    email_confirmed: false,
                },
            )
            .await;
            let id = match id {
                Ok(id) => id,
                // Two sign-ups for one address at the same moment: the second is a duplicate.
                Err(e) if e.is_unique_violation(None) => {
                    return Ok(Redirect::to("/check-your-email").into_response())
                }
                Err(e) => return Err(e),
            };
            let token = tokens::issue(&state.db, id, Purpose::ConfirmEmail, None).await?;
            let link = state.config.link(&format!("/confirm-email/{token}"));
            messages::send(
                &state.db,
                ctx.lang,
                Kind::ConfirmEmail,
                &form.email.trim().to_lowercase(),
                form.name.trim(),
                &link,
            )
            .await?;
        }
    }
    Ok(Redirect::to("/check-your-email").into_response())
}

#[derive(Template)]
#[template(path = "auth_pages/check_email.html")]
struct CheckEmailPage {
    layout: Layout,
}

pub async fn show_check_email(Ctx(ctx): Ctx) -> AppResult<Response> {
    render(&CheckEmailPage {
        layout: Layout::new(&ctx, "check-email-title").with_crumbs(&[]),
    })
}

pub async fn show_confirm_email(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let landing = LinkLanding {
        purpose: Purpose::ConfirmEmail,
        title_key: "confirm-email-title",
        intro_key: "confirm-email-intro",
        button_key: "confirm-email-button",
        path_prefix: "/confirm-email",
    };
    show_link_landing(&state, &ctx, &token, landing).await
}

pub async fn confirm_email(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let Some(valid) = tokens::consume(&state.db, &token, Purpose::ConfirmEmail).await? else {
        return link_invalid(&ctx);
    };
    model::mark_email_confirmed(&state.db, valid.user_id).await?;
    let target = if ctx.user.is_some() {
        "/account"
    } else {
        "/sign-in"
    };
    Ok((Flash("flash-email-confirmed"), Redirect::to(target)).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NextQuery {
    pub next: String,
}

pub type NextParam = Query<NextQuery>;
