//! Routes of consultations: reading, a block's comments, and the editors' pages.

use axum::http::Method;
use axum::routing::{get, post};

use super::{route, Route};
use crate::auth::role::Access::*;
use crate::consultations::{comment, edit, exports, moderate, read, suggest, versions};

const GET: Method = Method::GET;
const POST: Method = Method::POST;

pub(super) fn routes() -> Vec<Route> {
    vec![
        route(GET, "/consultations", Public, get(read::list)),
        route(GET, "/consultations/new", Coordinator, get(edit::show_new)),
        route(POST, "/consultations/new", Coordinator, post(edit::create)),
        route(GET, "/consultations/{slug}", Public, get(read::show)),
        route(
            GET,
            "/consultations/{slug}/comments.csv",
            Public,
            get(exports::csv),
        ),
        route(
            GET,
            "/consultations/{slug}/comments.json",
            Public,
            get(exports::json),
        ),
        route(
            GET,
            "/consultations/{slug}/comments.atom",
            Public,
            get(exports::atom),
        ),
        route(
            GET,
            "/consultations/{slug}/edit",
            Coordinator,
            get(edit::show_edit),
        ),
        route(
            POST,
            "/consultations/{slug}/edit",
            Coordinator,
            post(edit::edit),
        ),
        route(
            POST,
            "/consultations/{slug}/publish",
            Coordinator,
            post(edit::publish),
        ),
        route(
            GET,
            "/consultations/{slug}/versions/{number}",
            Public,
            get(versions::show),
        ),
        route(
            GET,
            "/consultations/{slug}/blocks/{block}",
            Public,
            get(read::show_block),
        ),
        route(
            POST,
            "/consultations/{slug}/blocks/{block}",
            SignedIn,
            post(comment::comment),
        ),
        route(
            POST,
            "/consultations/{slug}/comments",
            SignedIn,
            post(comment::comment_on_document),
        ),
        route(
            POST,
            "/consultations/{slug}/comments/{id}/agree",
            SignedIn,
            post(comment::agree),
        ),
        route(
            GET,
            "/consultations/{slug}/comments/{id}/hide",
            Coordinator,
            get(moderate::show),
        ),
        route(
            POST,
            "/consultations/{slug}/comments/{id}/hide",
            Coordinator,
            post(moderate::hide),
        ),
        route(
            POST,
            "/consultations/{slug}/blocks/{block}/suggest",
            SignedIn,
            post(suggest::suggest),
        ),
        route(
            POST,
            "/consultations/{slug}/suggestions/{id}",
            Coordinator,
            post(suggest::decide),
        ),
    ]
}
