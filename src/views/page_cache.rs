//! A one-second micro-cache of whole public pages and feeds (wiki pages, the organisations
//! directory, the meetings and events lists, the public iCalendar feed) as visitors (not
//! signed in) see them, so a popular page is built from the database at
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

/// A cached page: when it was stored, its status, content type and body, and whether a
/// request is already rebuilding it.
struct Entry {
    stored: Instant,
    page: Cached,
    refreshing: bool,
}

/// A stored response: status, content type, body.
#[derive(Clone, Debug)]
pub struct Cached {
    pub status: u16,
    pub content_type: String,
    pub body: axum::body::Bytes,
}

/// The content types worth keeping.
const CACHEABLE_TYPES: [&str; 2] = ["text/html", "text/calendar"];

#[derive(Default)]
pub struct PageCache {
    entries: Mutex<HashMap<(String, Lang), Entry>>,
}

impl PageCache {
    /// The cached page (status, HTML) for this URL and language. When it has just expired,
    /// the first caller gets `None` (and rebuilds it) while the others are served the
    /// previous version, so a busy page is never rebuilt by many requests at once.
    pub fn get(&self, url: &str, lang: Lang) -> Option<Cached> {
        let mut entries = self.entries.lock().ok()?;
        let entry = entries.get_mut(&(url.to_string(), lang))?;
        let age = entry.stored.elapsed();
        if age < TTL || (entry.refreshing && age < MAX_STALE) {
            return Some(entry.page.clone());
        }
        if age < MAX_STALE {
            entry.refreshing = true;
        }
        None
    }

    pub fn put(&self, url: &str, lang: Lang, page: Cached) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(
                (url.to_string(), lang),
                Entry {
                    stored: Instant::now(),
                    page,
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
        if let Some(page) = cache.get(&url, ctx.lang) {
            let status = axum::http::StatusCode::from_u16(page.status).unwrap_or_default();
            return Ok((
                status,
                [(axum::http::header::CONTENT_TYPE, page.content_type)],
                page.body,
            )
                .into_response());
        }
    }
    let response = build().await?;
    let content_type = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let keep = CACHEABLE_TYPES.iter().any(|t| content_type.starts_with(t))
        && response
            .headers()
            .get(axum::http::header::SET_COOKIE)
            .is_none();
    if !(cacheable && keep) {
        return Ok(response);
    }
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 8 * 1024 * 1024)
        .await
        .map_err(|e| crate::error::AppError::Internal(anyhow::anyhow!("page body: {e}")))?;
    cache.put(
        &url,
        ctx.lang,
        Cached {
            status: parts.status.as_u16(),
            content_type,
            body: bytes.clone(),
        },
    );
    Ok(axum::response::Response::from_parts(
        parts,
        axum::body::Body::from(bytes),
    ))
}
