//! `/plan/import`: coordinators bring outputs and milestones in from a CSV file with the
//! columns `/plan.csv` writes. Good rows are imported together; rows with a problem are
//! not, and are listed with their line, their text and what is wrong, to be corrected and
//! imported again.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;

use super::exports::CSV_HEADER;
use super::model::{self, Imported};
use super::plan_csv::{self, BadRow};
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::http::{multipart, Ctx, RequestContext};
use crate::state::AppState;
use crate::views::{render_form, Layout};

#[derive(Template)]
#[template(path = "plan/import.html")]
struct ImportView {
    layout: Layout,
    errors: FieldErrors,
    header: String,
    done: Option<Imported>,
    bad: Vec<BadRow>,
}

impl ImportView {
    /// The rows not imported, as CSV with the header, to copy, correct and import again.
    fn bad_as_csv(&self) -> String {
        let mut writer = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        let header = CSV_HEADER.iter().map(|h| h.to_string()).collect::<Vec<_>>();
        let rows = std::iter::once(header).chain(
            self.bad
                .iter()
                .filter(|b| !b.cells.is_empty())
                .map(|b| b.cells.clone()),
        );
        for row in rows {
            if writer.write_record(&row).is_err() {
                break;
            }
        }
        writer
            .into_inner()
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .unwrap_or_default()
    }
}

fn page(
    ctx: &RequestContext,
    errors: FieldErrors,
    done: Option<Imported>,
    bad: Vec<BadRow>,
) -> AppResult<Response> {
    let mut layout = Layout::new(ctx, "plan-import-title").with_crumbs(&[("plan-title", "/plan")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &ImportView {
            layout,
            errors,
            header: CSV_HEADER.join(","),
            done,
            bad,
        },
    )
}

/// `GET /plan/import`.
pub async fn show_import(Ctx(ctx): Ctx) -> AppResult<Response> {
    page(&ctx, FieldErrors::new(ctx.lang), None, Vec::new())
}

/// `POST /plan/import`.
pub async fn import(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let parts = multipart::from_request(&headers, body).await?;
    let mut errors = FieldErrors::new(ctx.lang);
    let Some(file) = multipart::required_file(&parts, "file") else {
        errors.add("file", "files-error-missing");
        return page(&ctx, errors, None, Vec::new());
    };
    let parsed = match plan_csv::read(&file.data, ctx.lang) {
        Ok(parsed) => parsed,
        Err(key) => {
            errors.add("file", key);
            return page(&ctx, errors, None, Vec::new());
        }
    };
    let note = ctx.lang.t("plan-import-note");
    let done = model::import_plan(
        &state.db,
        &parsed.outputs,
        &parsed.milestones,
        (Some(user.id.0), &user.name),
        &note,
    )
    .await?;
    let mut bad = parsed.bad;
    for line in &done.unplaced {
        bad.push(BadRow {
            line: *line,
            cells: Vec::new(),
            problem: ctx.lang.t("plan-import-no-output"),
        });
    }
    bad.sort_by_key(|b| b.line);
    page(&ctx, FieldErrors::new(ctx.lang), Some(done), bad)
}
