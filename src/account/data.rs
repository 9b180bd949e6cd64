//! A person's own data: download it all as JSON (UK GDPR right of access and portability)
//! and delete the account (right to erasure).

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::auth::model::{self, User};
use crate::auth::role::Role;
use crate::auth::session;
use crate::auth::throttle;
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, ValidForm};
use crate::state::AppState;
use crate::storage::Db;
use crate::views::{render, render_status, Layout};

#[derive(Serialize)]
struct SessionExport {
    created_at: i64,
    last_seen_at: i64,
    expires_at: i64,
}

#[derive(Serialize)]
struct MessageExport {
    subject: String,
    status: String,
    created_at: i64,
}

#[derive(Serialize)]
struct DataExport {
    exported_at: i64,
    account: User,
    sessions: Vec<SessionExport>,
    emails_sent_to_you: Vec<MessageExport>,
}

async fn collect(db: &Db, user: User) -> AppResult<DataExport> {
    let sessions = sqlx::query(
        "SELECT created_at, last_seen_at, expires_at FROM sessions WHERE user_id = $1 ORDER BY created_at",
    )
    .bind(user.id.0)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        Ok(SessionExport {
            created_at: r.try_get("created_at")?,
            last_seen_at: r.try_get("last_seen_at")?,
            expires_at: r.try_get("expires_at")?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let emails = sqlx::query(
        "SELECT subject, status, created_at FROM outbox WHERE to_addr = $1 ORDER BY id",
    )
    .bind(user.email.clone())
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        Ok(MessageExport {
            subject: r.try_get("subject")?,
            status: r.try_get("status")?,
            created_at: r.try_get("created_at")?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok(DataExport {
        exported_at: crate::storage::now(),
        account: user,
        sessions,
        emails_sent_to_you: emails,
    })
}

pub async fn download_data(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let export = collect(&state.db, user).await?;
    let body = serde_json::to_string_pretty(&export).map_err(anyhow::Error::from)?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"coproduce-my-data.json\""),
            ),
        ],
        body,
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DeleteForm {
    pub password: String,
    pub confirm: String,
}

#[derive(Template)]
#[template(path = "account/delete.html")]
struct DeletePage {
    layout: Layout,
    errors: FieldErrors,
    has_password: bool,
}

pub async fn show_delete(Ctx(ctx): Ctx) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    render(&DeletePage {
        layout: Layout::new(&ctx, "delete-title").with_crumbs(&[("account-title", "/account")]),
        errors: FieldErrors::new(ctx.lang),
        has_password: user.has_password,
    })
}

pub async fn delete_account(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    ValidForm(form): ValidForm<DeleteForm>,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let mut errors = FieldErrors::new(ctx.lang);
    let right = match model::password_hash(&state.db, user.id).await? {
        Some(stored) if form.password.is_empty() => Some((stored, false)),
        Some(stored) => {
            let right =
                throttle::recheck_password(&state.db, user.id.0, &form.password, &stored).await?;
            Some((stored, right))
        }
        None => None,
    };
    match right {
        Some((_, false)) => {
            errors.add(
                "password",
                if form.password.is_empty() {
                    "error-current-password-missing"
                } else {
                    "error-current-password-wrong"
                },
            );
        }
        Some((_, true)) => {}
        None if form.confirm != "yes" => errors.add("confirm", "error-delete-confirm"),
        None => {}
    }
    if errors.is_empty() && user.role == Role::Admin && admin_count(&state.db).await? <= 1 {
        errors.add(
            if user.has_password {
                "password"
            } else {
                "confirm"
            },
            "error-last-admin",
        );
    }
    if !errors.is_empty() {
        let mut layout =
            Layout::new(&ctx, "delete-title").with_crumbs(&[("account-title", "/account")]);
        layout.mark_errors();
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &DeletePage {
                layout,
                errors,
                has_password: user.has_password,
            },
        );
    }
    model::delete_user(&state.db, user.id).await?;
    model::audit(
        &state.db,
        None,
        "account-deleted",
        &format!("user:{}", user.id.0),
        "",
    )
    .await?;
    let removal = session::removal_cookie(&state.config);
    let mut response = (Flash("flash-account-deleted"), Redirect::to("/")).into_response();
    crate::http::append_cookie(&mut response, &removal);
    Ok(response)
}

/// How many active admins there are (the last one may not be removed).
pub async fn admin_count(db: &Db) -> AppResult<i64> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND suspended_at IS NULL",
    )
    .fetch_one(&db.pool)
    .await?;
    Ok(row.try_get("n")?)
}
