//! `/wiki/{*path}`: the last path segment may name an action on the page
//! (`/wiki/Meeting_schedule/history`); everything before it is the title. Viewing actions
//! are public; every change (POST) needs an account, as declared in `routes/wiki.rs`, and the
//! handlers check page protection and finer roles.

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::title::{split_action, Title};
use super::{changes, edit, history, manage, talk, view, watch};
use crate::error::{AppError, AppResult};
use crate::http::{Ctx, RequestContext};
use crate::state::AppState;

fn parse(path: &str) -> Result<(Title, Option<String>), AppError> {
    let (raw_title, action) = split_action(path);
    let title = Title::parse(raw_title).map_err(|_| AppError::NotFound)?;
    Ok((title, action.map(str::to_string)))
}

/// Sends `/wiki/meeting_schedule` to `/wiki/Meeting_schedule`, keeping the query.
fn canonical_redirect(
    ctx: &RequestContext,
    title: &Title,
    action: Option<&str>,
) -> Option<Response> {
    let canonical = match action {
        Some(a) => title.action_href(a),
        None => title.href(),
    };
    let requested = ctx.path.as_str();
    let decoded = percent_decode(requested);
    let canonical_decoded = percent_decode(&canonical);
    if decoded == canonical_decoded {
        return None;
    }
    let target = match &ctx.query {
        Some(q) => format!("{canonical}?{q}"),
        None => canonical,
    };
    Some(Redirect::permanent(&target).into_response())
}

fn percent_decode(text: &str) -> String {
    url::form_urlencoded::parse(format!("p={}", text.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

pub async fn get(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(path): Path<String>,
    RawQuery(query): RawQuery,
) -> AppResult<Response> {
    let (title, action) = parse(&path)?;
    if let Some(redirect) = canonical_redirect(&ctx, &title, action.as_deref()) {
        return Ok(redirect);
    }
    let params: Vec<(String, String)> = query
        .as_deref()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect()
        })
        .unwrap_or_default();
    let param = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    match action.as_deref() {
        None => {
            // Visitors' views come from the one-second micro-cache when they can.
            let options = view::ShowOptions {
                oldid: param("oldid"),
                follow_redirect: param("redirect").as_deref() != Some("no"),
                redirected_from: param("redirected_from"),
            };
            crate::views::page_cache::cached(&state.page_cache, &ctx, || {
                view::show(&state, &ctx, &title, options)
            })
            .await
        }
        Some("edit") => edit::show_form(&state, &ctx, &title, param("section")).await,
        Some("history") => history::show_history(&state, &ctx, &title).await,
        Some("diff") => {
            history::show_diff(
                &state,
                &ctx,
                &title,
                param("from"),
                param("to"),
                param("view"),
            )
            .await
        }
        Some("info") => view::show_info(&state, &ctx, &title).await,
        Some("talk") => talk::show_talk(&state, &ctx, &title).await,
        Some("move") => manage::show_form(&state, &ctx, &title, "move").await,
        Some("protect") => manage::show_form(&state, &ctx, &title, "protect").await,
        Some("delete") => manage::show_form(&state, &ctx, &title, "delete").await,
        Some("history.atom") => changes::history_feed(&state, &ctx, &title).await,
        Some("links") => view::show_links_here(&state, &ctx, &title).await,
        _ => Err(AppError::NotFound),
    }
}

pub async fn post(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(path): Path<String>,
    body: axum::body::Bytes,
) -> AppResult<Response> {
    let (title, action) = parse(&path)?;
    match action.as_deref() {
        Some("edit") => edit::submit(&state, &ctx, &title, &body).await,
        Some("revert") => history::revert(&state, &ctx, &title, &body).await,
        Some("talk") => talk::submit(&state, &ctx, &title, &body).await,
        Some("watch") => watch::submit(&state, &ctx, &title, &body).await,
        Some("move") => manage::submit(&state, &ctx, &title, "move", &body).await,
        Some("protect") => manage::submit(&state, &ctx, &title, "protect", &body).await,
        Some("delete") => manage::submit(&state, &ctx, &title, "delete", &body).await,
        _ => Err(AppError::NotFound),
    }
}
