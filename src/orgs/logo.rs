//! An organisation's logo (optional): an image typed by its content (PNG, JPEG, GIF or
//! WebP; SVG refused), at most [`MAX_LOGO_BYTES`], with a required text alternative; served
//! with the same safe headers as other uploads.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::model::{self, Organisation};
use crate::error::{AppError, AppResult};
use crate::files::{kind, store};
use crate::forms::FieldErrors;
use crate::http::{multipart, Ctx, Flash, Found, RequestContext};
use crate::state::AppState;
use crate::views::{render_form, Layout};

pub const MAX_LOGO_BYTES: usize = 1024 * 1024;

#[derive(Template)]
#[template(path = "orgs/logo.html")]
struct LogoView {
    layout: Layout,
    org: model::Organisation,
    errors: FieldErrors,
    alt: String,
    current_alt: String,
    has_logo: bool,
}

impl LogoView {
    fn heading(&self) -> String {
        self.layout
            .t1("logo-title", "name", self.org.fields.name.as_str())
    }
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    slug: &str,
    errors: FieldErrors,
    alt: String,
) -> AppResult<Response> {
    let org = model::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let (sha, _, current_alt) = model::logo(&state.db, org.id).await?;
    let title = ctx
        .lang
        .t_args("logo-title", &[("name", org.fields.name.clone().into())]);
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("orgs-title", "/organisations")]);
    let has_errors = layout.mark_errors_if(&errors);
    let view = LogoView {
        layout,
        org,
        errors,
        alt,
        current_alt,
        has_logo: !sha.is_empty(),
    };
    render_form(has_errors, &view)
}

pub async fn show_form(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    page(
        &state,
        &ctx,
        &slug,
        FieldErrors::new(ctx.lang),
        String::new(),
    )
    .await
}

pub async fn upload(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(org): Found<Organisation>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Response> {
    let slug = org.slug.clone();
    let parts = multipart::from_request(&headers, body).await?;
    let text = |name: &str| {
        multipart::field(&parts, name)
            .map(multipart::Part::text)
            .unwrap_or_default()
    };
    if text("action") == "remove" {
        model::set_logo(&state.db, org.id, "", "", "").await?;
        return Ok((
            Flash("logo-flash-removed"),
            Redirect::to(&format!("/organisations/{slug}")),
        )
            .into_response());
    }
    let alt = text("alt_text").trim().to_string();
    let mut errors = FieldErrors::new(ctx.lang);
    let file = multipart::required_file(&parts, "file");
    let detected = match file {
        None => {
            errors.add("file", "files-error-missing");
            None
        }
        Some(f) if f.data.len() > MAX_LOGO_BYTES => {
            errors.add("file", "logo-error-too-big");
            None
        }
        Some(f) => {
            let name = f.file_name.clone().unwrap_or_default();
            match kind::detect(&name, &f.data) {
                Ok(k) if k.is_image() => Some((k, f.data.clone())),
                Ok(_) => {
                    errors.add("file", "logo-error-not-image");
                    None
                }
                Err(problem) => {
                    errors.add("file", problem.message_key());
                    None
                }
            }
        }
    };
    if alt.is_empty() {
        errors.add("alt_text", "files-error-alt-missing");
    } else if alt.chars().count() > 300 {
        errors.add("alt_text", "files-error-alt-too-long");
    }
    let Some((kind, data)) = detected.filter(|_| errors.is_empty()) else {
        return page(&state, &ctx, &slug, errors, alt).await;
    };
    let sha = store::put(&state.blobs, &data).await?;
    model::set_logo(&state.db, org.id, &sha, kind.media_type(), &alt).await?;
    Ok((
        Flash("logo-flash-saved"),
        Redirect::to(&format!("/organisations/{slug}")),
    )
        .into_response())
}

/// `GET /organisations/{slug}/logo`: the image, for anyone who may see the record.
pub async fn serve(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(org): Found<Organisation>,
) -> AppResult<Response> {
    if !org.fields.listed && !ctx.is_coordinator() {
        return Err(AppError::NotFound);
    }
    let (sha, media_type, _) = model::logo(&state.db, org.id).await?;
    let kind = kind::Kind::from_media_type(&media_type)
        .filter(|k| k.is_image() && !sha.is_empty())
        .ok_or(AppError::NotFound)?;
    let data = store::get(&state.blobs, &sha).await?;
    let mut response = (StatusCode::OK, data).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(kind.media_type()),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    Ok(response)
}
