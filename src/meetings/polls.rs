//! Finding a time (`/meetings/polls`): a coordinator proposes slots and invites people by
//! e-mail; each invitee answers yes / if need be / no for every slot through a personal
//! link (`/meetings/poll/{token}`, no account). The best slot is shown; confirming a slot
//! schedules the meeting and e-mails everyone an invitation with the `.ics` attached.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::form::{validate, MeetingForm};
use super::polls_model::{self as model, Invitee, Poll, PollFields, ANSWERS};
use super::{ics, requests_model, taking_part, when};
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::forms::{check_text, is_valid_email, FieldErrors};
use crate::http::{Ctx, Flash, RequestContext};
use crate::i18n::{Arg, Lang};
use crate::mail::messages;
use crate::views::{format_time, render, render_form, Layout};

/// How many empty slot rows the form offers.
const SLOT_ROWS: usize = 6;
/// The most times one poll may propose.
const MAX_SLOTS: usize = 20;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct PollForm {
    pub title: String,
    pub purpose: String,
    pub duration: String,
    pub venue: String,
    pub online_url: String,
    pub slot_date: Vec<String>,
    pub slot_time: Vec<String>,
    /// One person per line: "Name, e-mail".
    pub invitees: String,
    pub request: String,
}

/// Reads "Name, address" or "Name <address>" lines.
pub fn parse_invitees(text: &str) -> Result<Vec<(String, String)>, usize> {
    let mut people: Vec<(String, String)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (name, email) = if let Some((name, rest)) = line.split_once('<') {
            (name.trim(), rest.trim_end_matches('>').trim())
        } else if let Some((name, email)) = line.rsplit_once(',') {
            (name.trim(), email.trim())
        } else {
            return Err(n + 1);
        };
        if name.is_empty() || name.chars().count() > 100 || !is_valid_email(email) {
            return Err(n + 1);
        }
        let email = email.to_lowercase();
        if !people.iter().any(|(_, e)| *e == email) {
            people.push((name.to_string(), email));
        }
    }
    Ok(people)
}

fn check(form: &PollForm, lang: Lang) -> Result<PollFields, FieldErrors> {
    // The meeting details are checked as a meeting's would be, with a placeholder time.
    let as_meeting = MeetingForm {
        title: form.title.clone(),
        purpose: form.purpose.clone(),
        date: "2000-01-01".into(),
        time: "12:00".into(),
        duration: form.duration.clone(),
        venue: form.venue.clone(),
        online_url: form.online_url.clone(),
        status: "proposed".into(),
        ..MeetingForm::default()
    };
    let mut errors = match validate(&as_meeting, lang) {
        Ok(_) => FieldErrors::new(lang),
        Err(errors) => errors,
    };
    let mut slots = Vec::new();
    for (i, (date, time)) in form.slot_date.iter().zip(form.slot_time.iter()).enumerate() {
        if date.trim().is_empty() && time.trim().is_empty() {
            continue;
        }
        match when::london_to_utc(date, time) {
            Ok(at) if at > crate::storage::now() => slots.push(at),
            Ok(_) => errors.add(format!("slot_date_{i}"), "polls-error-slot-past"),
            Err(problem) => errors.add(
                format!("slot_{}_{i}", problem.field()),
                problem.message_key(),
            ),
        }
    }
    slots.sort_unstable();
    slots.dedup();
    if slots.len() > MAX_SLOTS {
        errors.add("slot_date_0", "polls-error-too-many-slots");
    }
    if slots.len() < 2 && errors.is_empty() {
        errors.add("slot_date_0", "polls-error-slots");
    }
    let invitees = match parse_invitees(&form.invitees) {
        Ok(people) if !people.is_empty() && people.len() <= 100 => people,
        Ok(_) => {
            errors.add("invitees", "polls-error-invitees");
            Vec::new()
        }
        Err(_) => {
            errors.add("invitees", "polls-error-invitee-line");
            Vec::new()
        }
    };
    check_text(
        &mut errors,
        "title",
        &form.title,
        200,
        "meetings-error-title",
        "meetings-error-too-long",
    );
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(PollFields {
        title: form.title.trim().to_string(),
        purpose: form.purpose.trim().to_string(),
        duration_minutes: form.duration.trim().parse().unwrap_or(60),
        venue: form.venue.trim().to_string(),
        online_url: form.online_url.trim().to_string(),
        slots,
        invitees,
    })
}

struct SlotRow {
    n: i64,
    date_id: String,
    time_id: String,
    date: String,
    time: String,
}

#[derive(Template)]
#[template(path = "meetings/poll_form.html")]
struct FormView {
    layout: Layout,
    errors: FieldErrors,
    form: PollForm,
    rows: Vec<SlotRow>,
}

fn form_page(ctx: &RequestContext, errors: FieldErrors, form: PollForm) -> AppResult<Response> {
    let mut layout = Layout::new(ctx, "polls-new-title").with_crumbs(&[
        ("meetings-title", "/meetings"),
        ("polls-title", "/meetings/polls"),
    ]);
    let has_errors = !errors.is_empty();
    if has_errors {
        layout.mark_errors();
    }
    let rows = (0..SLOT_ROWS.max(form.slot_date.len()).min(MAX_SLOTS + 1))
        .map(|index| SlotRow {
            n: index as i64 + 1,
            date_id: format!("slot_date_{index}"),
            time_id: format!("slot_time_{index}"),
            date: form.slot_date.get(index).cloned().unwrap_or_default(),
            time: form.slot_time.get(index).cloned().unwrap_or_default(),
        })
        .collect();
    render_form(
        has_errors,
        &FormView {
            layout,
            errors,
            form,
            rows,
        },
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewQuery {
    request: String,
}

/// `GET /meetings/polls/new[?request=ID]`: prefilled from a "Let's meet" request.
pub async fn show_new(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Query(q): Query<NewQuery>,
) -> AppResult<Response> {
    let mut form = PollForm {
        duration: "60".into(),
        ..PollForm::default()
    };
    if let Ok(id) = q.request.parse::<i64>() {
        if let Some(r) = requests_model::find(&state.db, id).await? {
            form.title = format!("Meeting with {}", r.fields.organisation_name);
            form.purpose = r.fields.topic.clone();
            form.invitees = format!("{}, {}", r.fields.contact_name, r.fields.contact_email);
            form.request = id.to_string();
        }
    }
    form_page(&ctx, FieldErrors::new(ctx.lang), form)
}

/// `POST /meetings/polls/new`.
pub async fn create(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let form: PollForm = crate::orgs::parse_form(&body)?;
    let fields = match check(&form, ctx.lang) {
        Ok(fields) => fields,
        Err(errors) => return form_page(&ctx, errors, form),
    };
    let request = match form.request.parse::<i64>() {
        Ok(id) => requests_model::find(&state.db, id).await?,
        Err(_) => None,
    };
    let organisation_id = request.as_ref().and_then(|r| r.organisation_id);
    let (poll_id, links) = model::create(
        &state.db,
        &fields,
        request.as_ref().map(|r| r.id),
        organisation_id,
        user.id.0,
        ctx.lang.code(),
    )
    .await?;
    if let Some(r) = &request {
        requests_model::mark_handled(
            &state.db,
            r.id,
            "polling",
            None,
            Some(poll_id),
            "",
            user.id.0,
        )
        .await?;
    }
    send_links(
        &state,
        ctx.lang,
        "poll-invite",
        &fields.title,
        &fields.slots,
        links,
    )
    .await?;
    Ok((
        Flash("polls-flash-created"),
        Redirect::to(&format!("/meetings/polls/{poll_id}")),
    )
        .into_response())
}

/// E-mails each (name, address, token) their personal link with the poll's times, using
/// message `key` (`poll-invite` or `poll-reminder`).
async fn send_links(
    state: &AppState,
    lang: Lang,
    key: &str,
    title: &str,
    slots: &[i64],
    links: Vec<(String, String, String)>,
) -> AppResult<()> {
    let times: Vec<String> = slots.iter().map(|at| format_time(lang, *at)).collect();
    for (name, email, token) in links {
        messages::send_keyed(
            &state.db,
            lang,
            key,
            &email,
            &[
                ("name", Arg::from(name)),
                ("title", Arg::from(title)),
                ("times", Arg::from(times.join("\n"))),
                (
                    "link",
                    Arg::from(state.config.link(&format!("/meetings/poll/{token}"))),
                ),
            ],
        )
        .await?;
    }
    Ok(())
}

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
    Path(id): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let poll = find_poll(&state, &id).await?;
    if poll.status != "open" {
        return Err(AppError::BadRequest(None));
    }
    let form: InviteesForm = crate::orgs::parse_form(&body)?;
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

struct PollRow {
    id: i64,
    title: String,
    status: String,
}

#[derive(Template)]
#[template(path = "meetings/polls.html")]
struct ListView {
    layout: Layout,
    polls: Vec<PollRow>,
}

/// `GET /meetings/polls`.
pub async fn list(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let polls = model::all(&state.db)
        .await?
        .into_iter()
        .map(|p| PollRow {
            id: p.id,
            title: p.title,
            status: ctx.lang.t(&format!("polls-status-{}", p.status)),
        })
        .collect();
    render(&ListView {
        layout: Layout::new(&ctx, "polls-title").with_crumbs(&[("meetings-title", "/meetings")]),
        polls,
    })
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

async fn find_poll(state: &AppState, id: &str) -> AppResult<Poll> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    model::find(&state.db, id).await?.ok_or(AppError::NotFound)
}

/// `GET /meetings/polls/{id}`: the answers so far and the best slot.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let poll = find_poll(&state, &id).await?;
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
    let has_errors = !errors.is_empty();
    if has_errors {
        layout.mark_errors();
    }
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
    Path(id): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let user = ctx.require_user()?.clone();
    let poll = find_poll(&state, &id).await?;
    let form: ConfirmForm = crate::orgs::parse_form(&body)?;
    let slot_id: i64 = form
        .slot_id
        .parse()
        .map_err(|_| AppError::BadRequest(None))?;
    let slot = model::slots(&state.db, poll.id)
        .await?
        .into_iter()
        .find(|s| s.id == slot_id)
        .ok_or(AppError::NotFound)?;
    if !model::claim_for_confirming(&state.db, poll.id).await? {
        return Ok((
            Flash("polls-flash-already"),
            Redirect::to(&format!("/meetings/polls/{}", poll.id)),
        )
            .into_response());
    }
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
    let meeting_id = super::model::create(&state.db, &fields, user.id.0).await?;
    model::set_meeting(&state.db, poll.id, meeting_id).await?;
    if let Some(org_id) = poll.organisation_id {
        taking_part::add(&state.db, meeting_id, org_id).await?;
    }
    if let Some(request_id) = poll.request_id {
        requests_model::mark_handled(
            &state.db,
            request_id,
            "scheduled",
            Some(meeting_id),
            None,
            "",
            user.id.0,
        )
        .await?;
    }
    if let Some(m) = super::model::find(&state.db, meeting_id).await? {
        let file = ics::attachment(&m, &state.config.link(&format!("/meetings/{meeting_id}")));
        let mut conn = state.db.pool.acquire().await?;
        for invitee in model::invitees(&state.db, poll.id).await? {
            let lang = Lang::from_code(&invitee.lang).unwrap_or(Lang::En);
            messages::send_keyed_on(
                &mut conn,
                lang,
                "poll-confirmed",
                &invitee.email,
                &[
                    ("name", Arg::from(invitee.name.clone())),
                    ("title", Arg::from(m.fields.title.clone())),
                    ("when", Arg::from(format_time(lang, m.fields.starts_at))),
                    (
                        "place",
                        Arg::from(if m.fields.venue.is_empty() {
                            m.fields.online_url.clone()
                        } else {
                            m.fields.venue.clone()
                        }),
                    ),
                ],
                Some(&file),
            )
            .await?;
        }
    }
    Ok((
        Flash("polls-flash-confirmed"),
        Redirect::to(&format!("/meetings/{meeting_id}")),
    )
        .into_response())
}

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
    let pairs: Vec<(String, String)> = serde_html_form::from_bytes(&body)
        .map_err(|_| AppError::BadRequest(Some("error-form-unreadable")))?;
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

#[cfg(test)]
mod tests {
    use super::parse_invitees;

    #[test]
    fn invitee_lines_take_two_forms_and_bad_lines_are_numbered() {
        assert_eq!(
            parse_invitees("Rhian Davies, rhian@example.org\n\nSam <SAM@example.org>\nRhian again, rhian@example.org").unwrap(),
            vec![
                ("Rhian Davies".to_string(), "rhian@example.org".to_string()),
                ("Sam".to_string(), "sam@example.org".to_string())
            ]
        );
        assert_eq!(parse_invitees("ok, a@example.org\nno address here"), Err(2));
    }
}
