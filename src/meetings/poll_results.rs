//! A time poll's results (`/meetings/polls/{id}`): every answer, totals per slot and the
//! best slot; inviting more people or reminding those who have not answered; confirming a
//! slot, which makes the meeting and e-mails everyone the invitation.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::form::{validate, MeetingForm};
use super::model::polls::{self as model, Poll};
use super::polls::{parse_invitees, send_links};
use super::workflows;
use crate::calendar::when;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, Found, RequestContext};
use crate::state::AppState;
use crate::views::{format_time, render_form, Layout};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct InviteesForm {
    action: String,
    invitees: String,
}

/// `POST /meetings/polls/{id}/invitees`: invite more people, or remind those who have not
/// answered (each gets a fresh link; only hashes are kept, so the old one stops working).
pub async fn change_invitees(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(poll): Found<Poll>,
    body: Bytes,
) -> AppResult<Response> {
    if poll.status != "open" {
        return Err(AppError::BadRequest(None));
    }
    let form: InviteesForm = crate::http::parse_form(&body)?;
    let slots: Vec<i64> = model::slots(&state.db, poll.id)
        .await?
        .iter()
        .map(|s| s.starts_at)
        .collect();
    let (key, links, flash) = match form.action.as_str() {
        "add" => match parse_invitees(&form.invitees) {
            Ok(people) if !people.is_empty() && people.len() <= 100 => (
                "poll-invite",
                model::add_invitees(&state.db, poll.id, &people, ctx.lang.code()).await?,
                "polls-flash-invited",
            ),
            _ => {
                let mut errors = FieldErrors::new(ctx.lang);
                errors.add("invitees", "polls-error-invitee-line");
                return show_page(&state, &ctx, poll, errors, form.invitees).await;
            }
        },
        "remind" => (
            "poll-reminder",
            model::renew_silent_links(&state.db, poll.id).await?,
            "polls-flash-reminded",
        ),
        _ => return Err(AppError::BadRequest(None)),
    };
    send_links(&state, ctx.lang, key, &poll.title, &slots, links).await?;
    Ok((
        Flash(flash),
        Redirect::to(&format!("/meetings/polls/{}", poll.id)),
    )
        .into_response())
}

/// A slot as the results grid shows it.
struct SlotView {
    id: i64,
    when: String,
    yes: i64,
    if_need_be: i64,
    no: i64,
    best: bool,
}

/// One invitee's row: their name, whether they answered, and each slot's answer in words.
struct InviteeRow {
    name: String,
    answered: bool,
    answers: Vec<String>,
}

#[derive(Template)]
#[template(path = "meetings/poll_show.html")]
struct ShowView {
    layout: Layout,
    poll: Poll,
    slots: Vec<SlotView>,
    people: Vec<InviteeRow>,
    best: Option<String>,
    /// How many invitees have not answered yet.
    silent: i64,
    errors: FieldErrors,
    invitees_draft: String,
}

/// `GET /meetings/polls/{id}`: the answers so far and the best slot.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(poll): Found<Poll>,
) -> AppResult<Response> {
    show_page(
        &state,
        &ctx,
        poll,
        FieldErrors::new(ctx.lang),
        String::new(),
    )
    .await
}

async fn show_page(
    state: &AppState,
    ctx: &RequestContext,
    poll: Poll,
    errors: FieldErrors,
    invitees_draft: String,
) -> AppResult<Response> {
    let slots = model::slots(&state.db, poll.id).await?;
    let answers = model::answers(&state.db, poll.id).await?;
    let tallies = model::tallies(&slots, &answers);
    let best = model::best(&tallies);
    let invitees = model::invitees(&state.db, poll.id).await?;
    let people = invitees
        .iter()
        .map(|i| InviteeRow {
            name: i.name.clone(),
            answered: i.responded_at.is_some(),
            answers: slots
                .iter()
                .map(|s| {
                    answers
                        .iter()
                        .find(|(inv, slot, _)| *inv == i.id && *slot == s.id)
                        .map_or_else(
                            || "—".to_string(),
                            |(_, _, a)| ctx.lang.t(&format!("polls-answer-{a}")),
                        )
                })
                .collect(),
        })
        .collect();
    let slot_views: Vec<SlotView> = slots
        .iter()
        .zip(&tallies)
        .map(|(s, t)| SlotView {
            id: s.id,
            when: format_time(ctx.lang, s.starts_at),
            yes: t.yes,
            if_need_be: t.if_need_be,
            no: t.no,
            best: best == Some(s.id),
        })
        .collect();
    let mut layout = Layout::titled(ctx, poll.title.clone()).with_crumbs(&[
        ("meetings-title", "/meetings"),
        ("polls-title", "/meetings/polls"),
    ]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &ShowView {
            layout,
            best: slot_views.iter().find(|s| s.best).map(|s| s.when.clone()),
            silent: invitees.iter().filter(|i| i.responded_at.is_none()).count() as i64,
            slots: slot_views,
            people,
            poll,
            errors,
            invitees_draft,
        },
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ConfirmForm {
    slot_id: String,
}

/// `POST /meetings/polls/{id}/confirm`: schedules the meeting at the chosen slot and
/// e-mails every invitee an invitation with the `.ics`.
pub async fn confirm(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(poll): Found<Poll>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: ConfirmForm = crate::http::parse_form(&body)?;
    let slot_id: i64 = form
        .slot_id
        .parse()
        .map_err(|_| AppError::BadRequest(None))?;
    let slot = model::slots(&state.db, poll.id)
        .await?
        .into_iter()
        .find(|s| s.id == slot_id)
        .ok_or(AppError::NotFound)?;
    let (date, time) = when::utc_to_london(slot.starts_at);
    let meeting = MeetingForm {
        title: poll.title.clone(),
        purpose: poll.purpose.clone(),
        date,
        time,
        duration: poll.duration_minutes.to_string(),
        venue: poll.venue.clone(),
        online_url: poll.online_url.clone(),
        status: "confirmed".into(),
        ..MeetingForm::default()
    };
    let fields = validate(&meeting, ctx.lang).map_err(|_| AppError::BadRequest(None))?;
    let Some(meeting_id) =
        workflows::confirm_poll(&state.db, &state.config, &poll, &fields, user.id.0).await?
    else {
        return Ok((
            Flash("polls-flash-already"),
            Redirect::to(&format!("/meetings/polls/{}", poll.id)),
        )
            .into_response());
    };
    Ok((
        Flash("polls-flash-confirmed"),
        Redirect::to(&format!("/meetings/{meeting_id}")),
    )
        .into_response())
}
