//! Pages that belong to no domain: the home page, the accessibility statement, the privacy
//! notice, the open-data licence, `/healthz` and the embedded static assets.

pub mod assets;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::error::{AppError, AppResult};
use crate::http::Ctx;
use crate::state::AppState;
use crate::views::{render, Layout};

#[derive(Template)]
#[template(path = "site/home.html")]
struct HomePage {
    layout: Layout,
    /// The plan's next five milestones ("what's next").
    next: Vec<crate::plan::model::Milestone>,
}

pub async fn home(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    crate::views::page_cache::cached(&state.page_cache, &ctx, || async {
        let mut layout = Layout::new(&ctx, "home-title");
        layout.title = ctx.lang.t("site-name");
        let today = crate::calendar::when::london_today();
        let next = crate::plan::model::next_milestones(&state.db, &today, 5).await?;
        render(&HomePage { layout, next })
    })
    .await
}

/// A page of prose from Fluent: a title and a list of paragraphs (`<key>-p1`, `-p2`, …).
#[derive(Template)]
#[template(path = "site/prose.html")]
struct ProsePage {
    layout: Layout,
    sections: Vec<(String, Vec<String>)>,
}

/// Builds a prose page from keys `<page>-s<N>-title` and `<page>-s<N>-p<M>`.
fn prose(ctx: &crate::http::RequestContext, page: &str) -> AppResult<Response> {
    let lang = ctx.lang;
    let mut sections = Vec::new();
    for s in 1..=12 {
        let title_key = format!("{page}-s{s}-title");
        if !lang.has(&title_key) {
            break;
        }
        let paragraphs = (1..=12)
            .map(|p| format!("{page}-s{s}-p{p}"))
            .take_while(|k| lang.has(k))
            .map(|k| lang.t(&k))
            .collect();
        sections.push((lang.t(&title_key), paragraphs));
    }
    render(&ProsePage {
        layout: Layout::new(ctx, &format!("{page}-title")).with_crumbs(&[]),
        sections,
    })
}

pub async fn accessibility(Ctx(ctx): Ctx) -> AppResult<Response> {
    prose(&ctx, "accessibility")
}

pub async fn privacy(Ctx(ctx): Ctx) -> AppResult<Response> {
    prose(&ctx, "privacy")
}

pub async fn licence(Ctx(ctx): Ctx) -> AppResult<Response> {
    prose(&ctx, "licence")
}

/// `GET /healthz`: 200 when the database answers and takes a write (one probe row
/// rewritten), 503 otherwise; the reason goes to the log.
pub async fn healthz(State(state): State<AppState>) -> Response {
    if !state.db.ping().await {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
    } else if !state.db.can_write().await {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            "database cannot take writes (is the disk full or the database read-only?)\n",
        )
            .into_response()
    } else {
        (StatusCode::OK, "ok\n").into_response()
    }
}

/// The fallback for paths no route matches.
pub async fn not_found() -> AppError {
    AppError::NotFound
}
