//! Routes of the consortium: members, the way we decide, the members' space and the
//! decision register. Handlers refine the declared level (a partner must represent a
//! current member; proposing needs a coordinator or the facilitator).

use axum::http::Method;
use axum::routing::{get, post};

use super::{route, Route};
use crate::auth::role::Access::*;
use crate::consortium::{decision_new, decision_page, members_page, register, rules_page, space};

const GET: Method = Method::GET;
const POST: Method = Method::POST;

pub(super) fn routes() -> Vec<Route> {
    vec![
        route(
            GET,
            "/consortium",
            Public,
            get(members_page::show_consortium),
        ),
        route(
            GET,
            "/consortium/members/new",
            Coordinator,
            get(members_page::show_new_member),
        ),
        route(
            POST,
            "/consortium/members/new",
            Coordinator,
            post(members_page::create_member),
        ),
        route(
            GET,
            "/consortium/members/{id}",
            Coordinator,
            get(members_page::show_member),
        ),
        route(
            POST,
            "/consortium/members/{id}",
            Coordinator,
            post(members_page::update_member),
        ),
        route(
            POST,
            "/consortium/members/{id}/representatives",
            Coordinator,
            post(members_page::change_representatives),
        ),
        route(
            GET,
            "/consortium/rules",
            Public,
            get(rules_page::show_rules),
        ),
        route(
            GET,
            "/consortium/rules/edit",
            Coordinator,
            get(rules_page::show_edit_rules),
        ),
        route(
            POST,
            "/consortium/rules/edit",
            Coordinator,
            post(rules_page::save_rules),
        ),
        route(GET, "/consortium/space", Partner, get(space::show_space)),
        route(
            GET,
            "/consortium/decisions",
            Public,
            get(register::show_register),
        ),
        route(
            GET,
            "/consortium/decisions.atom",
            Public,
            get(register::atom),
        ),
        route(GET, "/consortium/decisions.csv", Public, get(register::csv)),
        route(
            GET,
            "/consortium/decisions.json",
            Public,
            get(register::json),
        ),
        route(
            GET,
            "/consortium/decisions/new",
            Partner,
            get(decision_new::show_new_decision),
        ),
        route(
            POST,
            "/consortium/decisions/new",
            Partner,
            post(decision_new::create_decision),
        ),
        route(
            GET,
            "/consortium/decisions/{id}",
            Public,
            get(decision_page::show_decision),
        ),
        route(
            POST,
            "/consortium/decisions/{id}/stance",
            Partner,
            post(decision_page::record_stance),
        ),
        route(
            POST,
            "/consortium/decisions/{id}/outcome",
            Partner,
            post(decision_page::save_outcome),
        ),
        route(
            POST,
            "/consortium/decisions/{id}/close",
            Partner,
            post(decision_page::close_now),
        ),
        route(
            POST,
            "/consortium/decisions/{id}/reopen",
            Partner,
            post(decision_page::reopen),
        ),
    ]
}
