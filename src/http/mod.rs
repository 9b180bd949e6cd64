//! HTTP plumbing shared by every page: the per-request context (who, which language, the
//! CSRF token), access checks, security headers, flash messages, the client address and
//! the form extractor.

pub mod access;
pub mod client_ip;
pub mod context;
pub mod csrf;
pub mod download;
pub mod flash;
pub mod form;
pub mod found;
pub mod headers;
pub mod multipart;
pub mod slug;

pub use context::{Ctx, RequestContext};
pub use flash::Flash;
pub use form::{parse_form, ValidForm};
pub use found::{Found, PathRecord};

/// Adds a `Set-Cookie` header for `cookie` to `response`.
pub fn append_cookie(
    response: &mut axum::response::Response,
    cookie: &axum_extra::extract::cookie::Cookie<'_>,
) {
    if let Ok(value) = axum::http::HeaderValue::from_str(&cookie.encoded().to_string()) {
        response
            .headers_mut()
            .append(axum::http::header::SET_COOKIE, value);
    }
}
