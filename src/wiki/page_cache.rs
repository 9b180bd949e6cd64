//! A one-second micro-cache of whole wiki pages as visitors (not signed in) see them, so a
//! popular page is rendered from the database at most once a second per instance and
//! language. Any wiki change on this instance empties it at once; another instance's
//! change shows here within a second.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::i18n::Lang;

const TTL: Duration = Duration::from_secs(1);
const MAX_ENTRIES: usize = 2000;

/// A cached page: when it was stored, its status and its HTML.
type Entry = (Instant, u16, String);

#[derive(Default)]
pub struct PageCache {
    entries: Mutex<HashMap<(String, Lang), Entry>>,
}

impl PageCache {
    /// The cached page (status, HTML) for this URL and language, if fresh.
    pub fn get(&self, url: &str, lang: Lang) -> Option<(u16, String)> {
        let entries = self.entries.lock().ok()?;
        let (at, status, html) = entries.get(&(url.to_string(), lang))?;
        (at.elapsed() < TTL).then(|| (*status, html.clone()))
    }

    pub fn put(&self, url: &str, lang: Lang, status: u16, html: String) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert((url.to_string(), lang), (Instant::now(), status, html));
        }
    }

    /// Forgets everything (after any change to the wiki).
    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }
}
