//! Downloads: CSV files whose every cell is safe to open (a cell that a spreadsheet would
//! run as a formula is neutralised), and stored files served so that nothing in them runs.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::error::AppResult;

/// A cell that a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, carriage return) gets
/// a leading apostrophe, as OWASP recommends for CSV injection.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The cell [`neutralise`] made: its apostrophe removed again (the importer reads our own
/// exports back this way, so `'+44 28 9032 1234` is the phone number it was).
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// The byte-order mark that tells spreadsheet programs a CSV file is UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A CSV attachment named `filename`: a byte-order mark, the header row, then `rows`,
/// every cell neutralised.
pub fn csv_download(
    filename: &str,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> AppResult<Response> {
    let mut writer = csv::Writer::from_writer(BOM.to_vec());
    writer.write_record(header).map_err(anyhow::Error::from)?;
    for row in rows {
        writer
            .write_record(row.iter().map(|c| neutralise(c)))
            .map_err(anyhow::Error::from)?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| anyhow::anyhow!("csv: {e}"))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// The bytes of a stored file with headers that keep them inert: the detected `media_type`,
/// nosniff (set globally), inline only when `inline` (images), else an attachment, and a
/// sandboxing CSP in case a browser renders them anyway.
pub fn stored_file(
    name: &str,
    media_type: &'static str,
    inline: bool,
    data: Vec<u8>,
    cache: &'static str,
) -> Response {
    let ascii_name: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = url::form_urlencoded::byte_serialize(name.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    let disposition = if inline { "inline" } else { "attachment" };
    let mut response = (StatusCode::OK, data).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
    if let Ok(value) = HeaderValue::from_str(&format!(
        "{disposition}; filename=\"{ascii_name}\"; filename*=UTF-8''{encoded}"
    )) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    // Even if a browser were tricked into rendering the bytes, nothing in them may run.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        ),
    );
    response
}
