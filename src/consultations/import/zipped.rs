//! A zip archive opened with limits: at most [`MAX_ENTRIES`] entries, none unpacking to
//! more than [`MAX_ENTRY_BYTES`], all together no more than [`MAX_TOTAL_BYTES`], and no
//! entry more than [`MAX_RATIO`] times its compressed size. Sizes are checked against
//! what the archive declares and again while reading (a reader that stops at the limit),
//! so a lying archive is caught too.

use std::io::{Cursor, Read};

use super::ImportError;

pub const MAX_ENTRIES: usize = 2_000;
pub const MAX_ENTRY_BYTES: u64 = 50 * 1024 * 1024;
pub const MAX_TOTAL_BYTES: u64 = 200 * 1024 * 1024;
pub const MAX_RATIO: u64 = 200;

pub struct Archive<'a> {
    data: &'a [u8],
    names: Vec<String>,
}

impl<'a> Archive<'a> {
    /// Opens `data` as a zip archive, checking its declared sizes.
    pub fn open(data: &'a [u8]) -> Result<Archive<'a>, ImportError> {
        let mut zip =
            zip::ZipArchive::new(Cursor::new(data)).map_err(|_| ImportError::NotADocument)?;
        if zip.len() > MAX_ENTRIES {
            return Err(ImportError::TooBig);
        }
        let mut total = 0u64;
        let mut names = Vec::with_capacity(zip.len());
        for i in 0..zip.len() {
            let entry = zip.by_index_raw(i).map_err(|_| ImportError::NotADocument)?;
            let size = entry.size();
            total = total.saturating_add(size);
            let ratio_ok =
                size <= 1024 * 1024 || size / entry.compressed_size().max(1) <= MAX_RATIO;
            if size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES || !ratio_ok {
                return Err(ImportError::TooBig);
            }
            names.push(entry.name().to_string());
        }
        Ok(Archive { data, names })
    }

    pub fn has(&self, name: &str) -> bool {
        self.names.iter().any(|n| n == name)
    }

    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The unpacked bytes of entry `name`, if it is there (never more than the limit).
    pub fn read(&self, name: &str) -> Result<Option<Vec<u8>>, ImportError> {
        let mut zip =
            zip::ZipArchive::new(Cursor::new(self.data)).map_err(|_| ImportError::NotADocument)?;
        let Ok(entry) = zip.by_name(name) else {
            return Ok(None);
        };
        let mut out = Vec::new();
        entry
            .take(MAX_ENTRY_BYTES + 1)
            .read_to_end(&mut out)
            .map_err(|_| ImportError::NotADocument)?;
        if out.len() as u64 > MAX_ENTRY_BYTES {
            return Err(ImportError::TooBig);
        }
        Ok(Some(out))
    }

    /// Entry `name` as UTF-8 text.
    pub fn read_text(&self, name: &str) -> Result<Option<String>, ImportError> {
        match self.read(name)? {
            Some(bytes) => String::from_utf8(bytes)
                .map(Some)
                .map_err(|_| ImportError::NotADocument),
            None => Ok(None),
        }
    }
}
