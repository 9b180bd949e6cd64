//! Routes of events: event pages, registration and the personal link, and organisers'
//! pages.

use axum::http::Method;
use axum::routing::{get, post};

use super::{route, Route};
use crate::auth::role::Access::*;
use crate::events;

const GET: Method = Method::GET;
const POST: Method = Method::POST;

pub(super) fn routes() -> Vec<Route> {
    vec![
        route(GET, "/events", Public, get(events::show::list)),
        route(GET, "/events/add", Coordinator, get(events::edit::show_add)),
        route(POST, "/events/add", Coordinator, post(events::edit::add)),
        route(
            GET,
            "/events/registration/{token}",
            Public,
            get(events::register_pages::manage),
        ),
        route(
            POST,
            "/events/registration/{token}",
            Public,
            post(events::register_pages::change),
        ),
        route(
            POST,
            "/events/registration/{token}/cancel",
            Public,
            post(events::register_pages::cancel),
        ),
        route(GET, "/events/{slug}", Public, get(events::show::show)),
        route(
            GET,
            "/events/{slug}/calendar.ics",
            Public,
            get(events::show::calendar_file),
        ),
        route(
            POST,
            "/events/{slug}/register",
            Public,
            post(events::register_pages::register),
        ),
        route(
            GET,
            "/events/{slug}/edit",
            Coordinator,
            get(events::edit::show_edit),
        ),
        route(
            POST,
            "/events/{slug}/edit",
            Coordinator,
            post(events::edit::edit),
        ),
        route(
            POST,
            "/events/{slug}/sessions",
            Coordinator,
            post(events::edit::change_sessions),
        ),
        route(
            GET,
            "/events/{slug}/attendees",
            Coordinator,
            get(events::organise::attendees),
        ),
        route(
            GET,
            "/events/{slug}/attendees.csv",
            Coordinator,
            get(events::organise::attendees_csv),
        ),
        route(
            POST,
            "/events/{slug}/attendees/cancel",
            Coordinator,
            post(events::organise::cancel_registration),
        ),
        route(
            GET,
            "/events/{slug}/check-in",
            Coordinator,
            get(events::organise::check_in_page),
        ),
        route(
            POST,
            "/events/{slug}/check-in",
            Coordinator,
            post(events::organise::check_in),
        ),
    ]
}
