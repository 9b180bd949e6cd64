//! Routes of accounts: signing up and in, links by e-mail, one's own account, and
//! administration of people and the outbox.

use axum::http::Method;
use axum::routing::{get, post};

use super::{route, Route};
use crate::auth::role::Access::*;
use crate::{account, admin, auth_pages};

const GET: Method = Method::GET;
const POST: Method = Method::POST;

pub(super) fn routes() -> Vec<Route> {
    vec![
        route(
            GET,
            "/sign-up",
            Public,
            get(auth_pages::sign_up::show_sign_up),
        ),
        route(
            POST,
            "/sign-up",
            Public,
            post(auth_pages::sign_up::create_account),
        ),
        route(
            GET,
            "/check-your-email",
            Public,
            get(auth_pages::sign_up::show_check_email),
        ),
        route(
            GET,
            "/confirm-email/{token}",
            Public,
            get(auth_pages::sign_up::show_confirm_email),
        ),
        route(
            POST,
            "/confirm-email/{token}",
            Public,
            post(auth_pages::sign_up::confirm_email),
        ),
        route(
            GET,
            "/sign-in",
            Public,
            get(auth_pages::sign_in::show_sign_in),
        ),
        route(POST, "/sign-in", Public, post(auth_pages::sign_in::sign_in)),
        route(
            POST,
            "/sign-out",
            SignedIn,
            post(auth_pages::sign_in::sign_out),
        ),
        route(
            GET,
            "/forgot-password",
            Public,
            get(auth_pages::password_reset::show_forgot),
        ),
        route(
            POST,
            "/forgot-password",
            Public,
            post(auth_pages::password_reset::send_reset_link),
        ),
        route(
            GET,
            "/reset-password/{token}",
            Public,
            get(auth_pages::password_reset::show_reset),
        ),
        route(
            POST,
            "/reset-password/{token}",
            Public,
            post(auth_pages::password_reset::reset_password),
        ),
        route(
            GET,
            "/sign-in-link",
            Public,
            get(auth_pages::email_link::show_request),
        ),
        route(
            POST,
            "/sign-in-link",
            Public,
            post(auth_pages::email_link::send_link),
        ),
        route(
            GET,
            "/sign-in-link/{token}",
            Public,
            get(auth_pages::email_link::show_link),
        ),
        route(
            POST,
            "/sign-in-link/{token}",
            Public,
            post(auth_pages::email_link::use_link),
        ),
        route(
            GET,
            "/change-email/{token}",
            Public,
            get(account::email::show_confirm_change),
        ),
        route(
            POST,
            "/change-email/{token}",
            Public,
            post(account::email::confirm_change),
        ),
        route(
            GET,
            "/account",
            SignedIn,
            get(account::profile::show_account),
        ),
        route(
            POST,
            "/account/profile",
            SignedIn,
            post(account::profile::update_profile),
        ),
        route(
            POST,
            "/account/password",
            SignedIn,
            post(account::profile::update_password),
        ),
        route(
            POST,
            "/account/email",
            SignedIn,
            post(account::email::request_change),
        ),
        route(
            GET,
            "/account/data.json",
            SignedIn,
            get(account::data::download_data),
        ),
        route(
            GET,
            "/account/delete",
            SignedIn,
            get(account::data::show_delete),
        ),
        route(
            POST,
            "/account/delete",
            SignedIn,
            post(account::data::delete_account),
        ),
        route(GET, "/admin/users", Admin, get(admin::users::list_users)),
        route(
            POST,
            "/admin/users/{id}/role",
            Admin,
            post(admin::users::change_role),
        ),
        route(
            POST,
            "/admin/users/{id}/suspend",
            Admin,
            post(admin::users::change_suspension),
        ),
        route(GET, "/admin/outbox", Admin, get(admin::outbox::show_outbox)),
    ]
}
