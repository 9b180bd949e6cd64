//! Cross-site request forgery protection for every state-changing request.
//!
//! Two independent checks, both enforced centrally in the context middleware so that no
//! route can forget them:
//! 1. Browsers' `Sec-Fetch-Site` and `Origin` headers: a request that says it comes from
//!    another site is refused.
//! 2. A synchroniser token: every form carries `csrf_token`, derived from a secret only this
//!    browser holds (the session id when signed in, otherwise a random HttpOnly cookie). A
//!    forged request cannot know it.

use axum::http::{HeaderMap, Method};
use url::Url;

use crate::auth::secret::{hash_token, same_secret};

/// The name of the hidden form field (and `X-CSRF-Token` header) carrying the token.
pub const FIELD: &str = "csrf_token";
pub const HEADER: &str = "x-csrf-token";
/// The per-browser cookie that anonymous tokens are derived from.
pub const COOKIE: &str = "coproduce_csrf";

/// Whether the method changes state and so needs a token.
pub fn needs_check(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The token forms must carry for this browser.
pub fn token_for(binding: &str) -> String {
    hash_token(&format!("csrf:{binding}"))
}

/// Whether the browser says the request comes from another site.
pub fn is_cross_site(headers: &HeaderMap, base_url: &Url) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if site == "cross-site" || site == "same-site" {
            return true;
        }
    }
    let Some(origin) = headers.get("origin").and_then(|v| v.to_str().ok()) else {
        return false;
    };
    if origin == "null" {
        return true;
    }
    let host = headers.get("host").and_then(|v| v.to_str().ok());
    let Ok(origin_url) = Url::parse(origin) else {
        return true;
    };
    let same_as_base = origin_url.origin() == base_url.origin();
    let same_as_host = match (origin_url.host_str(), host) {
        (Some(origin_host), Some(host)) => {
            let origin_authority = match origin_url.port() {
                Some(port) => format!("{origin_host}:{port}"),
                None => origin_host.to_string(),
            };
            origin_authority.eq_ignore_ascii_case(host)
        }
        _ => false,
    };
    !(same_as_base || same_as_host)
}

/// The token a request carries, in the header or in a urlencoded body.
pub fn submitted_token(headers: &HeaderMap, body: &[u8]) -> Option<String> {
    if let Some(value) = headers.get(HEADER).and_then(|v| v.to_str().ok()) {
        return Some(value.to_string());
    }
    url::form_urlencoded::parse(body)
        .find(|(name, _)| name == FIELD)
        .map(|(_, value)| value.into_owned())
}

/// Whether the submitted token is the expected one (constant-time).
pub fn token_matches(expected: &str, submitted: Option<&str>) -> bool {
    submitted.is_some_and(|s| same_secret(expected, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_site_requests_are_recognised() -> anyhow::Result<()> {
        let base = Url::parse("https://coproduce.example/")?;
        let mut headers = HeaderMap::new();
        assert!(
            !is_cross_site(&headers, &base),
            "no headers: not cross-site"
        );
        headers.insert("origin", "https://coproduce.example".parse()?);
        assert!(!is_cross_site(&headers, &base));
        headers.insert("origin", "https://evil.example".parse()?);
        assert!(is_cross_site(&headers, &base));
        headers.insert("origin", "http://127.0.0.1:9000".parse()?);
        headers.insert("host", "127.0.0.1:9000".parse()?);
        assert!(!is_cross_site(&headers, &base), "same host as requested");
        headers.insert("sec-fetch-site", "cross-site".parse()?);
        assert!(is_cross_site(&headers, &base));
        Ok(())
    }

    #[test]
    fn tokens_are_found_in_bodies_and_compared() {
        let headers = HeaderMap::new();
        let body = b"name=a&csrf_token=abc%3D&x=1";
        assert_eq!(submitted_token(&headers, body).as_deref(), Some("abc="));
        assert!(token_matches("abc=", Some("abc=")));
        assert!(!token_matches("abc=", Some("abd=")));
        assert!(!token_matches("abc=", None));
    }
}
