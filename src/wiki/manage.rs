//! Managing pages: move (rename, leaving a redirect), protect (coordinators) and delete
//! (coordinators; admins restore from `/admin/deleted-pages`). Each action is logged.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::edit::may_edit;
use super::model::manage::{self as manage_model, DeletedPage, MoveOutcome};
use super::title::Title;
use super::view::{layout_for, load, Tabs};
use crate::auth::role::Role;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render as render_page, render_status, Layout};
use crate::wiki::model::PageId;

pub const PROTECTION_LEVELS: [&str; 3] = ["none", "partner", "locked"];

/// Who may read a page: everyone, or the consortium's members and coordinators.
pub const READERS: [&str; 2] = ["everyone", "members"];

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ManageForm {
    pub new_title: String,
    pub reason: String,
    pub redirect: String,
    pub level: String,
    /// One of [`READERS`].
    pub readers: String,
}

#[derive(Template)]
#[template(path = "wiki/manage.html")]
struct ManageView {
    layout: Layout,
    heading: String,
    tabs: Tabs,
    title: Title,
    /// `move`, `protect` or `delete`.
    kind: &'static str,
    errors: FieldErrors,
    form: ManageForm,
    levels: Vec<(&'static str, String)>,
    readers: Vec<(&'static str, String)>,
}

impl ManageView {
    /// The Fluent id `wiki-<kind>-<part>`.
    fn key(&self, part: &str) -> String {
        format!("wiki-{}-{part}", self.kind)
    }
}

fn view(
    ctx: &RequestContext,
    title: &Title,
    kind: &'static str,
    errors: FieldErrors,
    form: ManageForm,
) -> AppResult<Response> {
    let heading = ctx.lang.t_args(
        &format!("wiki-{kind}-title"),
        &[("title", title.to_string().into())],
    );
    let mut layout = layout_for(ctx, title, heading.clone());
    let has_errors = layout.mark_errors_if(&errors);
    let page = ManageView {
        layout,
        heading,
        tabs: Tabs::new(title, "info", true),
        title: title.clone(),
        kind,
        errors,
        form,
        levels: PROTECTION_LEVELS
            .iter()
            .map(|l| (*l, ctx.lang.t(&format!("wiki-protection-{l}"))))
            .collect(),
        readers: READERS
            .iter()
            .map(|r| (*r, ctx.lang.t(&format!("wiki-readers-{r}"))))
            .collect(),
    };
    if has_errors {
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
    } else {
        render_page(&page)
    }
}

/// Who may do `kind` to the page.
fn allowed(kind: &str, ctx: &RequestContext, page: &super::model::Page) -> AppResult<()> {
    let user = ctx.require_user()?;
    let ok = match kind {
        "move" => may_edit(Some(page), user),
        _ => user.role >= Role::Coordinator,
    };
    if ok {
        Ok(())
    } else {
        Err(AppError::Forbidden(Some("wiki-error-protected")))
    }
}

pub async fn show_form(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
    kind: &'static str,
) -> AppResult<Response> {
    let (page, _) = load(state, ctx, title).await?.ok_or(AppError::NotFound)?;
    allowed(kind, ctx, &page)?;
    let form = ManageForm {
        new_title: title.to_string(),
        redirect: "1".into(),
        level: page.protection.clone(),
        readers: READERS[usize::from(page.members_only)].to_string(),
        ..ManageForm::default()
    };
    view(ctx, title, kind, FieldErrors::new(ctx.lang), form)
}

pub async fn submit(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
    kind: &'static str,
    body: &[u8],
) -> AppResult<Response> {
    let form: ManageForm = crate::http::parse_form(body)?;
    let (page, _) = load(state, ctx, title).await?.ok_or(AppError::NotFound)?;
    allowed(kind, ctx, &page)?;
    let user = ctx.require_user()?;
    let mut errors = FieldErrors::new(ctx.lang);
    let reason: String = form.reason.trim().chars().take(500).collect();
    match kind {
        "move" => {
            let new_title = match Title::parse(&form.new_title) {
                Ok(t) => t,
                Err(problem) => {
                    errors.add("new_title", problem.message_key());
                    return view(ctx, title, kind, errors, form);
                }
            };
            if &new_title == title {
                errors.add("new_title", "wiki-error-move-same");
                return view(ctx, title, kind, errors, form);
            }
            let summary = ctx.lang.t_args(
                "wiki-move-summary",
                &[
                    ("from", title.to_string().into()),
                    ("to", new_title.to_string().into()),
                    ("reason", reason.clone().into()),
                ],
            );
            let outcome = manage_model::move_page(
                &state.db,
                page.id,
                title,
                &new_title,
                user.id.0,
                &user.name,
                summary.trim(),
                form.redirect == "1",
            )
            .await?;
            if outcome == MoveOutcome::TargetExists {
                errors.add("new_title", "wiki-error-move-exists");
                return view(ctx, title, kind, errors, form);
            }
            manage_model::log(
                &state.db,
                user.id.0,
                "page-moved",
                title,
                &format!("{} → {}: {reason}", title, new_title),
            )
            .await?;
            Ok((Flash("wiki-flash-moved"), Redirect::to(&new_title.href())).into_response())
        }
        "protect" => {
            if !PROTECTION_LEVELS.contains(&form.level.as_str()) {
                errors.add("level", "wiki-error-protection-level");
            }
            // A form without the choice (from before it existed) keeps who can read.
            let readers = match form.readers.as_str() {
                "" => READERS[usize::from(page.members_only)],
                given => given,
            };
            if !READERS.contains(&readers) {
                errors.add("readers", "wiki-error-readers");
            }
            if !errors.is_empty() {
                return view(ctx, title, kind, errors, form);
            }
            let members_only = readers == "members";
            manage_model::set_protection(&state.db, page.id, &form.level, members_only).await?;
            if members_only != page.members_only {
                manage_model::log(
                    &state.db,
                    user.id.0,
                    &format!("page-readers-{readers}"),
                    title,
                    &reason,
                )
                .await?;
            }
            manage_model::log(
                &state.db,
                user.id.0,
                &format!("page-protection-{}", form.level),
                title,
                &reason,
            )
            .await?;
            Ok((Flash("wiki-flash-protected"), Redirect::to(&title.href())).into_response())
        }
        _ => {
            if reason.is_empty() {
                errors.add("reason", "wiki-error-delete-reason");
                return view(ctx, title, kind, errors, form);
            }
            manage_model::delete_page(&state.db, page.id, title, user.id.0).await?;
            manage_model::log(&state.db, user.id.0, "page-deleted", title, &reason).await?;
            Ok((Flash("wiki-flash-deleted"), Redirect::to("/wiki")).into_response())
        }
    }
}

#[derive(Template)]
#[template(path = "admin/deleted_pages.html")]
struct DeletedView {
    layout: Layout,
    pages: Vec<DeletedPage>,
}

/// `GET /admin/deleted-pages`.
pub async fn list_deleted(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let pages = manage_model::deleted_pages(&state.db).await?;
    render_page(&DeletedView {
        layout: Layout::new(&ctx, "admin-deleted-title").with_crumbs(&[]),
        pages,
    })
}

/// `POST /admin/deleted-pages/{id}/restore`.
pub async fn restore(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<PageId>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let restored = manage_model::restore_page(&state.db, id).await?;
    if restored {
        sqlx::query("INSERT INTO moderation_log (actor_id, action, subject, reason, created_at) VALUES ($1, 'page-restored', $2, '', $3)")
            .bind(user.id.0)
            .bind(format!("wiki-page-id:{id}"))
            .bind(crate::storage::now())
            .execute(&state.db.pool)
            .await?;
    }
    let flash = if restored {
        "wiki-flash-restored"
    } else {
        "wiki-flash-restore-taken"
    };
    Ok((Flash(flash), Redirect::to("/admin/deleted-pages")).into_response())
}
