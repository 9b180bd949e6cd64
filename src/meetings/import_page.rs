//! `/meetings/import`: a coordinator uploads an `.ics` file (from Outlook, Google or Apple
//! Calendar) and its events become private, proposed meetings to check and complete.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;

use super::{ics_import, model};
use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::http::{multipart, Ctx, RequestContext};
use crate::state::AppState;
use crate::views::{format_time, render, render_form, Layout};

/// At most this many events are taken from one file.
const MAX_EVENTS: usize = 500;

#[derive(Template)]
#[template(path = "meetings/import.html")]
struct ImportView {
    layout: Layout,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "meetings/imported.html")]
struct ImportedView {
    layout: Layout,
    /// (id, title, when)
    meetings: Vec<(super::model::MeetingId, String, String)>,
    skipped: usize,
}

fn form_page(ctx: &RequestContext, errors: FieldErrors) -> AppResult<Response> {
    let mut layout = Layout::titled(ctx, ctx.lang.t("meetings-import-title"))
        .with_crumbs(&[("meetings-title", "/meetings")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(has_errors, &ImportView { layout, errors })
}

/// `GET /meetings/import`.
pub async fn show(Ctx(ctx): Ctx) -> AppResult<Response> {
    form_page(&ctx, FieldErrors::new(ctx.lang))
}

/// `POST /meetings/import`.
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
        return form_page(&ctx, errors);
    };
    let text = String::from_utf8_lossy(&file.data);
    let imported = match ics_import::read(&text, crate::storage::now()) {
        Some(imported) if !imported.meetings.is_empty() => imported,
        Some(_) => {
            errors.add("file", "meetings-import-error-empty");
            return form_page(&ctx, errors);
        }
        None => {
            errors.add("file", "meetings-import-error-not-ics");
            return form_page(&ctx, errors);
        }
    };
    let skipped = imported.skipped + imported.meetings.len().saturating_sub(MAX_EVENTS);
    let mut meetings = Vec::new();
    for fields in imported.meetings.iter().take(MAX_EVENTS) {
        let id = model::create(&state.db, fields, user.id.0).await?;
        meetings.push((
            id,
            fields.title.clone(),
            format_time(ctx.lang, fields.starts_at),
        ));
    }
    render(&ImportedView {
        layout: Layout::titled(&ctx, ctx.lang.t("meetings-imported-title"))
            .with_crumbs(&[("meetings-title", "/meetings")]),
        meetings,
        skipped,
    })
}
