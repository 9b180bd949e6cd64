//! `/organisations/import`: upload a CSV, map its columns to fields, preview the rows with
//! their problems, then import the valid ones in the background and watch the progress.

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};

use super::import::{self, Mapping, RowCheck, FIELDS};
use super::import_job::{self, ImportRow};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{multipart, Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render, render_form, Layout};

#[derive(Template)]
#[template(path = "orgs/import_upload.html")]
struct UploadView {
    layout: Layout,
    errors: FieldErrors,
}

fn upload_page(ctx: &RequestContext, errors: FieldErrors) -> AppResult<Response> {
    let mut layout =
        Layout::new(ctx, "import-title").with_crumbs(&[("orgs-title", "/organisations")]);
    let has_errors = layout.mark_errors_if(&errors);
    let view = UploadView { layout, errors };
    render_form(has_errors, &view)
}

pub async fn show_upload(Ctx(ctx): Ctx) -> AppResult<Response> {
    upload_page(&ctx, FieldErrors::new(ctx.lang))
}

pub async fn upload(
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
        return upload_page(&ctx, errors);
    };
    if file.data.contains(&0) {
        errors.add("file", "import-error-not-csv");
        return upload_page(&ctx, errors);
    }
    let text = import::decode(&file.data);
    let (header_row, rows) = import::parse(&text);
    if header_row.iter().all(String::is_empty) || rows.is_empty() {
        errors.add("file", "import-error-empty");
        return upload_page(&ctx, errors);
    }
    let name = file
        .file_name
        .clone()
        .unwrap_or_else(|| "upload.csv".into());
    let id = import_job::store(&state.db, user.id.0, &name, &text).await?;
    Ok(Redirect::to(&format!("/organisations/import/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "orgs/import_map.html")]
struct MapView {
    layout: Layout,
    import: ImportRow,
    columns: Vec<String>,
    /// (field, label, chosen column index or "")
    fields: Vec<(&'static str, String, String)>,
    valid: usize,
    total: usize,
    checks: Vec<RowCheck>,
    missing_name: bool,
}

#[derive(Template)]
#[template(path = "orgs/import_progress.html")]
struct ProgressView {
    layout: Layout,
    import: ImportRow,
}

impl ProgressView {
    fn status_key(&self) -> String {
        format!("import-status-{}", self.import.status)
    }
}

/// The mapping in a query or form (`map_<field>=<column>`), else guessed from the headers.
fn mapping_from(params: &HashMap<String, String>, columns: &[String]) -> Mapping {
    let given: Mapping = FIELDS
        .iter()
        .filter_map(|f| {
            params
                .get(&format!("map_{f}"))
                .and_then(|v| v.parse::<usize>().ok())
                .filter(|i| *i < columns.len())
                .map(|i| (*f, i))
        })
        .collect();
    if params.keys().any(|k| k.starts_with("map_")) {
        return given;
    }
    columns
        .iter()
        .enumerate()
        .filter_map(|(i, h)| import::guess(h).map(|f| (f, i)))
        .fold(Mapping::new(), |mut m, (f, i)| {
            m.entry(f).or_insert(i);
            m
        })
}

pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<i64>,
    Query(params): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let record = import_job::load(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let title_layout = |key: &str| {
        Layout::new(&ctx, key).with_crumbs(&[
            ("orgs-title", "/organisations"),
            ("import-title", "/organisations/import"),
        ])
    };
    if record.status != "uploaded" {
        return render(&ProgressView {
            layout: title_layout("import-progress-title"),
            import: record,
        });
    }
    let (columns, rows) = import::parse(&record.content);
    let mapping = mapping_from(&params, &columns);
    let (valid, checks) = import::check(
        &rows,
        &mapping,
        ctx.lang,
        20,
        &import::existing_names(&state.db).await?,
    );
    let fields = FIELDS
        .iter()
        .map(|f| {
            (
                *f,
                ctx.lang.t(&format!("import-field-{}", f.replace('_', "-"))),
                mapping.get(f).map(|i| i.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    render(&MapView {
        layout: title_layout("import-map-title"),
        missing_name: !mapping.contains_key("name"),
        import: record,
        columns,
        fields,
        valid,
        total: rows.len(),
        checks,
    })
}

pub async fn start(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let params: HashMap<String, String> = crate::http::parse_form(&body)?;
    let record = import_job::load(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (columns, rows) = import::parse(&record.content);
    let mapping = mapping_from(&params, &columns);
    if !mapping.contains_key("name") {
        return Ok((
            Flash("import-flash-map-name"),
            Redirect::to(&format!("/organisations/import/{id}")),
        )
            .into_response());
    }
    let total = i64::try_from(rows.len()).unwrap_or(i64::MAX);
    let started = import_job::Started {
        import_id: id,
        author_id: user.id.0,
        author_name: user.name.clone(),
        summary: ctx.lang.t_args(
            "import-summary",
            &[("file", record.file_name.clone().into())],
        ),
    };
    // Queued as a durable job: it runs (and resumes after a restart) in a job worker.
    import_job::start(&state.db, &started, &mapping, total).await?;
    Ok(Redirect::to(&format!("/organisations/import/{id}")).into_response())
}
