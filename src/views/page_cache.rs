//! A one-second micro-cache of whole public pages and feeds (wiki pages, the organisations
//! directory, the meetings and events lists, the public iCalendar feed) as visitors (not
//! signed in) see them, so a popular page is built from the database at
//! most once a second per instance and language. Any change made through this instance (any
//! successful POST) empties it at once; another instance's change shows here within a second.
//!
//! Heavy pages (the directory's bulk exports, search) go through [`cached_heavy`]: besides
//! the cache, visitors' builds of them run at most one per core at once per instance, and a
//! visitor who cannot start one within a few seconds gets the 503 page with `Retry-After`,
//! so a flood of uncached requests cannot take the server's whole time.

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

/// A stored response: status, content type, how to show it (a download's file name), body.
#[derive(Clone, Debug)]
pub struct Cached {
    pub status: u16,
    pub content_type: String,
    pub content_disposition: Option<String>,
    pub body: axum::body::Bytes,
    /// The body gzipped, made the first time a browser that accepts gzip asks.
    pub gzipped: std::sync::Arc<std::sync::OnceLock<Option<axum::body::Bytes>>>,
}

impl Cached {
    /// The gzipped body (`None` if compressing failed, which it does not in practice).
    pub fn gzip(&self) -> Option<axum::body::Bytes> {
        self.gzipped
            .get_or_init(|| {
                use std::io::Write;
                let mut encoder =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                encoder.write_all(&self.body).ok()?;
                encoder.finish().ok().map(axum::body::Bytes::from)
            })
            .clone()
    }
}

/// The content types worth keeping.
const CACHEABLE_TYPES: [&str; 6] = [
    "text/html",
    "text/calendar",
    "text/csv",
    "application/json",
    "application/atom+xml",
    "application/xml",
];
/// The largest body kept; bigger ones are served as built.
const MAX_BODY: u64 = 32 * 1024 * 1024;
/// How long a visitor waits to start building a heavy page before the 503.
const HEAVY_WAIT: Duration = Duration::from_secs(5);

pub struct PageCache {
    entries: Mutex<HashMap<(String, Lang), Entry>>,
    /// Visitors' builds of heavy pages running at once.
    heavy_builds: tokio::sync::Semaphore,
}

impl Default for PageCache {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        PageCache {
            entries: Mutex::default(),
            heavy_builds: tokio::sync::Semaphore::new(cores),
        }
    }
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

    /// The page for this URL and language only while it is fresh (or being rebuilt by
    /// someone): never claims the rebuild, so the request that misses here and goes the
    /// whole way through [`cached`] is the one that rebuilds it.
    pub fn peek(&self, url: &str, lang: Lang) -> Option<Cached> {
        let entries = self.entries.lock().ok()?;
        let entry = entries.get(&(url.to_string(), lang))?;
        let age = entry.stored.elapsed();
        (age < TTL || (entry.refreshing && age < MAX_STALE)).then(|| entry.page.clone())
    }

    /// The places for visitors' heavy builds (an operator's check, or a test holding them).
    pub fn heavy_places(&self) -> &tokio::sync::Semaphore {
        &self.heavy_builds
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
    let url = match &ctx.query {
        Some(q) => format!("{}?{q}", ctx.path),
        None => ctx.path.clone(),
    };
    cached_as(cache, ctx, &url, build).await
}

/// [`cached`] for a page costly to build: visitors' builds wait for one of a few places
/// (503 when none frees in time). `key` names the page: the path, and only the parts of
/// the query the page reads, so an attacker cannot dodge the cache with made-up parameters.
pub async fn cached_heavy<F, Fut>(
    cache: &PageCache,
    ctx: &crate::http::RequestContext,
    key: &str,
    build: F,
) -> crate::error::AppResult<axum::response::Response>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = crate::error::AppResult<axum::response::Response>>,
{
    let visitor = ctx.user.is_none();
    cached_as(cache, ctx, key, || async move {
        let _place = if visitor {
            match tokio::time::timeout(HEAVY_WAIT, cache.heavy_builds.acquire()).await {
                Ok(Ok(place)) => Some(place),
                _ => {
                    return Err(crate::error::AppError::Unavailable(
                        "too many heavy pages being built at once".into(),
                    ))
                }
            }
        } else {
            None
        };
        build().await
    })
    .await
}

async fn cached_as<F, Fut>(
    cache: &PageCache,
    ctx: &crate::http::RequestContext,
    url: &str,
    build: F,
) -> crate::error::AppResult<axum::response::Response>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = crate::error::AppResult<axum::response::Response>>,
{
    use axum::body::HttpBody as _;
    use axum::response::IntoResponse;
    let cacheable = ctx.user.is_none() && ctx.flash.is_none();
    if cacheable {
        if let Some(page) = cache.get(url, ctx.lang) {
            let status = axum::http::StatusCode::from_u16(page.status).unwrap_or_default();
            let mut response = (
                status,
                [(axum::http::header::CONTENT_TYPE, page.content_type)],
                page.body,
            )
                .into_response();
            if let Some(disposition) = page
                .content_disposition
                .and_then(|d| axum::http::HeaderValue::from_str(&d).ok())
            {
                response
                    .headers_mut()
                    .insert(axum::http::header::CONTENT_DISPOSITION, disposition);
            }
            return Ok(response);
        }
    }
    let response = build().await?;
    let content_type = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let small = response
        .body()
        .size_hint()
        .upper()
        .is_some_and(|size| size <= MAX_BODY);
    // A page with a form carries this browser's CSRF token: never shown to anyone else.
    let keep = small
        && !ctx.csrf.used()
        && CACHEABLE_TYPES.iter().any(|t| content_type.starts_with(t))
        && response
            .headers()
            .get(axum::http::header::SET_COOKIE)
            .is_none();
    if !(cacheable && keep) {
        return Ok(response);
    }
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, MAX_BODY as usize)
        .await
        .map_err(|e| crate::error::AppError::Internal(anyhow::anyhow!("page body: {e}")))?;
    cache.put(
        url,
        ctx.lang,
        Cached {
            status: parts.status.as_u16(),
            content_type,
            content_disposition: parts
                .headers
                .get(axum::http::header::CONTENT_DISPOSITION)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            gzipped: Default::default(),
            body: bytes.clone(),
        },
    );
    Ok(axum::response::Response::from_parts(
        parts,
        axum::body::Body::from(bytes),
    ))
}
