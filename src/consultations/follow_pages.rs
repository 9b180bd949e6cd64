//! Following: a signed-in participant follows or stops following a consultation from its
//! page (`POST /consultations/{slug}/follow`); anyone stops from the link in a notice
//! e-mail without signing in (`/consultations/unfollow/{token}`: a page with one button,
//! so that mail scanners opening links change nothing).

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model;
use super::read::visible;
use crate::error::AppResult;
use crate::http::{Ctx, Flash};
use crate::state::AppState;
use crate::views::{render, Layout};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FollowForm {
    on: String,
}

/// `POST /consultations/{slug}/follow`.
pub async fn follow(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let c = visible(&state, &ctx, &slug).await?;
    let form: FollowForm = crate::http::parse_form(&body)?;
    let on = form.on == "yes";
    model::set_following(&state.db, c.id, user.id.0, &user.email, user.lang, on).await?;
    let flash = if on {
        "consult-flash-following"
    } else {
        "consult-flash-not-following"
    };
    Ok((
        Flash(flash),
        Redirect::to(&format!("/consultations/{slug}#follow")),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "consultations/unfollow.html")]
struct UnfollowView {
    layout: Layout,
    token: String,
}

/// `GET /consultations/unfollow/{token}`.
pub async fn show_unfollow(Ctx(ctx): Ctx, Path(token): Path<String>) -> AppResult<Response> {
    render(&UnfollowView {
        layout: Layout::new(&ctx, "consult-unfollow-title"),
        token,
    })
}

/// `POST /consultations/unfollow/{token}`.
pub async fn unfollow(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let flash = if model::unfollow_by_token(&state.db, &token).await? {
        "consult-flash-unfollowed"
    } else {
        "consult-flash-unfollow-unknown"
    };
    Ok((Flash(flash), Redirect::to("/consultations")).into_response())
}
