//! `/organisations/import`: upload a file (with a saved profile, if one fits), check and
//! change the settings (`settings_form`), see row by row what will happen, make the
//! choices only a person can make, download the problem rows, start the import and watch
//! it; and the list of past imports with their counts and problem rows.

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};

use super::plan::{Counts, OUTCOMES};
use super::record::{self, ImportRecord};
use super::settings::Settings;
use super::settings_form::{self, MapView};
use super::{file, job, preview, problems, profiles};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{multipart, Ctx, RequestContext};
use crate::state::AppState;
use crate::views::{render, render_form, Layout};

#[derive(Template)]
#[template(path = "orgs/import_upload.html")]
struct UploadView {
    layout: Layout,
    errors: FieldErrors,
    profiles: Vec<String>,
    past: Vec<ImportRecord>,
}

impl UploadView {
    fn status_key(&self, import: &ImportRecord) -> String {
        format!("import-status-short-{}", import.status)
    }
}

async fn upload_page(
    state: &AppState,
    ctx: &RequestContext,
    errors: FieldErrors,
) -> AppResult<Response> {
    let mut layout =
        Layout::new(ctx, "import-title").with_crumbs(&[("orgs-title", "/organisations")]);
    let has_errors = layout.mark_errors_if(&errors);
    let view = UploadView {
        layout,
        errors,
        profiles: profiles::names(&state.db).await?,
        past: record::past(&state.db, 50).await?,
    };
    render_form(has_errors, &view)
}

pub async fn show_upload(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    upload_page(&state, &ctx, FieldErrors::new(ctx.lang)).await
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
    let Some(upload) = multipart::required_file(&parts, "file") else {
        errors.add("file", "files-error-missing");
        return upload_page(&state, &ctx, errors).await;
    };
    if upload.data.contains(&0) {
        errors.add("file", "import-error-not-csv");
        return upload_page(&state, &ctx, errors).await;
    }
    let (text, encoding) = file::decode(&upload.data);
    let header = file::header(&text);
    if header.iter().all(String::is_empty) || file::count_rows(&text) == 0 {
        errors.add("file", "import-error-empty");
        return upload_page(&state, &ctx, errors).await;
    }
    let profile = multipart::field(&parts, "profile")
        .map(multipart::Part::text)
        .unwrap_or_default();
    let settings = match profiles::get(&state.db, &profile).await? {
        Some(saved) if !profile.is_empty() => saved,
        _ => Settings::guessed(&header),
    };
    let name = upload
        .file_name
        .clone()
        .unwrap_or_else(|| "upload.csv".into());
    let id = record::store(
        &state.db,
        Some(user.id.0),
        &name,
        &text,
        encoding,
        &settings,
        "page",
    )
    .await?;
    Ok(Redirect::to(&format!("/organisations/import/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "orgs/import_progress.html")]
struct ProgressView {
    layout: Layout,
    import: ImportRecord,
    counts: Vec<(&'static str, i64)>,
}

impl ProgressView {
    fn status_key(&self) -> String {
        format!("import-status-{}", self.import.status)
    }
}

/// (outcome code, count) in the order pages list them.
pub fn count_list(counts: &Counts) -> Vec<(&'static str, i64)> {
    OUTCOMES.iter().map(|o| (*o, counts.get(o))).collect()
}

pub async fn load(state: &AppState, id: i64) -> AppResult<ImportRecord> {
    record::load(&state.db, id).await?.ok_or(AppError::NotFound)
}

fn layout(ctx: &RequestContext, key: &str) -> Layout {
    Layout::new(ctx, key).with_crumbs(&[
        ("orgs-title", "/organisations"),
        ("import-title", "/organisations/import"),
    ])
}

/// Rows a preview page shows.
const PREVIEW_ROWS: usize = 50;

pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<i64>,
    Query(params): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let import = load(&state, id).await?;
    if import.status != "uploaded" {
        return render(&ProgressView {
            layout: layout(&ctx, "import-progress-title"),
            counts: count_list(&import.counts),
            import,
        });
    }
    let settings = Settings::from_json(&import.settings);
    let outcome = params
        .get("outcome")
        .map(String::as_str)
        .filter(|o| OUTCOMES.contains(o));
    let page_number: usize = params
        .get("page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1)
        .max(1);
    let preview = preview::page(
        &state.db,
        &import.content,
        &settings,
        ctx.lang,
        outcome,
        (page_number - 1) * PREVIEW_ROWS,
        PREVIEW_ROWS,
    )
    .await?;
    let view = MapView::build(
        &state,
        layout(&ctx, "import-map-title"),
        import,
        settings,
        preview,
        outcome,
        page_number,
        PREVIEW_ROWS,
    )
    .await?;
    render(&view)
}

pub async fn start(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let import = load(&state, id).await?;
    let settings = Settings::from_json(&import.settings);
    let back = format!("/organisations/import/{id}");
    if !settings
        .mapping(&file::header(&import.content))
        .contains_key("name")
    {
        return Ok((
            crate::http::Flash("import-flash-map-name"),
            Redirect::to(&back),
        )
            .into_response());
    }
    let total = i64::try_from(file::count_rows(&import.content)).unwrap_or(i64::MAX);
    let started = job::Started {
        import_id: id,
        author_id: Some(user.id.0),
        author_name: user.name.clone(),
        summary: ctx.lang.t_args(
            "import-summary",
            &[("file", import.file_name.clone().into())],
        ),
        lang: ctx.lang.code().to_string(),
    };
    // Queued as a durable job: it runs (and resumes after a restart) in a job worker.
    job::start(&state.db, &started, &settings, total).await?;
    Ok(Redirect::to(&back).into_response())
}

/// The problem rows as CSV: planned from the file before the import, as kept after it.
pub async fn problem_rows(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let import = load(&state, id).await?;
    let header = file::header(&import.content);
    let found = if import.status == "uploaded" {
        preview::problems(
            &state.db,
            &import.content,
            &Settings::from_json(&import.settings),
            ctx.lang,
        )
        .await?
        .1
    } else {
        problems::stored(&state.db, id).await?
    };
    let body = problems::to_csv(ctx.lang, &header, &found)?;
    let stem = import
        .file_name
        .trim_end_matches(".csv")
        .replace(['"', '\\', '/'], "");
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}-problems.csv\"",
                    crate::http::slug::slugify(&stem, "import")
                ),
            ),
        ],
        body,
    )
        .into_response())
}

pub use settings_form::{apply_profile, save_choices, save_settings};
