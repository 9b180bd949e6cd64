//! `POST /consultations/{slug}/import`: an editor brings the draft in from a `.md`,
//! `.docx` or `.odt` file. The converted text is put in the draft field of the editors'
//! page for review, with a list of what the file held that was left out; nothing is saved
//! until the editor saves it. Images in the file go through the upload checks into the
//! site's files, named after the consultation, and the draft shows them by that name.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;

use super::edit::page_with;
use super::form::ConsultationForm;
use super::import::{self, builder::image_placeholder};
use super::read::visible;
use crate::error::AppResult;
use crate::files::handlers::{file_href, parse_name};
use crate::files::model::NewVersion;
use crate::files::{kind, model as files, store};
use crate::forms::FieldErrors;
use crate::http::{multipart, Ctx};
use crate::state::AppState;

pub async fn import(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let c = visible(&state, &ctx, &slug).await?;
    let parts = multipart::from_request(&headers, body).await?;
    let mut form = ConsultationForm::from_fields(&c.fields);
    let mut errors = FieldErrors::new(ctx.lang);
    let Some(file) = multipart::required_file(&parts, "file") else {
        errors.add("file", "consult-import-error-missing");
        return page_with(&ctx, Some(c), form, errors, None);
    };
    let name = file.file_name.clone().unwrap_or_default();
    let mut imported = match import::import(&name, &file.data) {
        Ok(imported) => imported,
        Err(problem) => {
            errors.add("file", &format!("consult-import-error-{}", problem.code()));
            return page_with(&ctx, Some(c), form, errors, None);
        }
    };
    let mut notes: Vec<String> = imported
        .dropped
        .iter()
        .map(|d| ctx.lang.t(&format!("consult-import-dropped-{}", d.code())))
        .collect();
    for (n, image) in imported.images.iter().enumerate() {
        let extension = image
            .path
            .rsplit('.')
            .next()
            .unwrap_or("png")
            .to_ascii_lowercase();
        let stored = parse_name(&format!("{slug}-image-{}.{extension}", n + 1))
            .ok()
            .and_then(|title| {
                kind::detect(title.as_str(), &image.data)
                    .ok()
                    .filter(|k| k.is_image())
                    .map(|k| (title, k))
            });
        let Some((title, kind)) = stored else {
            notes.push(ctx.lang.t("consult-import-dropped-images-not-readable"));
            imported.markdown = imported
                .markdown
                .replace(&format!("({})", image_placeholder(n)), "()");
            continue;
        };
        let sha = store::put(&state.blobs, &image.data).await?;
        let alt = if image.alt.is_empty() {
            title.as_str().to_string()
        } else {
            image.alt.clone()
        };
        files::add_version(
            &state.db,
            NewVersion {
                name: title.as_str(),
                page_id: None,
                sha256: &sha,
                size: i64::try_from(image.data.len()).unwrap_or(i64::MAX),
                media_type: kind.media_type(),
                alt_text: &alt,
                description: "",
                uploader_id: user.id.0,
                uploader_name: &user.name,
            },
            &[],
        )
        .await?;
        imported.markdown = imported.markdown.replace(
            &format!("({})", image_placeholder(n)),
            &format!("({}/download)", file_href(&title)),
        );
    }
    notes.sort();
    notes.dedup();
    form.draft = imported.markdown;
    page_with(&ctx, Some(c), form, FieldErrors::new(ctx.lang), Some(notes))
}
