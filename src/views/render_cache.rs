//! A bounded in-memory cache of rendered HTML for things that never change once made
//! (a published consultation version's parts, say), keyed by a string the caller builds
//! from what the rendering depends on. Because the source is immutable, an entry is never
//! stale, on this instance or any other; when the cache is full it is emptied and refills
//! with what is read next.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Entries kept before the cache is emptied.
const MAX_ENTRIES: usize = 256;

#[derive(Default)]
pub struct RenderCache {
    entries: Mutex<HashMap<String, Arc<Vec<String>>>>,
}

impl RenderCache {
    /// The rendering stored under `key`, if there is one.
    pub fn get(&self, key: &str) -> Option<Arc<Vec<String>>> {
        self.entries.lock().ok().and_then(|e| e.get(key).cloned())
    }

    /// The rendering stored under `key`, or `make`'s, stored for next time.
    pub fn get_or(&self, key: &str, make: impl FnOnce() -> Vec<String>) -> Arc<Vec<String>> {
        if let Some(hit) = self.entries.lock().ok().and_then(|e| e.get(key).cloned()) {
            return hit;
        }
        let made = Arc::new(make());
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(key.to_string(), made.clone());
        }
        made
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rendering_is_made_once_and_the_cache_stays_bounded() {
        let cache = RenderCache::default();
        let mut made = 0;
        for _ in 0..3 {
            cache.get_or("a", || {
                made += 1;
                vec!["<p>a</p>".into()]
            });
        }
        assert_eq!(made, 1);
        for n in 0..(MAX_ENTRIES * 2) {
            cache.get_or(&n.to_string(), Vec::new);
        }
        assert!(cache.entries.lock().unwrap().len() <= MAX_ENTRIES);
    }
}
