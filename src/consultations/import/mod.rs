//! Importing a consultation's document from a file: Markdown (`.md`, read as UTF-8), Word
//! (`.docx`) and OpenDocument (`.odt`). Both office formats are zipped XML: `zipped` opens
//! the archive with limits (entries, sizes, compression ratio) so that a zip bomb is
//! refused without being unpacked; `docx` and `odt` read their XML with quick-xml into the
//! `builder`, which writes Markdown block by block (headings, paragraphs, list items,
//! tables, links and images) and lists what it left out. Nothing is written to the
//! consultation here: the editor reviews the result in the draft form and saves it.

pub mod builder;
pub mod docx;
pub mod odt;
mod xml;
pub mod zipped;

pub use builder::{Dropped, Image, Imported};

/// Why a file could not be imported (Fluent `consult-import-error-<code>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not a kind we read (by its name), or its content is not what the name says.
    NotADocument,
    /// Over the size limits, or a compressed archive that would unpack to too much.
    TooBig,
    /// Text that is not UTF-8 (or has NUL characters).
    NotText,
}

impl ImportError {
    pub fn code(self) -> &'static str {
        match self {
            ImportError::NotADocument => "not-a-document",
            ImportError::TooBig => "too-big",
            ImportError::NotText => "not-text",
        }
    }
}

/// The largest file accepted.
pub const MAX_FILE_BYTES: usize = crate::files::MAX_FILE_BYTES;

/// Converts the file named `name` to Markdown.
pub fn import(name: &str, data: &[u8]) -> Result<Imported, ImportError> {
    if data.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooBig);
    }
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".md") || lower.ends_with(".markdown") || lower.ends_with(".txt") {
        let text = std::str::from_utf8(data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data))
            .map_err(|_| ImportError::NotText)?;
        if text.contains('\0') {
            return Err(ImportError::NotText);
        }
        return Ok(Imported {
            markdown: text.replace("\r\n", "\n"),
            ..Imported::default()
        });
    }
    if lower.ends_with(".docx") {
        return docx::convert(&zipped::Archive::open(data)?);
    }
    if lower.ends_with(".odt") {
        return odt::convert(&zipped::Archive::open(data)?);
    }
    Err(ImportError::NotADocument)
}
