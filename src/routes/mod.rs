//! Every route, with the access level it declares, in one table (one file per area). The
//! router is built from this table (`app::router`), and tests enumerate it to prove that each
//! route enforces its access level and that every state-changing route refuses forged
//! requests.

mod accounts;
mod consortium;
mod consultations;
mod events;
mod meetings;
mod orgs;
mod plan;
mod proposals;
mod site;
mod wiki;

use axum::http::Method;
use axum::routing::MethodRouter;

use crate::auth::role::Access;
use crate::state::AppState;

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
    [
        site::routes(),
        accounts::routes(),
        wiki::routes(),
        orgs::routes(),
        meetings::routes(),
        events::routes(),
        consultations::routes(),
        consortium::routes(),
        proposals::routes(),
        plan::routes(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The table without handlers, for tests and documentation.
pub fn specs() -> Vec<RouteSpec> {
    table().into_iter().map(|r| r.spec).collect()
}
