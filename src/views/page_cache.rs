//! A one-second micro-cache of whole public pages (wiki pages, the organisations directory)
//! as visitors (not signed in) see them, so a popular page is built from the database at
//! most once a second per instance and language. Any change made through this instance (any
//! successful POST) empties it at once; another instance's change shows here within a second.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::i18n::Lang;

const TTL: Duration = Duration::from_secs(1);
/// An expired page is still served while one request builds its replacement, for this long.
const MAX_STALE: Duration = Duration::from_secs(10);
const MAX_ENTRIES: usize = 2000;

/// A cached page: when it was stored, its status, its HTML, and whether a request is
/// already rebuilding it.
struct Entry {
    stored: Instant,
    status: u16,
    html: String,
    refreshing: bool,
}

#[derive(Default)]
pub struct PageCache {
    entries: Mutex<HashMap<(String, Lang), Entry>>,
}

impl PageCache {
    /// The cached page (status, HTML) for this URL and language. When it has just expired,
    /// the first caller gets `None` (and rebuilds it) while the others are served the
    /// previous version, so a busy page is never rebuilt by many requests at once.
    pub fn get(&self, url: &str, lang: Lang) -> Option<(u16, String)> {
        let mut entries = self.entries.lock().ok()?;
        let entry = entries.get_mut(&(url.to_string(), lang))?;
        let age = entry.stored.elapsed();
        if age < TTL || (entry.refreshing && age < MAX_STALE) {
            return Some((entry.status, entry.html.clone()));
        }
        if age < MAX_STALE {
            entry.refreshing = true;
        }
        None
    }

    pub fn put(&self, url: &str, lang: Lang, status: u16, html: String) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(
                (url.to_string(), lang),
                Entry {
                    stored: Instant::now(),
                    status,
                    html,
                    refreshing: false,
                },
            );
        }
    }

    /// Forgets everything (after any change).
    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }
}

/// Serves `build`'s page from the cache for visitors, or builds (and, for visitors, keeps) it.
pub async fn cached<F, Fut>(
    cache: &PageCache,
    ctx: &crate::http::RequestContext,
    build: F,
) -> crate::error::AppResult<axum::response::Response>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = crate::error::AppResult<axum::response::Response>>,
{
    use axum::response::IntoResponse;
    let cacheable = ctx.user.is_none() && ctx.flash.is_none();
    let url = match &ctx.query {
        Some(q) => format!("{}?{q}", ctx.path),
        None => ctx.path.clone(),
    };
    if cacheable {
        if let Some((status, html)) = cache.get(&url, ctx.lang) {
            let status = axum::http::StatusCode::from_u16(status).unwrap_or_default();
            return Ok((status, axum::response::Html(html)).into_response());
        }
    }
    let response = build().await?;
    let is_html = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if !(cacheable && is_html) {
        return Ok(response);
    }
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 4 * 1024 * 1024)
        .await
        .map_err(|e| crate::error::AppError::Internal(anyhow::anyhow!("page body: {e}")))?;
    cache.put(
        &url,
        ctx.lang,
        parts.status.as_u16(),
        String::from_utf8_lossy(&bytes).into_owned(),
    );
    Ok(axum::response::Response::from_parts(
        parts,
        axum::body::Body::from(bytes),
    ))
}
