//! `/proposals/{slug}/attachments`: what the funder asks for (the checklist, with what is
//! still missing) and the files attached to meet it — letters of support, accounts —
//! through the uploads' content checks (the kind is read from the bytes, size limited).
//! They stay private to the members: downloaded only from here, never listed in `/files`.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::access::drafting;
use super::model::{self, Attachment, ChecklistItem, NewAttachment, Proposal};
use crate::error::{AppError, AppResult};
use crate::files::{kind, store, MAX_FILE_BYTES};
use crate::forms::{check_text, FieldErrors};
use crate::http::download::stored_file;
use crate::http::{multipart, Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{render_form, Layout};

#[derive(Template)]
#[template(path = "proposals/attachments.html")]
struct AttachmentsView {
    layout: Layout,
    errors: FieldErrors,
    p: Proposal,
    checklist: Vec<ChecklistItem>,
    attachments: Vec<Attachment>,
    title: String,
    checklist_label: String,
    max_mb: usize,
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    p: Proposal,
    errors: FieldErrors,
    title: String,
    label: String,
) -> AppResult<Response> {
    let heading = ctx.lang.t_args(
        "proposals-attachments-title",
        &[("proposal", p.title.clone().into())],
    );
    let mut layout = Layout::titled(ctx, heading).with_crumbs(&[("proposals-title", "/proposals")]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &AttachmentsView {
            checklist: model::checklist(&state.db, p.id).await?,
            attachments: model::attachments(&state.db, p.id).await?,
            layout,
            errors,
            p,
            title,
            checklist_label: label,
            max_mb: MAX_FILE_BYTES / 1024 / 1024,
        },
    )
}

/// `GET /proposals/{slug}/attachments`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (p, _) = drafting(&state, &ctx, &slug).await?;
    page(
        &state,
        &ctx,
        p,
        FieldErrors::new(ctx.lang),
        String::new(),
        String::new(),
    )
    .await
}

/// `POST /proposals/{slug}/attachments`: a file, checked by its content, stored by hash.
pub async fn attach(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let (p, _) = drafting(&state, &ctx, &slug).await?;
    let parts = multipart::from_request(&headers, body).await?;
    let text = |name: &str| {
        multipart::field(&parts, name)
            .map(multipart::Part::text)
            .unwrap_or_default()
    };
    let title = text("title").trim().to_string();
    let mut errors = FieldErrors::new(ctx.lang);
    check_text(
        &mut errors,
        "title",
        &title,
        200,
        "proposals-error-attachment-title",
        "consult-error-too-long",
    );
    let file = multipart::required_file(&parts, "file");
    let name = file
        .and_then(|f| f.file_name.clone())
        .map(|n| {
            n.rsplit(['/', '\\'])
                .next()
                .unwrap_or("")
                .trim()
                .to_string()
        })
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "attachment".to_string());
    let detected = match file {
        None => {
            errors.add("file", "files-error-missing");
            None
        }
        Some(f) if f.data.len() > MAX_FILE_BYTES => {
            errors.add("file", "files-error-too-big");
            None
        }
        Some(f) => match kind::detect(&name, &f.data) {
            Ok(k) => Some((k, f)),
            Err(problem) => {
                errors.add("file", problem.message_key());
                None
            }
        },
    };
    let (Some((k, f)), true) = (detected, errors.is_empty()) else {
        return page(&state, &ctx, p, errors, title, String::new()).await;
    };
    let sha = store::put(&state.blobs, &f.data)
        .await
        .map_err(AppError::Internal)?;
    let new = NewAttachment {
        title: &title,
        name: &name,
        sha256: &sha,
        media_type: k.media_type(),
        size: i64::try_from(f.data.len()).unwrap_or(i64::MAX),
        checklist_id: text("checklist_id").trim().parse().ok(),
    };
    model::add_attachment(&state.db, p.id, &new, user.id.0).await?;
    Ok((
        Flash("proposals-flash-attached"),
        Redirect::to(&format!("/proposals/{slug}/attachments")),
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ChecklistForm {
    label: String,
}

/// `POST /proposals/{slug}/checklist`: something the funder asks for.
pub async fn add_item(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let (p, _) = drafting(&state, &ctx, &slug).await?;
    let form: ChecklistForm = crate::http::parse_form(&body)?;
    let mut errors = FieldErrors::new(ctx.lang);
    check_text(
        &mut errors,
        "label",
        &form.label,
        300,
        "proposals-error-checklist",
        "consult-error-too-long",
    );
    if !errors.is_empty() {
        return page(&state, &ctx, p, errors, String::new(), form.label).await;
    }
    model::add_checklist_item(&state.db, p.id, form.label.trim()).await?;
    Ok((
        Flash("proposals-flash-checklist"),
        Redirect::to(&format!("/proposals/{slug}/attachments")),
    )
        .into_response())
}

/// `GET /proposals/{slug}/attachments/{id}`: the file, for members only, always downloaded.
pub async fn download(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let (p, _) = drafting(&state, &ctx, &slug).await?;
    let a = model::attachments(&state.db, p.id)
        .await?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or(AppError::NotFound)?;
    let media = kind::Kind::from_media_type(&a.media_type)
        .map_or("application/octet-stream", kind::Kind::media_type);
    let data = store::get(&state.blobs, &a.sha256)
        .await
        .map_err(AppError::Internal)?;
    Ok(stored_file(
        &a.name,
        media,
        false,
        data,
        "private, no-store",
    ))
}
