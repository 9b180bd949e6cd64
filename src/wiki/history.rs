//! A page's history, the difference between two revisions (inline or side by side), and
//! reverting to an old revision (saved as a new revision, so nothing is lost).

use askama::Template;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::diff::{self, Piece, Row};
use super::edit::may_edit;
use super::model::{self, Change, Revision};
use super::save::{self, Edit, Outcome};
use super::title::Title;
use super::view::{layout_for, load, Tabs};
use crate::error::{AppError, AppResult};
use crate::http::{Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render as render_page, Layout};
use crate::wiki::model::RevisionId;

const HISTORY_LIMIT: i64 = 500;

#[derive(Template)]
#[template(path = "wiki/history.html")]
struct HistoryView {
    layout: Layout,
    tabs: Tabs,
    title: Title,
    changes: Vec<Change>,
    can_revert: bool,
}

pub async fn show_history(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
) -> AppResult<Response> {
    let (page, _) = load(state, ctx, title).await?.ok_or(AppError::NotFound)?;
    let changes = model::history(&state.db, page.id, HISTORY_LIMIT).await?;
    let can_revert = ctx.user.as_ref().is_some_and(|u| may_edit(Some(&page), u));
    render_page(&HistoryView {
        layout: layout_for(
            ctx,
            title,
            ctx.lang
                .t_args("wiki-history-title", &[("title", title.to_string().into())]),
        ),
        tabs: Tabs::new(title, "history", true),
        title: title.clone(),
        changes,
        can_revert,
    })
}

#[derive(Template)]
#[template(path = "wiki/diff.html")]
struct DiffView {
    layout: Layout,
    tabs: Tabs,
    title: Title,
    from: Revision,
    to: Revision,
    rows: Vec<Row>,
    side_by_side: bool,
}

fn parse_id(value: Option<String>) -> Option<RevisionId> {
    value.and_then(|v| v.parse().ok())
}

pub async fn show_diff(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
    from: Option<String>,
    to: Option<String>,
    view: Option<String>,
) -> AppResult<Response> {
    let (page, head) = load(state, ctx, title).await?.ok_or(AppError::NotFound)?;
    let to_rev = match parse_id(to) {
        Some(id) => model::revision(&state.db, page.id, id)
            .await?
            .ok_or(AppError::NotFound)?,
        None => head,
    };
    let from_id = parse_id(from).or(to_rev.parent_id);
    let from_rev = match from_id {
        Some(id) => model::revision(&state.db, page.id, id)
            .await?
            .ok_or(AppError::NotFound)?,
        // The first revision: compare with an empty page.
        None => Revision {
            // No revision: the diff starts from an empty page.
            id: RevisionId(0),
            body: String::new(),
            size: 0,
            ..to_rev.clone()
        },
    };
    let (from_rev, to_rev) = if from_rev.id > to_rev.id {
        (to_rev, from_rev)
    } else {
        (from_rev, to_rev)
    };
    let rows = diff::rows(&from_rev.body, &to_rev.body, 3);
    render_page(&DiffView {
        layout: layout_for(
            ctx,
            title,
            ctx.lang
                .t_args("wiki-diff-title", &[("title", title.to_string().into())]),
        ),
        tabs: Tabs::new(title, "history", true),
        title: title.clone(),
        from: from_rev,
        to: to_rev,
        rows,
        side_by_side: view.as_deref() == Some("side"),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RevertForm {
    to: String,
}

pub async fn revert(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
    body: &[u8],
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let form: RevertForm = crate::http::parse_form(body)?;
    let target_id: RevisionId = form.to.parse().map_err(|_| AppError::BadRequest(None))?;
    let (page, head) = load(state, ctx, title).await?.ok_or(AppError::NotFound)?;
    if !may_edit(Some(&page), user) {
        return Err(AppError::Forbidden(Some("wiki-error-protected")));
    }
    let target = model::revision(&state.db, page.id, target_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let summary = ctx.lang.t_args(
        "wiki-revert-summary",
        &[
            ("revision", target.id.0.into()),
            ("author", target.author_name.clone().into()),
        ],
    );
    let outcome = save::save(
        &state.db,
        Edit {
            title,
            base_revision_id: Some(head.id),
            section: None,
            text: &target.body,
            summary: &summary,
            minor: false,
            author_id: Some(user.id.0),
            author_name: &user.name,
        },
    )
    .await?;
    let flash = match outcome {
        Outcome::Saved { .. } => "wiki-flash-reverted",
        Outcome::Unchanged => "wiki-flash-unchanged",
        // Someone saved between loading the head and saving: ask them to look again.
        Outcome::Conflict { .. } | Outcome::NoSuchSection => "wiki-flash-revert-conflict",
    };
    Ok((Flash(flash), Redirect::to(&title.action_href("history"))).into_response())
}

/// For templates: whether a diff piece is changed, and its kind.
impl Piece {
    pub fn text(&self) -> &str {
        match self {
            Piece::Same(t) | Piece::Inserted(t) | Piece::Deleted(t) => t,
        }
    }
    pub fn is_inserted(&self) -> bool {
        matches!(self, Piece::Inserted(_))
    }
    pub fn is_deleted(&self) -> bool {
        matches!(self, Piece::Deleted(_))
    }
}
