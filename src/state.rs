//! The application state every handler can reach, and the request limits the router and the
//! upload routes share. This sits at the bottom of the layers: it knows the configuration,
//! the database pool, the metrics registry, the visitors' page cache and the cache of
//! immutable renderings, and nothing above.

use std::sync::Arc;

use crate::config::Config;
use crate::metrics::Metrics;
use crate::storage::blobs::Blobs;
use crate::storage::Db;

/// Largest request body accepted (bigger gets 413).
pub const MAX_BODY_BYTES: usize = 12 * 1024 * 1024;

/// What every handler can reach: one shared allocation, so the many clones a request makes
/// (every extractor and middleware takes one) cost a reference count, not a copy.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

/// The contents of [`AppState`], reached through it by `Deref` (`state.db`, `state.config`).
pub struct Shared {
    pub config: Arc<Config>,
    pub db: Db,
    /// Where uploads are kept (the data directory or an object store).
    pub blobs: Blobs,
    pub metrics: Arc<Metrics>,
    /// Wiki pages as visitors see them, for a second (see `views::page_cache`).
    pub page_cache: Arc<crate::views::page_cache::PageCache>,
    /// Renderings of things that never change once made (see `views::render_cache`).
    pub render_cache: Arc<crate::views::render_cache::RenderCache>,
}

impl AppState {
    /// The state for `config` on `db`; fails when the upload store's settings are invalid.
    pub fn new(config: Config, db: Db) -> anyhow::Result<AppState> {
        let blobs = Blobs::from_config(&config)?;
        Ok(AppState(Arc::new(Shared {
            config: Arc::new(config),
            db,
            blobs,
            metrics: Arc::new(Metrics::new()),
            page_cache: Arc::default(),
            render_cache: Arc::default(),
        })))
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}
