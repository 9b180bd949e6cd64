//! The composition root: the router built from the route table, with its middleware stack
//! (the page middleware that composes sessions, CSRF and error pages lives here, in
//! `page_context`, because it is the one place that knows every lower layer).
//!
//! Outermost first: visitors' cached pages (`cached_views`, answered there when fresh) →
//! tracing → security headers → compression → page context (user,
//! language, CSRF, translated error pages) → timeout → body limit → panic catcher →
//! metrics → the route's access check → the handler. Errors raised inside the page context
//! (a timeout, an oversized body, a panic) are therefore shown as translated pages.

mod cached_views;
pub mod jobs;
mod page_context;

use axum::middleware::{from_fn, from_fn_with_state};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::http::{access, headers};
use crate::metrics;
use crate::state::{AppState, MAX_BODY_BYTES};
use crate::{routes, site};

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
        .fallback(site::not_found)
        .layer(CatchPanicLayer::new())
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            state.config.request_timeout,
        ))
        .layer(from_fn_with_state(
            state.clone(),
            page_context::page_context,
        ))
        .layer(CompressionLayer::new())
        .layer(from_fn(headers::security_headers))
        .layer(TraceLayer::new_for_http())
        .layer(from_fn_with_state(
            state.clone(),
            cached_views::serve_cached,
        ))
        .with_state(state)
}
