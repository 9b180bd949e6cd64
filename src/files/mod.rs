//! Uploads: images and documents (PDF, ODT, DOCX, CSV) for wiki pages. The kind is decided
//! by content (`kind`), SVG is refused, images need alt text, documents are always
//! downloaded (never shown inline) with headers that stop browsers guessing; every file has
//! a page with its versions. Bytes are stored by content hash (`store`).

pub mod handlers;
pub mod kind;
pub mod model;
pub mod store;

/// Largest file accepted.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
