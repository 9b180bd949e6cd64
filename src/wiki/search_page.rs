//! `/search?q=`: go straight to a page whose title is the query, or list the matches with
//! highlighted snippets (title matches first). Visitors' results come from the page cache
//! and only a few searches are worked out at once (`views::page_cache::cached_heavy`).

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model;
use super::search::{self, Hit};
use super::title::Title;
use crate::error::AppResult;
use crate::http::Ctx;
use crate::state::AppState;
use crate::views::{render as render_page, Layout};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    pub q: String,
    /// Set by the results page's own form: always list results, never jump to a page.
    pub fulltext: String,
}

#[derive(Template)]
#[template(path = "wiki/search.html")]
struct SearchView {
    layout: Layout,
    query: String,
    hits: Vec<Hit>,
    exact: Option<Title>,
}

pub async fn search_page(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Query(query): Query<SearchQuery>,
) -> AppResult<Response> {
    let q: String = query.q.chars().take(200).collect();
    let key = format!(
        "/search?q={}&fulltext={}",
        urlencoding_key(&q),
        !query.fulltext.is_empty()
    );
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached_heavy(&cache, &ctx, &key, || async {
        results(&state, &ctx, q, !query.fulltext.is_empty()).await
    })
    .await
}

/// The query as it goes in a cache key (no `&` or `=` that could be confused).
fn urlencoding_key(q: &str) -> String {
    q.replace('%', "%25")
        .replace('&', "%26")
        .replace('=', "%3D")
}

async fn results(
    state: &AppState,
    ctx: &crate::http::RequestContext,
    q: String,
    fulltext: bool,
) -> AppResult<Response> {
    let members_too = super::readers::sees_members_only(&state.db, ctx).await?;
    let exact = match Title::parse(&q) {
        Ok(title) => model::find_page(&state.db, &title)
            .await?
            .filter(|page| members_too || !page.members_only)
            .map(|_| title),
        Err(_) => None,
    };
    if let (Some(title), false) = (&exact, fulltext) {
        return Ok(Redirect::to(&title.href()).into_response());
    }
    let hits = if q.trim().is_empty() {
        Vec::new()
    } else {
        search::search(&state.db, &q, 50, members_too).await?
    };
    render_page(&SearchView {
        layout: Layout::new(ctx, "search-title").with_crumbs(&[]),
        query: q,
        hits,
        exact,
    })
}
