//! Routes of funding proposals. Drafting pages declare partner access and refine it to
//! members' representatives and coordinators; freezing, submitting and the funder's
//! answer need a coordinator or the facilitator. A submitted version is public.

use axum::http::Method;
use axum::routing::{get, post};

use super::{route, Route};
use crate::auth::role::Access::*;
use crate::proposals::{
    answer_page, attachments_page, budget_page, list, overview, section_page, version_page,
};

const GET: Method = Method::GET;
const POST: Method = Method::POST;

pub(super) fn routes() -> Vec<Route> {
    vec![
        route(GET, "/proposals", Public, get(list::list)),
        route(GET, "/proposals/new", Partner, get(list::show_new)),
        route(POST, "/proposals/new", Partner, post(list::create)),
        route(GET, "/proposals/{slug}", Public, get(overview::show)),
        route(
            GET,
            "/proposals/{slug}/sections/{id}",
            Partner,
            get(section_page::show),
        ),
        route(
            POST,
            "/proposals/{slug}/sections/{id}",
            Partner,
            post(section_page::save),
        ),
        route(
            POST,
            "/proposals/{slug}/sections/{id}/comments",
            Partner,
            post(section_page::comment),
        ),
        route(
            GET,
            "/proposals/{slug}/sections/{id}/revisions/{number}",
            Partner,
            get(section_page::show_revision),
        ),
        route(
            GET,
            "/proposals/{slug}/budget",
            Partner,
            get(budget_page::show),
        ),
        route(
            POST,
            "/proposals/{slug}/budget",
            Partner,
            post(budget_page::change),
        ),
        route(
            GET,
            "/proposals/{slug}/budget.csv",
            Partner,
            get(budget_page::csv),
        ),
        route(
            POST,
            "/proposals/{slug}/budget/import",
            Partner,
            post(budget_page::import),
        ),
        route(
            GET,
            "/proposals/{slug}/attachments",
            Partner,
            get(attachments_page::show),
        ),
        route(
            POST,
            "/proposals/{slug}/attachments",
            Partner,
            post(attachments_page::attach),
        ),
        route(
            GET,
            "/proposals/{slug}/attachments/{id}",
            Partner,
            get(attachments_page::download),
        ),
        route(
            POST,
            "/proposals/{slug}/checklist",
            Partner,
            post(attachments_page::add_item),
        ),
        route(
            POST,
            "/proposals/{slug}/freeze",
            Partner,
            post(version_page::freeze),
        ),
        route(
            GET,
            "/proposals/{slug}/versions/{number}",
            Public,
            get(version_page::show),
        ),
        route(
            GET,
            "/proposals/{slug}/versions/{number}/download",
            Public,
            get(version_page::download),
        ),
        route(
            POST,
            "/proposals/{slug}/versions/{number}/submit",
            Partner,
            post(version_page::submit),
        ),
        route(
            GET,
            "/proposals/{slug}/answer",
            Partner,
            get(answer_page::show),
        ),
        route(
            POST,
            "/proposals/{slug}/answer",
            Partner,
            post(answer_page::save),
        ),
    ]
}
