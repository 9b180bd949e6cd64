//! Reading an uploaded file: decoding (UTF-8 with or without a byte-order mark, else
//! Windows-1252, and saying which), tolerant CSV parsing (quoted newlines, ragged rows), and
//! undoing the formula guard our own exports put on cells, so an export imports back as it
//! was. Rows are read one at a time, so a file of 200,000 rows never sits in memory twice.

use crate::http::download::restore;

/// The encodings a file is read in, by their code (`import-encoding-*` names them).
pub const UTF8: &str = "utf-8";
pub const WINDOWS_1252: &str = "windows-1252";

/// Decodes an uploaded file: UTF-8 (a byte-order mark is dropped) or else Windows-1252, the
/// encoding spreadsheet programs and regulators' downloads use on Windows. Returns the
/// text and the encoding's code.
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    decode_owned(bytes.to_vec())
}

/// [`decode`], taking the bytes (a UTF-8 file becomes its text without a copy).
pub fn decode_owned(mut bytes: Vec<u8>) -> (String, &'static str) {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => (text, UTF8),
        Err(e) => (
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(e.as_bytes())
                .0
                .into_owned(),
            WINDOWS_1252,
        ),
    }
}

/// A row of the file: its number as a spreadsheet shows it (the header is row 1) and its
/// cells, or `Err` if the row cannot be read as CSV.
pub type FileRow = (usize, Result<Vec<String>, ()>);

fn reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes())
}

/// The header of a CSV text, trimmed.
pub fn header(text: &str) -> Vec<String> {
    reader(text)
        .headers()
        .map(|h| h.iter().map(|c| c.trim().to_string()).collect())
        .unwrap_or_default()
}

/// The rows of a CSV text, one at a time, with the formula guard undone.
pub fn rows(text: &str) -> impl Iterator<Item = FileRow> + '_ {
    reader(text).into_records().enumerate().map(|(i, r)| {
        let cells = r
            .map(|rec| rec.iter().map(|c| restore(c).to_string()).collect())
            .map_err(|_| ());
        (i + 2, cells)
    })
}

/// A header as a CSV line of its own.
pub fn header_line(header: &[String]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(header);
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

/// How many rows a CSV text has.
pub fn count_rows(text: &str) -> usize {
    reader(text).into_byte_records().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_handles_bom_and_windows_1252() {
        assert_eq!(decode(b"\xEF\xBB\xBFname\nCaf\xC3\xA9").0, "name\nCafé");
        assert_eq!(
            decode(b"name\nCaf\xE9 \x93quoted\x94"),
            (
                "name\nCafé \u{201c}quoted\u{201d}".to_string(),
                WINDOWS_1252
            )
        );
    }

    #[test]
    fn parsing_tolerates_quoted_newlines_and_ragged_rows_and_undoes_the_guard() {
        let text = "name,description\n\"A\",\"line one\nline two\"\nB\nC,x,extra\n\"'+44 1\",'=x\n";
        assert_eq!(header(text), vec!["name", "description"]);
        let all: Vec<FileRow> = rows(text).collect();
        assert_eq!(all.len(), 4);
        assert_eq!(count_rows(text), 4);
        assert_eq!(all[0].1.as_ref().unwrap()[1], "line one\nline two");
        assert_eq!(all[1].1.as_ref().unwrap().len(), 1);
        assert_eq!(all[2].1.as_ref().unwrap().len(), 3);
        assert_eq!(all[3].1.as_ref().unwrap(), &vec!["+44 1", "=x"]);
        assert_eq!(
            all[3].0, 5,
            "rows are numbered as a spreadsheet numbers them"
        );
    }
}
