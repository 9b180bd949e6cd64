//! Routes of the site's own pages, operations (health, metrics, static files) and uploads.

use axum::extract::DefaultBodyLimit;
use axum::http::Method;
use axum::routing::{get, post};

use super::{route, Route};
use crate::auth::role::Access::*;
use crate::{files, metrics, pages};

const GET: Method = Method::GET;
const POST: Method = Method::POST;

pub(super) fn routes() -> Vec<Route> {
    vec![
        route(GET, "/", Public, get(pages::home)),
        route(GET, "/accessibility", Public, get(pages::accessibility)),
        route(GET, "/privacy", Public, get(pages::privacy)),
        route(GET, "/licence", Public, get(pages::licence)),
        route(
            GET,
            "/static/{name}",
            Public,
            get(pages::assets::serve_asset),
        ),
        route(GET, "/healthz", Public, get(pages::healthz)),
        route(GET, "/metrics", Public, get(metrics::show_metrics)),
        route(GET, "/files", Public, get(files::handlers::list)),
        route(
            GET,
            "/files/upload",
            SignedIn,
            get(files::handlers::show_upload),
        ),
        route(
            POST,
            "/files/upload",
            SignedIn,
            post(files::handlers::upload)
                .layer(DefaultBodyLimit::max(crate::state::MAX_BODY_BYTES)),
        ),
        route(GET, "/files/{name}", Public, get(files::handlers::show)),
        route(
            GET,
            "/files/{name}/download",
            Public,
            get(files::handlers::download),
        ),
    ]
}
