//! What every page shares: the layout context ([`Layout`]), time formatting in
//! Europe/London, form choices built from codes, and rendering a template into a response.

pub mod atom;
mod choice;
mod layout;
pub mod page_cache;
pub mod render_cache;
mod time;

pub use choice::{choices, Choice};
pub use layout::{Crumb, Layout, NavItem};
pub use time::{format_date, format_time, rfc3339};

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::error::AppResult;

/// Renders a page with status 200.
pub fn render<T: Template>(template: &T) -> AppResult<Response> {
    Ok(Html(template.render()?).into_response())
}

/// Renders a page with another status (422 for a form with errors, say).
pub fn render_status<T: Template>(status: StatusCode, template: &T) -> AppResult<Response> {
    Ok((status, Html(template.render()?)).into_response())
}

/// Renders a form page: 422 when it shows errors (so assistive tools and tests can tell a
/// refused submission), 200 otherwise.
pub fn render_form<T: Template>(has_errors: bool, template: &T) -> AppResult<Response> {
    if has_errors {
        render_status(StatusCode::UNPROCESSABLE_ENTITY, template)
    } else {
        render(template)
    }
}
