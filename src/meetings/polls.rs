//! Finding a time (`/meetings/polls`): a coordinator proposes slots and invites people by
//! e-mail; each invitee answers yes / if need be / no for every slot through a personal
//! link (`/meetings/poll/{token}`, no account). The best slot is shown; confirming a slot
//! schedules the meeting and e-mails everyone an invitation with the `.ics` attached.
//! This file makes polls and lists them; `poll_results` shows the answers, invites more
//! people and confirms; `poll_answer` is the invitee's page.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::form::{validate, MeetingForm};
use super::model::polls::{self as model, PollFields};
use super::model::requests::{self as requests_model, RequestId, RequestStatus};
use crate::calendar::when;
use crate::error::AppResult;
use crate::forms::{check_text, is_valid_email, FieldErrors};
use crate::http::{Ctx, Flash, RequestContext};
use crate::i18n::{Arg, Lang};
use crate::mail::messages;
use crate::state::AppState;
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
    let has_errors = layout.mark_errors_if(&errors);
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
    if let Ok(id) = q.request.parse::<RequestId>() {
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
    let form: PollForm = crate::http::parse_form(&body)?;
    let fields = match check(&form, ctx.lang) {
        Ok(fields) => fields,
        Err(errors) => return form_page(&ctx, errors, form),
    };
    let request = match form.request.parse::<RequestId>() {
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
            RequestStatus::Polling,
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
pub(super) async fn send_links(
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

struct PollRow {
    id: model::PollId,
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
