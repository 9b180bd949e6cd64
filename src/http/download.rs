//! Spreadsheet downloads: CSV files whose every cell is safe to open, since a cell that a
//! spreadsheet would run as a formula is neutralised.

use axum::http::header;
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

/// A CSV attachment named `filename`: the header row, then `rows`, every cell neutralised.
pub fn csv_download(
    filename: &str,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> AppResult<Response> {
    let mut writer = csv::Writer::from_writer(Vec::new());
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
