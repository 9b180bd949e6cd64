//! Routes of the wiki: viewing is public; every change needs an account (handlers also
//! check page protection). The last path segment may name an action: see `wiki::routing`.
//! Admins restore deleted pages.

use axum::http::Method;
use axum::routing::{get, post};

use super::{route, Route};
use crate::auth::role::Access::*;
use crate::wiki;

const GET: Method = Method::GET;
const POST: Method = Method::POST;

pub(super) fn routes() -> Vec<Route> {
    vec![
        route(GET, "/wiki", Public, get(wiki::view::index)),
        route(GET, "/wiki/{*path}", Public, get(wiki::routing::get)),
        route(POST, "/wiki/{*path}", SignedIn, post(wiki::routing::post)),
        route(
            GET,
            "/recent-changes",
            Public,
            get(wiki::changes::show_recent_changes),
        ),
        route(
            GET,
            "/recent-changes.atom",
            Public,
            get(wiki::changes::recent_changes_feed),
        ),
        route(GET, "/search", Public, get(wiki::search_page::search_page)),
        route(
            GET,
            "/admin/deleted-pages",
            Admin,
            get(wiki::manage::list_deleted),
        ),
        route(
            POST,
            "/admin/deleted-pages/{id}/restore",
            Admin,
            post(wiki::manage::restore),
        ),
    ]
}
