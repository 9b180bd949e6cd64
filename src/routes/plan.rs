//! Routes of the plan: reading is public; coordinators write outputs, outcomes,
//! milestones and evidence; progress updates need a partner account and the handler lets
//! through only coordinators and the output's owner (others: not found).

use axum::http::Method;
use axum::routing::{get, post};

use super::{route, Route};
use crate::auth::role::Access::*;
use crate::plan::{exports, import_page, output_form, output_page, plan_page};

const GET: Method = Method::GET;
const POST: Method = Method::POST;

pub(super) fn routes() -> Vec<Route> {
    vec![
        route(GET, "/plan", Public, get(plan_page::show_plan)),
        route(GET, "/plan.atom", Public, get(exports::atom)),
        route(GET, "/plan.csv", Public, get(exports::csv)),
        route(GET, "/plan.json", Public, get(exports::json)),
        route(
            POST,
            "/plan/outcomes",
            Coordinator,
            post(plan_page::add_outcome),
        ),
        route(
            GET,
            "/plan/import",
            Coordinator,
            get(import_page::show_import),
        ),
        route(POST, "/plan/import", Coordinator, post(import_page::import)),
        route(
            GET,
            "/plan/outputs/new",
            Coordinator,
            get(output_form::show_new),
        ),
        route(
            POST,
            "/plan/outputs/new",
            Coordinator,
            post(output_form::create),
        ),
        route(
            GET,
            "/plan/outputs/{id}",
            Public,
            get(output_page::show_output),
        ),
        route(
            GET,
            "/plan/outputs/{id}/edit",
            Coordinator,
            get(output_form::show_edit),
        ),
        route(
            POST,
            "/plan/outputs/{id}/edit",
            Coordinator,
            post(output_form::update),
        ),
        route(
            POST,
            "/plan/outputs/{id}/milestones",
            Coordinator,
            post(output_page::add_milestone),
        ),
        route(
            POST,
            "/plan/outputs/{id}/milestones/{number}/done",
            Coordinator,
            post(output_page::mark_milestone),
        ),
        route(
            POST,
            "/plan/outputs/{id}/evidence",
            Coordinator,
            post(output_page::add_evidence),
        ),
        route(
            POST,
            "/plan/outputs/{id}/evidence/{number}/remove",
            Coordinator,
            post(output_page::remove_evidence),
        ),
        route(
            POST,
            "/plan/outputs/{id}/updates",
            Partner,
            post(output_page::post_update),
        ),
    ]
}
