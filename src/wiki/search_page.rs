//! `/search?q=`: go straight to a page whose title is the query, or list the matches with
//! highlighted snippets (title matches first).

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
    let exact = match Title::parse(&q) {
        Ok(title) => model::find_page(&state.db, &title).await?.map(|_| title),
        Err(_) => None,
    };
    if let (Some(title), true) = (&exact, query.fulltext.is_empty()) {
        return Ok(Redirect::to(&title.href()).into_response());
    }
    let hits = if q.trim().is_empty() {
        Vec::new()
    } else {
        search::search(&state.db, &q, 50).await?
    };
    render_page(&SearchView {
        layout: Layout::new(&ctx, "search-title").with_crumbs(&[]),
        query: q,
        hits,
        exact,
    })
}
