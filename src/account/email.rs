//! Changing one's e-mail address: the new address must be confirmed by a link sent to it;
//! the old address is told once the change is made.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::profile::{account_page, EmailChangeForm};
use crate::auth::tokens::{self, Purpose};
use crate::auth::{model, throttle};
use crate::auth_pages::link_page::{link_invalid, show_link_landing, LinkLanding};
use crate::error::{AppError, AppResult};
use crate::forms::{check_email, FieldErrors};
use crate::http::{Ctx, Flash, ValidForm};
use crate::mail::messages::{self, Kind};
use crate::state::AppState;

/// Confirmation mails to a new address per account, and per address, per throttle window.
pub const EMAIL_CHANGE_LIMIT: i64 = 3;

pub async fn request_change(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    ValidForm(form): ValidForm<EmailChangeForm>,
) -> AppResult<Response> {
    let account = ctx.require_user()?.clone();
    let mut errors = FieldErrors::new(ctx.lang);
    check_email(&mut errors, "new_email", &form.new_email);
    if errors.is_empty() && model::normalise_email(&form.new_email) == account.email {
        errors.add("new_email", "error-email-unchanged");
    }
    // Someone who took over a signed-in browser must not be able to send the initiative's
    // mail to any address: the password first, checked like a sign-in.
    if let Some(stored) = model::password_hash(&state.db, account.id).await? {
        if form.email_current_password.is_empty() {
            errors.add("email_current_password", "error-current-password-missing");
        } else {
            let right = throttle::recheck_password(
                &state.db,
                account.id.0,
                &form.email_current_password,
                &stored,
            )
            .await?;
            if !right {
                errors.add("email_current_password", "error-current-password-wrong");
            }
        }
    }
    if !errors.is_empty() {
        let form = EmailChangeForm {
            email_current_password: String::new(),
            ..form
        };
        return account_page(&ctx, account, errors, None, Some(form));
    }
    let new_email = model::normalise_email(&form.new_email);
    // At most a few confirmation mails per account and per address per window.
    let account_bucket = format!("email-change:{}", account.id.0);
    let address_bucket = format!("email-to:{new_email}");
    if let Err(wait) = throttle::reserve(
        &state.db,
        &[
            (&account_bucket, EMAIL_CHANGE_LIMIT),
            (&address_bucket, EMAIL_CHANGE_LIMIT),
        ],
    )
    .await?
    {
        return Err(AppError::TooManyRequests {
            retry_after_secs: wait,
        });
    }
    // Whether or not another account has the address, the page says the same thing.
    if model::find_by_email(&state.db, &new_email).await?.is_none() {
        let token = tokens::issue(
            &state.db,
            account.id,
            Purpose::ChangeEmail,
            Some(&new_email),
        )
        .await?;
        let link = state.config.link(&format!("/change-email/{token}"));
        messages::send(
            &state.db,
            account.lang,
            Kind::ChangeEmail,
            &new_email,
            &account.name,
            &link,
        )
        .await?;
    }
    Ok((Flash("flash-email-change-sent"), Redirect::to("/account")).into_response())
}

pub async fn show_confirm_change(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let landing = LinkLanding {
        purpose: Purpose::ChangeEmail,
        title_key: "change-email-title",
        intro_key: "change-email-intro",
        button_key: "change-email-button",
        path_prefix: "/change-email",
    };
    show_link_landing(&state, &ctx, &token, landing).await
}

pub async fn confirm_change(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let Some(valid) = tokens::consume(&state.db, &token, Purpose::ChangeEmail).await? else {
        return link_invalid(&ctx);
    };
    let (Some(user), Some(new_email)) = (
        model::find_by_id(&state.db, valid.user_id).await?,
        valid.email,
    ) else {
        return link_invalid(&ctx);
    };
    if !model::change_email(&state.db, user.id, &new_email).await? {
        return link_invalid(&ctx);
    }
    let link = state.config.link("/account");
    messages::send(
        &state.db,
        user.lang,
        Kind::EmailChanged,
        &user.email,
        &user.name,
        &link,
    )
    .await?;
    let target = if ctx.user.is_some() {
        "/account"
    } else {
        "/sign-in"
    };
    Ok((Flash("flash-email-changed"), Redirect::to(target)).into_response())
}
