//! `/files` (list), `/files/upload` (form, upload), `/files/{name}` (file page with
//! versions) and `/files/{name}/download` (the bytes, with safe headers).

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::kind::{self, Kind};
use super::model::{self, FileRow, NewVersion, Version};
use super::{store, MAX_FILE_BYTES};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::multipart;
use crate::http::{Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render, render_form, Layout};
use crate::wiki::title::Title;

/// A file name: a title without slashes ("Summit poster.png").
pub fn parse_name(raw: &str) -> Result<Title, &'static str> {
    if raw.contains('/') {
        return Err("files-error-name-slash");
    }
    Title::parse(raw).map_err(|p| p.message_key())
}

pub fn file_href(name: &Title) -> String {
    format!("/files/{}", name.url_path())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct UploadForm {
    pub name: String,
    pub alt_text: String,
    pub description: String,
    pub page: String,
}

#[derive(Template)]
#[template(path = "files/upload.html")]
struct UploadView {
    layout: Layout,
    errors: FieldErrors,
    form: UploadForm,
    max_mb: usize,
}

fn upload_view(ctx: &RequestContext, errors: FieldErrors, form: UploadForm) -> AppResult<Response> {
    let mut layout =
        Layout::new(ctx, "files-upload-title").with_crumbs(&[("files-title", "/files")]);
    let has_errors = layout.mark_errors_if(&errors);
    let view = UploadView {
        layout,
        errors,
        form,
        max_mb: MAX_FILE_BYTES / 1024 / 1024,
    };
    render_form(has_errors, &view)
}

pub async fn show_upload(Ctx(ctx): Ctx, Query(form): Query<UploadForm>) -> AppResult<Response> {
    upload_view(&ctx, FieldErrors::new(ctx.lang), form)
}

pub async fn upload(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let parts = multipart::from_request(&headers, body).await?;
    let text = |name: &str| {
        multipart::field(&parts, name)
            .map(multipart::Part::text)
            .unwrap_or_default()
    };
    let file = multipart::required_file(&parts, "file");
    let original_name = file.and_then(|f| f.file_name.clone()).unwrap_or_default();
    let mut form = UploadForm {
        name: text("name").trim().to_string(),
        alt_text: text("alt_text").trim().to_string(),
        description: text("description").trim().to_string(),
        page: text("page").trim().to_string(),
    };
    if form.name.is_empty() {
        form.name = original_name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or("")
            .to_string();
    }
    let mut errors = FieldErrors::new(ctx.lang);
    let Some(file) = file else {
        errors.add("file", "files-error-missing");
        return upload_view(&ctx, errors, form);
    };
    if file.data.len() > MAX_FILE_BYTES {
        errors.add("file", "files-error-too-big");
        return upload_view(&ctx, errors, form);
    }
    let name = match parse_name(&form.name) {
        Ok(n) => Some(n),
        Err(key) => {
            errors.add("name", key);
            None
        }
    };
    let detected = name.as_ref().map(|n| kind::detect(n.as_str(), &file.data));
    if let Some(Err(problem)) = &detected {
        errors.add("file", problem.message_key());
    }
    if let Some(Ok(k)) = &detected {
        if k.is_image() && form.alt_text.is_empty() {
            errors.add("alt_text", "files-error-alt-missing");
        }
    }
    if form.alt_text.chars().count() > 500 {
        errors.add("alt_text", "files-error-alt-too-long");
    }
    if form.description.chars().count() > 2000 {
        errors.add("description", "files-error-description-too-long");
    }
    let page_id = if form.page.is_empty() {
        None
    } else {
        match Title::parse(&form.page) {
            Ok(t) => match crate::wiki::model::find_page(&state.db, &t).await? {
                Some(p) if crate::wiki::readers::may_read(&state.db, &ctx, &p).await? => Some(p.id),
                _ => {
                    errors.add("page", "files-error-page-missing");
                    None
                }
            },
            Err(_) => {
                errors.add("page", "files-error-page-missing");
                None
            }
        }
    };
    // A new version replaces what every page using the file shows: only its first uploader
    // may add one, and only while they may edit every page showing it; coordinators may
    // always.
    let mut shown_on = Vec::new();
    if let Some(name) = &name {
        if let Some(owner) = model::first_uploader(&state.db, name.as_str()).await? {
            shown_on = model::pages_using(&state.db, name.as_str(), &file_href(name)).await?;
            let may_edit_all = shown_on.iter().all(|page| match page.protection.as_str() {
                "locked" => false,
                "partner" => user.role >= crate::auth::role::Role::Partner,
                _ => true,
            });
            let allowed = user.role >= crate::auth::role::Role::Coordinator
                || (owner == Some(user.id.0) && may_edit_all);
            if !allowed {
                errors.add("name", "files-error-not-yours");
            }
        }
    }
    let (Some(name), Some(Ok(kind)), true) = (name, detected, errors.is_empty()) else {
        return upload_view(&ctx, errors, form);
    };
    let sha = store::put(&state.blobs, &file.data).await?;
    model::add_version(
        &state.db,
        NewVersion {
            name: name.as_str(),
            page_id,
            sha256: &sha,
            size: i64::try_from(file.data.len()).unwrap_or(i64::MAX),
            media_type: kind.media_type(),
            alt_text: &form.alt_text,
            description: &form.description,
            uploader_id: user.id.0,
            uploader_name: &user.name,
        },
        &shown_on,
    )
    .await?;
    Ok((
        Flash("files-flash-uploaded"),
        Redirect::to(&file_href(&name)),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "files/list.html")]
struct ListView {
    layout: Layout,
    files: Vec<(Title, FileRow)>,
}

pub async fn list(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let members_too = crate::wiki::readers::sees_members_only(&state.db, &ctx).await?;
    let files = model::all(&state.db)
        .await?
        .into_iter()
        .filter(|f| members_too || !f.members_only)
        .filter_map(|f| parse_name(&f.name).ok().map(|n| (n, f)))
        .collect();
    render(&ListView {
        layout: Layout::new(&ctx, "files-title").with_crumbs(&[]),
        files,
    })
}

#[derive(Template)]
#[template(path = "files/show.html")]
struct ShowView {
    layout: Layout,
    name: Title,
    file: FileRow,
    current: Version,
    versions: Vec<Version>,
    is_image: bool,
    download: String,
    markdown: String,
}

pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(raw): Path<String>,
) -> AppResult<Response> {
    let name = parse_name(&raw).map_err(|_| AppError::NotFound)?;
    let file = readable_file(&state, &ctx, &name).await?;
    let versions = model::versions(&state.db, file.id).await?;
    let current = versions.first().cloned().ok_or(AppError::NotFound)?;
    let is_image = Kind::from_media_type(&current.media_type).is_some_and(Kind::is_image);
    let download = format!("{}/download", file_href(&name));
    let markdown = if is_image {
        format!(
            "![{}]({download})",
            current.alt_text.replace([']', '['], "")
        )
    } else {
        format!("[{}]({download})", name.as_str().replace([']', '['], ""))
    };
    render(&ShowView {
        layout: Layout::titled(&ctx, name.to_string()).with_crumbs(&[("files-title", "/files")]),
        name,
        file,
        current,
        versions,
        is_image,
        download,
        markdown,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DownloadQuery {
    /// A version id; the newest when absent.
    pub v: String,
}

/// The file `name`, refused as not found when it is missing or was uploaded for a
/// members-only page the person asking may not read.
async fn readable_file(state: &AppState, ctx: &RequestContext, name: &Title) -> AppResult<FileRow> {
    let file = model::find(&state.db, name.as_str())
        .await?
        .ok_or(AppError::NotFound)?;
    if file.members_only && !crate::wiki::readers::sees_members_only(&state.db, ctx).await? {
        return Err(AppError::NotFound);
    }
    Ok(file)
}

pub async fn download(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(raw): Path<String>,
    Query(q): Query<DownloadQuery>,
) -> AppResult<Response> {
    let name = parse_name(&raw).map_err(|_| AppError::NotFound)?;
    let file = readable_file(&state, &ctx, &name).await?;
    let versions = model::versions(&state.db, file.id).await?;
    let version = match q.v.parse::<i64>() {
        Ok(id) => versions.into_iter().find(|v| v.id == id),
        Err(_) => versions.into_iter().next(),
    }
    .ok_or(AppError::NotFound)?;
    let kind = Kind::from_media_type(&version.media_type).ok_or(AppError::NotFound)?;
    let data = store::get(&state.blobs, &version.sha256).await?;
    Ok(safe_file_response(
        name.as_str(),
        kind,
        data,
        if file.members_only {
            "private, no-store"
        } else {
            "public, max-age=300"
        },
    ))
}

/// The bytes of a stored file of `kind`, made inert (see `http::download::stored_file`).
pub fn safe_file_response(name: &str, kind: Kind, data: Vec<u8>, cache: &'static str) -> Response {
    crate::http::download::stored_file(name, kind.media_type(), kind.is_image(), data, cache)
}
