//! `/account`: the overview page and the name, language and password forms.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::auth::model::{self, User};
use crate::auth::throttle;
use crate::auth::{password, session};
use crate::auth_pages::sign_up::NAME_MAX;
use crate::error::AppResult;
use crate::forms::{check_text, FieldErrors};
use crate::http::context::lang_cookie;
use crate::http::{Ctx, Flash, RequestContext, ValidForm};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::views::{render_form, Layout};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    pub name: String,
    pub lang: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    pub current_password: String,
    pub new_password: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EmailChangeForm {
    pub new_email: String,
    /// The account's password, asked again before mail goes to a new address (its own
    /// field name: the password form on the same page has `current_password`).
    pub email_current_password: String,
}

#[derive(Template)]
#[template(path = "account/show.html")]
pub struct AccountPage {
    pub layout: Layout,
    pub account: User,
    pub errors: FieldErrors,
    pub profile: ProfileForm,
    pub email_form: EmailChangeForm,
    pub languages: Vec<(&'static str, &'static str)>,
}

/// The account page, with `errors` from whichever form was just sent.
pub fn account_page(
    ctx: &RequestContext,
    account: User,
    errors: FieldErrors,
    profile: Option<ProfileForm>,
    email_form: Option<EmailChangeForm>,
) -> AppResult<Response> {
    let has_errors = !errors.is_empty();
    let mut layout = Layout::new(ctx, "account-title").with_crumbs(&[]);
    if has_errors {
        layout.mark_errors();
    }
    let page = AccountPage {
        layout,
        profile: profile.unwrap_or_else(|| ProfileForm {
            name: account.name.clone(),
            lang: account.lang.code().to_string(),
        }),
        email_form: email_form.unwrap_or_default(),
        account,
        errors,
        languages: Lang::ALL.iter().map(|l| (l.code(), l.endonym())).collect(),
    };
    render_form(has_errors, &page)
}

pub async fn show_account(Ctx(ctx): Ctx) -> AppResult<Response> {
    let account = ctx.require_user()?.clone();
    account_page(&ctx, account, FieldErrors::new(ctx.lang), None, None)
}

pub async fn update_profile(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    ValidForm(form): ValidForm<ProfileForm>,
) -> AppResult<Response> {
    let account = ctx.require_user()?.clone();
    let mut errors = FieldErrors::new(ctx.lang);
    check_text(
        &mut errors,
        "name",
        &form.name,
        NAME_MAX,
        "error-name-missing",
        "error-name-too-long",
    );
    let lang = Lang::from_code(&form.lang);
    if lang.is_none() {
        errors.add("lang", "error-lang-invalid");
    }
    let Some(lang) = lang.filter(|_| errors.is_empty()) else {
        return account_page(&ctx, account, errors, Some(form), None);
    };
    model::update_profile(&state.db, account.id, &form.name, lang).await?;
    let mut response = (Flash("flash-account-saved"), Redirect::to("/account")).into_response();
    crate::http::append_cookie(&mut response, &lang_cookie(&state.config, lang));
    Ok(response)
}

pub async fn update_password(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    ValidForm(form): ValidForm<PasswordForm>,
) -> AppResult<Response> {
    let account = ctx.require_user()?.clone();
    let mut errors = FieldErrors::new(ctx.lang);
    if let Some(stored) = model::password_hash(&state.db, account.id).await? {
        if form.current_password.is_empty() {
            errors.add("current_password", "error-current-password-missing");
        } else {
            let right = throttle::recheck_password(
                &state.db,
                account.id.0,
                &form.current_password,
                &stored,
            )
            .await?;
            if !right {
                errors.add("current_password", "error-current-password-wrong");
            }
        }
    }
    if let Err(problem) = password::check_policy(&form.new_password, &account.email) {
        errors.add("new_password", problem.message_key());
    }
    if !errors.is_empty() {
        return account_page(&ctx, account, errors, None, None);
    }
    let hash = password::hash_async(&form.new_password).await?;
    model::set_password_hash(&state.db, account.id, &hash).await?;
    if let Some(current) = &ctx.session_token {
        session::delete_others(&state.db, account.id, current).await?;
    }
    Ok((Flash("flash-password-changed"), Redirect::to("/account")).into_response())
}
