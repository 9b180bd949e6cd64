//! The short way for visitors' cached pages. A request with no cookies at all (so no
//! session, flash message, language or CSRF cookie) for a page the visitors' cache holds
//! fresh is answered here, before the rest of the middleware: the same bytes, status and
//! type the full path stored, with the same security and cache headers, gzipped once per
//! cached page for browsers that accept it. Everything else (and a page whose cache entry
//! has expired, which the full path rebuilds) goes the whole way.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use crate::http::headers;
use crate::i18n::{self, Lang};
use crate::state::AppState;

pub async fn serve_cached(State(state): State<AppState>, req: Request, next: Next) -> Response {
    match cached_response(&state, &req) {
        Some(response) => response,
        None => next.run(req).await,
    }
}

/// Whether `accept` (an `Accept-Encoding` value) takes gzip.
fn accepts_gzip(accept: &str) -> bool {
    accept.split(',').any(|part| {
        let mut pieces = part.split(';');
        let name = pieces.next().unwrap_or("").trim();
        let refused = pieces.any(|p| {
            p.trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q == 0.0)
        });
        name.eq_ignore_ascii_case("gzip") && !refused
    })
}

fn cached_response(state: &AppState, req: &Request) -> Option<Response> {
    if req.method() != Method::GET || req.headers().contains_key(header::COOKIE) {
        return None;
    }
    let uri = req.uri();
    // `?lang=` sets a cookie: the full path handles it.
    if uri.query().is_some_and(|q| q.contains("lang=")) {
        return None;
    }
    let request_headers = req.headers();
    let lang = request_headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(i18n::from_accept_language)
        .unwrap_or(Lang::En);
    let key = match uri.query() {
        Some(q) => format!("{}?{q}", uri.path()),
        None => uri.path().to_string(),
    };
    let page = state.page_cache.peek(&key, lang)?;
    let gzip = request_headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(accepts_gzip);
    let (body, encoded) = match gzip.then(|| page.gzip()).flatten() {
        Some(zipped) => (zipped, true),
        None => (page.body.clone(), false),
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::from_u16(page.status).unwrap_or(StatusCode::OK);
    let out = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&page.content_type) {
        out.insert(header::CONTENT_TYPE, value);
    }
    if let Some(value) = page
        .content_disposition
        .as_deref()
        .and_then(|d| HeaderValue::from_str(d).ok())
    {
        out.insert(header::CONTENT_DISPOSITION, value);
    }
    if encoded {
        out.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    out.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    out.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    headers::apply(out);
    state.metrics.count_cached_view(page.status);
    Some(response)
}

#[cfg(test)]
mod tests {
    use super::accepts_gzip;

    #[test]
    fn gzip_is_taken_unless_refused() {
        assert!(accepts_gzip("gzip, deflate, br"));
        assert!(accepts_gzip("br;q=1.0, GZIP;q=0.5"));
        assert!(!accepts_gzip("gzip;q=0, br"));
        assert!(!accepts_gzip("identity"));
    }
}
