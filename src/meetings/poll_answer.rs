//! The invitee's page (`/meetings/poll/{token}`, no account): their answer for each slot,
//! changeable until a time is confirmed, then the confirmed time.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::model::polls::{self as model, Invitee, Poll, ANSWERS};
use crate::error::{AppError, AppResult};
use crate::http::{Ctx, Flash};
use crate::state::AppState;
use crate::views::{format_time, render, Layout};

struct AnswerRow {
    id: i64,
    when: String,
    chosen: String,
}

#[derive(Template)]
#[template(path = "meetings/poll_answer.html")]
struct AnswerView {
    layout: Layout,
    token: String,
    poll: Poll,
    invitee: Invitee,
    rows: Vec<AnswerRow>,
    answers: Vec<(&'static str, String)>,
    confirmed_when: Option<String>,
}

async fn by_link(state: &AppState, token: &str) -> AppResult<(Invitee, Poll)> {
    let invitee = model::invitee_by_token(&state.db, token)
        .await?
        .ok_or(AppError::NotFound)?;
    let poll = model::find(&state.db, invitee.poll_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((invitee, poll))
}

/// `GET /meetings/poll/{token}`: an invitee's answers.
pub async fn show_answer(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let (invitee, poll) = by_link(&state, &token).await?;
    let slots = model::slots(&state.db, poll.id).await?;
    let given = model::answers(&state.db, poll.id).await?;
    let rows = slots
        .iter()
        .map(|s| AnswerRow {
            id: s.id,
            when: format_time(ctx.lang, s.starts_at),
            chosen: given
                .iter()
                .find(|(inv, slot, _)| *inv == invitee.id && *slot == s.id)
                .map(|(_, _, a)| a.clone())
                .unwrap_or_default(),
        })
        .collect();
    let confirmed_when = match poll.meeting_id {
        Some(id) => super::model::find(&state.db, id)
            .await?
            .map(|m| format_time(ctx.lang, m.fields.starts_at)),
        None => None,
    };
    render(&AnswerView {
        layout: Layout::titled(&ctx, poll.title.clone()).with_crumbs(&[]),
        token,
        answers: ANSWERS
            .iter()
            .map(|a| (*a, ctx.lang.t(&format!("polls-answer-{a}"))))
            .collect(),
        rows,
        invitee,
        poll,
        confirmed_when,
    })
}

/// `POST /meetings/poll/{token}`: fields `slot_<id>` = yes / if_need_be / no.
pub async fn answer(
    State(state): State<AppState>,
    Path(token): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let (invitee, poll) = by_link(&state, &token).await?;
    if poll.status != "open" {
        return Ok((
            Flash("polls-flash-closed"),
            Redirect::to(&format!("/meetings/poll/{token}")),
        )
            .into_response());
    }
    let pairs: Vec<(String, String)> = crate::http::parse_form(&body)?;
    let given: Vec<(i64, &str)> = pairs
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix("slot_")?.parse().ok()?, v.as_str())))
        .collect();
    model::answer(&state.db, &invitee, &given).await?;
    Ok((
        Flash("polls-flash-answered"),
        Redirect::to(&format!("/meetings/poll/{token}")),
    )
        .into_response())
}
