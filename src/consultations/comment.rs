//! Taking part: a comment (or a reply) on a part of the document, and "I agree" with a
//! comment. Plain forms that work without JavaScript; a refused comment comes back with
//! the text kept and the reason at the field.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::form::CommentForm;
use super::model::{self, CommentId, CommentRefused, NewComment};
use super::read::{block_page, document_page, visible};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, RequestContext};
use crate::state::AppState;
use crate::storage::now;

pub async fn comment(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, block)): Path<(String, i64)>,
    body: Bytes,
) -> AppResult<Response> {
    post(&state, &ctx, &slug, Some(block), &body).await
}

/// `POST /consultations/{slug}/comments`: a comment on the document as a whole.
pub async fn comment_on_document(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    post(&state, &ctx, &slug, None, &body).await
}

/// A comment on part `block` (or, with `None`, on the whole document); a refused one
/// comes back on the same page with the text kept.
async fn post(
    state: &AppState,
    ctx: &RequestContext,
    slug: &str,
    block: Option<i64>,
    body: &[u8],
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let c = visible(state, ctx, slug).await?;
    let form: CommentForm = crate::http::parse_form(body)?;
    let again = |c, form, errors| async move {
        match block {
            Some(block) => block_page(state, ctx, c, block, form, errors).await,
            None => document_page(state, ctx, c, form, errors).await,
        }
    };
    let text = match form.validate(ctx.lang) {
        Ok(text) => text,
        Err(errors) => return again(c, form, errors).await,
    };
    let new = NewComment {
        block_id: block,
        parent_id: form.reply_to.parse::<i64>().ok().map(CommentId),
        author_id: Some(user.id.0),
        author_name: &user.name,
        body: &text,
    };
    let page = match block {
        Some(block) => format!("/consultations/{slug}/blocks/{block}"),
        None => format!("/consultations/{slug}"),
    };
    match model::add_comment(&state.db, &c, &new, now()).await? {
        Ok(id) => Ok(Redirect::to(&format!("{page}#comment-{}", id.0)).into_response()),
        Err(CommentRefused::NotOpen) => {
            let mut errors = FieldErrors::new(ctx.lang);
            errors.add("body", "consult-error-not-open");
            again(c, form, errors).await
        }
        Err(CommentRefused::NoSuchBlock) => {
            // A part taken out since the page was opened: say so, with the text kept.
            match block {
                Some(b) if model::latest_block(&state.db, c.id, b).await?.is_some() => {
                    let mut errors = FieldErrors::new(ctx.lang);
                    errors.add("body", "consult-error-part-removed");
                    again(c, form, errors).await
                }
                _ => Err(AppError::NotFound),
            }
        }
        Err(CommentRefused::NoSuchParent) => Err(AppError::NotFound),
    }
}

/// `POST /consultations/{slug}/comments/{id}/agree`.
pub async fn agree(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let c = visible(&state, &ctx, &slug).await?;
    let block = model::comment_block(&state.db, c.id, CommentId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    model::agree(&state.db, &c, CommentId(id), user.id.0, now()).await?;
    let back = match block {
        Some(block) => format!("/consultations/{slug}/blocks/{block}#comment-{id}"),
        None => format!("/consultations/{slug}#comment-{id}"),
    };
    Ok(Redirect::to(&back).into_response())
}
