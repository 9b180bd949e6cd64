//! Every route, with the access level it declares, in one table. The router is built from
//! this table (`app::router`), and tests enumerate it to prove that each route enforces its
//! access level and that every state-changing route refuses forged requests.

use axum::extract::DefaultBodyLimit;
use axum::http::Method;
use axum::routing::{get, post, MethodRouter};

use crate::app::AppState;
use crate::auth::role::Access;
use crate::{account, admin, auth, files, meetings, metrics, orgs, pages, wiki};

/// A route's method, path pattern and who may use it.
#[derive(Clone, Debug)]
pub struct RouteSpec {
    pub method: Method,
    pub path: &'static str,
    pub access: Access,
}

/// One row of the table.
pub struct Route {
    pub spec: RouteSpec,
    pub handler: MethodRouter<AppState>,
}

fn route(
    method: Method,
    path: &'static str,
    access: Access,
    handler: MethodRouter<AppState>,
) -> Route {
    Route {
        spec: RouteSpec {
            method,
            path,
            access,
        },
        handler,
    }
}

/// The whole table.
pub fn table() -> Vec<Route> {
    use Access::*;
    let g = Method::GET;
    let p = Method::POST;
    vec![
        // Pages and operations
        route(g.clone(), "/", Public, get(pages::home)),
        route(
            g.clone(),
            "/accessibility",
            Public,
            get(pages::accessibility),
        ),
        route(g.clone(), "/privacy", Public, get(pages::privacy)),
        route(g.clone(), "/licence", Public, get(pages::licence)),
        route(
            g.clone(),
            "/static/{name}",
            Public,
            get(pages::assets::serve_asset),
        ),
        route(g.clone(), "/healthz", Public, get(pages::healthz)),
        route(g.clone(), "/metrics", Public, get(metrics::show_metrics)),
        // Accounts
        route(
            g.clone(),
            "/sign-up",
            Public,
            get(auth::sign_up::show_sign_up),
        ),
        route(
            p.clone(),
            "/sign-up",
            Public,
            post(auth::sign_up::create_account),
        ),
        route(
            g.clone(),
            "/check-your-email",
            Public,
            get(auth::sign_up::show_check_email),
        ),
        route(
            g.clone(),
            "/confirm-email/{token}",
            Public,
            get(auth::sign_up::show_confirm_email),
        ),
        route(
            p.clone(),
            "/confirm-email/{token}",
            Public,
            post(auth::sign_up::confirm_email),
        ),
        route(
            g.clone(),
            "/sign-in",
            Public,
            get(auth::sign_in::show_sign_in),
        ),
        route(p.clone(), "/sign-in", Public, post(auth::sign_in::sign_in)),
        route(
            p.clone(),
            "/sign-out",
            SignedIn,
            post(auth::sign_in::sign_out),
        ),
        route(
            g.clone(),
            "/forgot-password",
            Public,
            get(auth::password_reset::show_forgot),
        ),
        route(
            p.clone(),
            "/forgot-password",
            Public,
            post(auth::password_reset::send_reset_link),
        ),
        route(
            g.clone(),
            "/reset-password/{token}",
            Public,
            get(auth::password_reset::show_reset),
        ),
        route(
            p.clone(),
            "/reset-password/{token}",
            Public,
            post(auth::password_reset::reset_password),
        ),
        route(
            g.clone(),
            "/sign-in-link",
            Public,
            get(auth::email_link::show_request),
        ),
        route(
            p.clone(),
            "/sign-in-link",
            Public,
            post(auth::email_link::send_link),
        ),
        route(
            g.clone(),
            "/sign-in-link/{token}",
            Public,
            get(auth::email_link::show_link),
        ),
        route(
            p.clone(),
            "/sign-in-link/{token}",
            Public,
            post(auth::email_link::use_link),
        ),
        route(
            g.clone(),
            "/change-email/{token}",
            Public,
            get(account::email::show_confirm_change),
        ),
        route(
            p.clone(),
            "/change-email/{token}",
            Public,
            post(account::email::confirm_change),
        ),
        // One's own account
        route(
            g.clone(),
            "/account",
            SignedIn,
            get(account::profile::show_account),
        ),
        route(
            p.clone(),
            "/account/profile",
            SignedIn,
            post(account::profile::update_profile),
        ),
        route(
            p.clone(),
            "/account/password",
            SignedIn,
            post(account::profile::update_password),
        ),
        route(
            p.clone(),
            "/account/email",
            SignedIn,
            post(account::email::request_change),
        ),
        route(
            g.clone(),
            "/account/data.json",
            SignedIn,
            get(account::data::download_data),
        ),
        route(
            g.clone(),
            "/account/delete",
            SignedIn,
            get(account::data::show_delete),
        ),
        route(
            p.clone(),
            "/account/delete",
            SignedIn,
            post(account::data::delete_account),
        ),
        // Wiki: viewing is public; every change needs an account (handlers also check page
        // protection). The last path segment may name an action: see wiki::routing.
        route(g.clone(), "/wiki", Public, get(wiki::view::index)),
        route(g.clone(), "/wiki/{*path}", Public, get(wiki::routing::get)),
        route(
            p.clone(),
            "/wiki/{*path}",
            SignedIn,
            post(wiki::routing::post),
        ),
        route(
            g.clone(),
            "/recent-changes",
            Public,
            get(wiki::changes::show_recent_changes),
        ),
        route(
            g.clone(),
            "/recent-changes.atom",
            Public,
            get(wiki::changes::recent_changes_feed),
        ),
        route(
            g.clone(),
            "/search",
            Public,
            get(wiki::search_page::search_page),
        ),
        // Organisations directory
        route(
            g.clone(),
            "/organisations",
            Public,
            get(orgs::directory::show_directory),
        ),
        route(
            g.clone(),
            "/organisations.csv",
            Public,
            get(orgs::exports::csv_export),
        ),
        route(
            g.clone(),
            "/organisations.json",
            Public,
            get(orgs::exports::json_export),
        ),
        route(
            g.clone(),
            "/organisations.atom",
            Public,
            get(orgs::exports::atom_feed),
        ),
        route(
            g.clone(),
            "/organisations/oruk.json",
            Public,
            get(orgs::exports::oruk_export),
        ),
        route(
            g.clone(),
            "/organisations/new",
            Public,
            get(orgs::submit::show_form),
        ),
        route(
            p.clone(),
            "/organisations/new",
            Public,
            post(orgs::submit::submit),
        ),
        route(
            g.clone(),
            "/organisations/new/sent",
            Public,
            get(orgs::submit::show_sent),
        ),
        route(
            g.clone(),
            "/organisations/new/confirm/{token}",
            Public,
            get(orgs::submit::show_confirm),
        ),
        route(
            p.clone(),
            "/organisations/new/confirm/{token}",
            Public,
            post(orgs::submit::confirm),
        ),
        route(
            g.clone(),
            "/organisations/moderation",
            Coordinator,
            get(orgs::moderation::show_queue),
        ),
        route(
            p.clone(),
            "/organisations/moderation/{id}",
            Coordinator,
            post(orgs::moderation::decide),
        ),
        route(
            g.clone(),
            "/organisations/add",
            Coordinator,
            get(orgs::record::show_add),
        ),
        route(
            p.clone(),
            "/organisations/add",
            Coordinator,
            post(orgs::record::add),
        ),
        route(
            g.clone(),
            "/organisations/{slug}",
            Public,
            get(orgs::record::show),
        ),
        route(
            g.clone(),
            "/organisations/{slug}/history",
            Public,
            get(orgs::record::history),
        ),
        route(
            g.clone(),
            "/organisations/{slug}/edit",
            Coordinator,
            get(orgs::record::show_edit),
        ),
        route(
            p.clone(),
            "/organisations/{slug}/edit",
            Coordinator,
            post(orgs::record::edit),
        ),
        route(
            g.clone(),
            "/organisations/{slug}/outreach",
            Coordinator,
            get(orgs::outreach::show),
        ),
        route(
            p.clone(),
            "/organisations/{slug}/outreach",
            Coordinator,
            post(orgs::outreach::update),
        ),
        route(
            g.clone(),
            "/organisations/{slug}/contacts/{file}",
            Coordinator,
            get(orgs::outreach::export_contact),
        ),
        route(
            g.clone(),
            "/outreach",
            Coordinator,
            get(orgs::outreach::board),
        ),
        route(g.clone(), "/reach", Public, get(orgs::reach::show)),
        route(
            g.clone(),
            "/organisations/{slug}/logo",
            Public,
            get(orgs::logo::serve),
        ),
        route(
            g.clone(),
            "/organisations/{slug}/logo/edit",
            Coordinator,
            get(orgs::logo::show_form),
        ),
        route(
            p.clone(),
            "/organisations/{slug}/logo",
            Coordinator,
            post(orgs::logo::upload).layer(DefaultBodyLimit::max(crate::app::MAX_BODY_BYTES)),
        ),
        route(
            g.clone(),
            "/organisations/import",
            Coordinator,
            get(orgs::import_pages::show_upload),
        ),
        route(
            p.clone(),
            "/organisations/import",
            Coordinator,
            post(orgs::import_pages::upload)
                .layer(DefaultBodyLimit::max(crate::app::MAX_BODY_BYTES)),
        ),
        route(
            g.clone(),
            "/organisations/import/{id}",
            Coordinator,
            get(orgs::import_pages::show),
        ),
        route(
            p.clone(),
            "/organisations/import/{id}",
            Coordinator,
            post(orgs::import_pages::start),
        ),
        route(
            g.clone(),
            "/organisations/{slug}/merge",
            Coordinator,
            get(orgs::record::show_merge),
        ),
        route(
            p.clone(),
            "/organisations/{slug}/merge",
            Coordinator,
            post(orgs::record::merge),
        ),
        route(
            p.clone(),
            "/outreach/move",
            Coordinator,
            post(orgs::outreach::move_card),
        ),
        // Uploaded files
        route(g.clone(), "/files", Public, get(files::handlers::list)),
        route(
            g.clone(),
            "/files/upload",
            SignedIn,
            get(files::handlers::show_upload),
        ),
        route(
            p.clone(),
            "/files/upload",
            SignedIn,
            post(files::handlers::upload).layer(DefaultBodyLimit::max(crate::app::MAX_BODY_BYTES)),
        ),
        route(
            g.clone(),
            "/files/{name}",
            Public,
            get(files::handlers::show),
        ),
        route(
            g.clone(),
            "/files/{name}/download",
            Public,
            get(files::handlers::download),
        ),
        // Administration
        route(
            g.clone(),
            "/admin/users",
            Admin,
            get(admin::users::list_users),
        ),
        route(
            p.clone(),
            "/admin/users/{id}/role",
            Admin,
            post(admin::users::change_role),
        ),
        route(
            p.clone(),
            "/admin/users/{id}/suspend",
            Admin,
            post(admin::users::change_suspension),
        ),
        // Meetings
        route(g.clone(), "/meetings", Public, get(meetings::pages::list)),
        route(
            g.clone(),
            "/meetings/add",
            Coordinator,
            get(meetings::pages::show_add),
        ),
        route(
            p.clone(),
            "/meetings/add",
            Coordinator,
            post(meetings::pages::add),
        ),
        route(
            g.clone(),
            "/meetings.atom",
            Public,
            get(meetings::feeds::atom_feed),
        ),
        route(
            g.clone(),
            "/meetings/import",
            Coordinator,
            get(meetings::import_page::show),
        ),
        route(
            p.clone(),
            "/meetings/import",
            Coordinator,
            post(meetings::import_page::upload),
        ),
        route(
            g.clone(),
            "/meetings/month",
            Public,
            get(meetings::month::page),
        ),
        route(
            g.clone(),
            "/meetings/feeds",
            Coordinator,
            get(meetings::feeds::show),
        ),
        route(
            p.clone(),
            "/meetings/feeds",
            Coordinator,
            post(meetings::feeds::renew),
        ),
        route(
            g.clone(),
            "/who-we-met",
            Public,
            get(meetings::who_we_met::page),
        ),
        route(
            g.clone(),
            "/who-we-met.csv",
            Public,
            get(meetings::who_we_met::csv),
        ),
        route(
            g.clone(),
            "/who-we-met.json",
            Public,
            get(meetings::who_we_met::json),
        ),
        route(
            g.clone(),
            "/calendar.ics",
            Public,
            get(meetings::feeds::public_feed),
        ),
        route(
            g.clone(),
            "/calendar/private/{token}",
            Public,
            get(meetings::feeds::private_feed),
        ),
        route(
            g.clone(),
            "/meetings/{id}",
            Public,
            get(meetings::pages::show),
        ),
        route(
            g.clone(),
            "/meetings/{id}/calendar.ics",
            Public,
            get(meetings::pages::calendar_file),
        ),
        route(
            p.clone(),
            "/meetings/{id}/organisations",
            Coordinator,
            post(meetings::pages::change_taking_part),
        ),
        route(
            g.clone(),
            "/meetings/{id}/edit",
            Coordinator,
            get(meetings::pages::show_edit),
        ),
        route(
            p.clone(),
            "/meetings/{id}/edit",
            Coordinator,
            post(meetings::pages::edit),
        ),
        route(
            g.clone(),
            "/admin/outbox",
            Admin,
            get(admin::outbox::show_outbox),
        ),
        route(
            g,
            "/admin/deleted-pages",
            Admin,
            get(wiki::manage::list_deleted),
        ),
        route(
            p,
            "/admin/deleted-pages/{id}/restore",
            Admin,
            post(wiki::manage::restore),
        ),
    ]
}

/// The table without handlers, for tests and documentation.
pub fn specs() -> Vec<RouteSpec> {
    table().into_iter().map(|r| r.spec).collect()
}
