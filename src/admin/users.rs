//! `/admin/users`: find people, change their role, suspend or restore them. Every change
//! is written to the audit log. The last active admin cannot be demoted or suspended.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::account::data::admin_count;
use crate::auth::model::{self, User, UserId};
use crate::auth::role::Role;
use crate::error::{AppError, AppResult};
use crate::http::{Ctx, Flash, ValidForm};
use crate::state::AppState;
use crate::views::{render, Layout};

const PAGE_SIZE: i64 = 100;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    pub q: String,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    layout: Layout,
    query: String,
    users: Vec<User>,
    roles: Vec<(&'static str, String)>,
    total: i64,
}

pub async fn list_users(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Query(search): Query<SearchQuery>,
) -> AppResult<Response> {
    let query: String = search.q.chars().take(200).collect();
    let users = model::search(&state.db, &query, PAGE_SIZE).await?;
    let total = model::count_users(&state.db).await?;
    render(&UsersPage {
        layout: Layout::new(&ctx, "admin-users-title").with_crumbs(&[]),
        query,
        users,
        roles: Role::ALL
            .iter()
            .map(|r| (r.as_str(), ctx.lang.t(r.label_key())))
            .collect(),
        total,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RoleForm {
    pub role: String,
}

pub async fn change_role(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<i64>,
    ValidForm(form): ValidForm<RoleForm>,
) -> AppResult<Response> {
    let actor = ctx.require_user()?;
    let role = Role::parse(&form.role).ok_or(AppError::BadRequest(Some("error-role-invalid")))?;
    let user = model::find_by_id(&state.db, UserId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    if user.role == Role::Admin && role != Role::Admin && admin_count(&state.db).await? <= 1 {
        return Ok((Flash("flash-last-admin"), Redirect::to("/admin/users")).into_response());
    }
    model::set_role(&state.db, user.id, role).await?;
    model::audit(
        &state.db,
        Some(actor.id),
        "role-changed",
        &format!("user:{id}"),
        &format!("{} -> {}", user.role.as_str(), role.as_str()),
    )
    .await?;
    Ok((Flash("flash-role-changed"), Redirect::to("/admin/users")).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SuspendForm {
    /// `suspend` or `restore`.
    pub action: String,
}

pub async fn change_suspension(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<i64>,
    ValidForm(form): ValidForm<SuspendForm>,
) -> AppResult<Response> {
    let actor = ctx.require_user()?;
    let suspend = match form.action.as_str() {
        "suspend" => true,
        "restore" => false,
        _ => return Err(AppError::BadRequest(Some("error-form-unreadable"))),
    };
    let user = model::find_by_id(&state.db, UserId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    if suspend && user.id == actor.id {
        return Ok((
            Flash("flash-cannot-suspend-self"),
            Redirect::to("/admin/users"),
        )
            .into_response());
    }
    model::set_suspended(&state.db, user.id, suspend).await?;
    let action = if suspend { "suspended" } else { "restored" };
    model::audit(&state.db, Some(actor.id), action, &format!("user:{id}"), "").await?;
    let flash = if suspend {
        "flash-user-suspended"
    } else {
        "flash-user-restored"
    };
    Ok((Flash(flash), Redirect::to("/admin/users")).into_response())
}
