//! The application state and the router with its middleware stack.
//!
//! Outermost first: tracing → security headers → compression → page context (user,
//! language, CSRF, translated error pages) → timeout → body limit → panic catcher →
//! metrics → the route's access check → the handler. Errors raised inside the page context
//! (a timeout, an oversized body, a panic) are therefore shown as translated pages.

use std::sync::Arc;
use std::time::Duration;

use axum::middleware::{from_fn, from_fn_with_state};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::http::{access, context, headers};
use crate::metrics::{self, Metrics};
use crate::storage::Db;
use crate::{pages, routes};

/// Largest request body accepted (bigger gets 413).
pub const MAX_BODY_BYTES: usize = 12 * 1024 * 1024;
/// Longest a request may take before 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub metrics: Arc<Metrics>,
    /// Wiki pages as visitors see them, for a second (see `views::page_cache`).
    pub page_cache: Arc<crate::views::page_cache::PageCache>,
}

impl AppState {
    pub fn new(config: Config, db: Db) -> AppState {
        AppState {
            config: Arc::new(config),
            db,
            metrics: Arc::new(Metrics::new()),
            page_cache: Arc::default(),
        }
    }
}

/// Builds the router from the route table.
pub fn router(state: AppState) -> Router {
    let mut router = Router::new();
    for route in routes::table() {
        let access_level = route.spec.access;
        let handler = route.handler.route_layer(from_fn(move |req, next| {
            access::require(access_level, req, next)
        }));
        router = router.route(route.spec.path, handler);
    }
    router
        .route_layer(from_fn_with_state(state.clone(), metrics::track))
        .fallback(pages::not_found)
        .layer(CatchPanicLayer::new())
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(from_fn_with_state(state.clone(), context::page_context))
        .layer(CompressionLayer::new())
        .layer(from_fn(headers::security_headers))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
