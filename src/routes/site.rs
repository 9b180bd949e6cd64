//! Routes of the site's own pages, operations (health, metrics, static files) and uploads.

use axum::extract::DefaultBodyLimit;
use axum::http::Method;
use axum::routing::{get, post};

use super::{route, Route};
use crate::auth::role::Access::*;
use crate::{files, metrics, site};

const GET: Method = Method::GET;
const POST: Method = Method::POST;

pub(super) fn routes() -> Vec<Route> {
    vec![
        route(GET, "/", Public, get(site::home)),
        route(GET, "/accessibility", Public, get(site::accessibility)),
        route(GET, "/privacy", Public, get(site::privacy)),
        route(GET, "/licence", Public, get(site::licence)),
        route(
            GET,
            "/static/{name}",
            Public,
            get(site::assets::serve_asset),
        ),
        route(GET, "/healthz", Public, get(site::healthz)),
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
