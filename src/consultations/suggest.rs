//! Suggesting a change to a part, and the editors' decision on it: accept (into the draft,
//! for the next version) or decline with a reason; the person who suggested it is told.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::form::{check_proposed, CommentForm};
use super::model::{self, SuggestionId, SuggestionRefused};
use super::read::{block_page, visible};
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash};
use crate::state::AppState;
use crate::storage::now;

pub async fn suggest(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, block)): Path<(String, i64)>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let c = visible(&state, &ctx, &slug).await?;
    let form: CommentForm = crate::http::parse_form(&body)?;
    let (_, current) = model::latest_block(&state.db, c.id, block)
        .await?
        .ok_or(AppError::NotFound)?;
    let proposed = match check_proposed(ctx.lang, &form.proposed, &current.text) {
        Ok(text) => text,
        Err(errors) => return block_page(&state, &ctx, c, block, form, errors).await,
    };
    match model::suggest(
        &state.db,
        &c,
        block,
        &proposed,
        (Some(user.id.0), &user.name),
        now(),
    )
    .await?
    {
        Ok(id) => Ok((
            Flash("consult-flash-suggested"),
            Redirect::to(&format!(
                "/consultations/{slug}/blocks/{block}#suggestion-{}",
                id.0
            )),
        )
            .into_response()),
        Err(SuggestionRefused::NotOpen) => {
            let mut errors = FieldErrors::new(ctx.lang);
            errors.add("proposed", "consult-error-not-open");
            block_page(&state, &ctx, c, block, form, errors).await
        }
        Err(_) => Err(AppError::NotFound),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    /// `accept` or `decline`.
    decision: String,
    reason: String,
}

/// `POST /consultations/{slug}/suggestions/{id}`: an editor's decision.
pub async fn decide(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let c = visible(&state, &ctx, &slug).await?;
    let form: DecisionForm = crate::http::parse_form(&body)?;
    let block: i64 = sqlx::query_scalar(
        "SELECT block_id FROM consultation_suggestions WHERE id = $1 AND consultation_id = $2",
    )
    .bind(id)
    .bind(c.id)
    .fetch_optional(&state.db.pool)
    .await?
    .ok_or(AppError::NotFound)?;
    let accept = match form.decision.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest(Some("consult-error-decision"))),
    };
    let reason = form.reason.trim();
    if !accept && reason.is_empty() {
        let mut errors = FieldErrors::new(ctx.lang);
        errors.add(format!("reason_{id}"), "consult-error-decline-reason");
        return block_page(&state, &ctx, c, block, CommentForm::default(), errors).await;
    }
    let back = format!("/consultations/{slug}/blocks/{block}");
    let link = state.config.link(&back);
    let reason: String = reason.chars().take(1000).collect();
    match model::decide(
        &state.db,
        &c,
        SuggestionId(id),
        accept,
        &reason,
        user.id.0,
        &link,
    )
    .await?
    {
        Ok(()) => Ok((
            Flash(if accept {
                "consult-flash-accepted"
            } else {
                "consult-flash-declined"
            }),
            Redirect::to(&format!("{back}#suggestion-{id}")),
        )
            .into_response()),
        Err(SuggestionRefused::DraftChanged) => {
            let mut errors = FieldErrors::new(ctx.lang);
            errors.add(format!("reason_{id}"), "consult-error-draft-changed");
            block_page(&state, &ctx, c, block, CommentForm::default(), errors).await
        }
        Err(_) => Err(AppError::NotFound),
    }
}
