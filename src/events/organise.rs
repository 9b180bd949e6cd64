//! For organisers (coordinators): the attendee list with everyone's access needs, the
//! access-needs checklist ("2 BSL interpreters", "3 vegetarian"), the equality monitoring
//! summary (suppressed counts only), the attendee CSV (formula-safe), and a check-in page
//! made for a phone at the door.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model::Event;
use super::monitoring::{self, Cell};
use super::registration::{self, Registration};
use crate::calendar::access_needs::{tally, ACCESS_NEEDS, DIETARY};
use crate::error::{AppError, AppResult};
use crate::http::download::csv_download;
use crate::http::{Ctx, Flash, Found, RequestContext};
use crate::i18n::Arg;
use crate::state::AppState;
use crate::views::{format_time, render, Layout};

/// A registration as organisers read it.
struct AttendeeRow {
    id: crate::events::registration::RegistrationId,
    name: String,
    email: String,
    organisation: String,
    kind: String,
    status: String,
    needs: Vec<String>,
    access_other: String,
    checked_in: bool,
    /// Not cancelled: an organiser can still cancel it.
    active: bool,
}

fn words(ctx: &RequestContext, prefix: &str, codes: &[String]) -> Vec<String> {
    codes
        .iter()
        .map(|c| ctx.lang.t(&format!("{prefix}{c}")))
        .collect()
}

fn attendee_row(ctx: &RequestContext, r: &Registration) -> AttendeeRow {
    let mut needs = words(ctx, "events-need-", &r.details.access_needs);
    needs.extend(words(ctx, "events-diet-", &r.details.dietary));
    AttendeeRow {
        id: r.id,
        name: r.details.name.clone(),
        email: r.details.email.clone(),
        organisation: r.details.organisation.clone(),
        kind: ctx.lang.t(&format!("events-type-{}", r.details.kind)),
        status: ctx.lang.t(&format!("events-status-{}", r.status)),
        needs,
        access_other: r.details.access_other.clone(),
        checked_in: r.checked_in_at.is_some(),
        active: r.status != "cancelled",
    }
}

/// The checklist lines for the confirmed registrations: needs, then diets, then "anything else".
pub fn checklist(ctx: &RequestContext, confirmed: &[&Registration]) -> Vec<String> {
    let mut lines: Vec<String> = tally(
        &ACCESS_NEEDS,
        confirmed.iter().map(|r| r.details.access_needs.as_slice()),
    )
    .into_iter()
    .map(|(code, n)| {
        ctx.lang
            .t_args(&format!("events-count-{code}"), &[("count", Arg::Num(n))])
    })
    .collect();
    lines.extend(
        tally(
            &DIETARY,
            confirmed.iter().map(|r| r.details.dietary.as_slice()),
        )
        .into_iter()
        .map(|(code, n)| {
            ctx.lang
                .t_args(&format!("events-count-{code}"), &[("count", Arg::Num(n))])
        }),
    );
    let other = confirmed
        .iter()
        .filter(|r| !r.details.access_other.is_empty())
        .count();
    if other > 0 {
        lines.push(
            ctx.lang
                .t_args("events-count-other", &[("count", Arg::Num(other as i64))]),
        );
    }
    lines
}

struct MonitoringRow {
    label: String,
    /// None: fewer than five answers, nothing shown.
    cells: Option<Vec<(String, String)>>,
}

#[derive(Template)]
#[template(path = "events/attendees.html")]
struct AttendeesView {
    layout: Layout,
    event: Event,
    when: String,
    rows: Vec<AttendeeRow>,
    confirmed: i64,
    waiting: i64,
    in_person: i64,
    online: i64,
    checklist: Vec<String>,
    monitoring: Vec<MonitoringRow>,
}

/// `GET /events/{slug}/attendees`.
pub async fn attendees(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(event): Found<Event>,
) -> AppResult<Response> {
    let all = registration::for_event(&state.db, event.id).await?;
    let confirmed: Vec<&Registration> = all.iter().filter(|r| r.status == "confirmed").collect();
    let monitoring = monitoring::summary(&state.db, event.id)
        .await?
        .into_iter()
        .map(|q| MonitoringRow {
            label: ctx.lang.t(&format!("monitoring-q-{}", q.question)),
            cells: q.rows.map(|rows| {
                rows.into_iter()
                    .map(|(answer, cell)| {
                        (
                            ctx.lang.t(&format!("monitoring-a-{answer}")),
                            match cell {
                                Cell::Count(n) => n.to_string(),
                                Cell::Suppressed => ctx.lang.t("monitoring-suppressed"),
                            },
                        )
                    })
                    .collect()
            }),
        })
        .collect();
    render(&AttendeesView {
        layout: Layout::titled(
            &ctx,
            ctx.lang.t_args(
                "events-attendees-title",
                &[("title", crate::i18n::Arg::from(event.fields.title.clone()))],
            ),
        )
        .with_crumbs(&[("events-title", "/events")]),
        when: format_time(ctx.lang, event.fields.starts_at),
        rows: all.iter().map(|r| attendee_row(&ctx, r)).collect(),
        confirmed: confirmed.len() as i64,
        waiting: all.iter().filter(|r| r.status == "waiting").count() as i64,
        in_person: confirmed
            .iter()
            .filter(|r| r.details.kind == "in_person")
            .count() as i64,
        online: confirmed
            .iter()
            .filter(|r| r.details.kind == "online")
            .count() as i64,
        checklist: checklist(&ctx, &confirmed),
        monitoring,
        event,
    })
}

/// `GET /events/{slug}/attendees.csv`.
pub async fn attendees_csv(
    State(state): State<AppState>,
    Found(event): Found<Event>,
) -> AppResult<Response> {
    let all = registration::for_event(&state.db, event.id).await?;
    let rows = all.iter().map(|r| {
        vec![
            r.details.name.clone(),
            r.details.email.clone(),
            r.details.organisation.clone(),
            r.details.kind.clone(),
            r.status.code().to_string(),
            r.details.access_needs.join("; "),
            r.details.dietary.join("; "),
            r.details.access_other.clone(),
            if r.checked_in_at.is_some() {
                "yes".into()
            } else {
                String::new()
            },
        ]
    });
    csv_download(
        &format!("{}-attendees.csv", event.slug),
        &[
            "name",
            "email",
            "organisation",
            "type",
            "status",
            "access_needs",
            "dietary",
            "anything_else",
            "checked_in",
        ],
        rows,
    )
}

#[derive(Template)]
#[template(path = "events/check_in.html")]
struct CheckInView {
    layout: Layout,
    event: Event,
    rows: Vec<AttendeeRow>,
    arrived: i64,
    expected: i64,
}

/// `GET /events/{slug}/check-in`: confirmed people, by name, each with one big button.
pub async fn check_in_page(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Found(event): Found<Event>,
) -> AppResult<Response> {
    let mut confirmed: Vec<Registration> = registration::for_event(&state.db, event.id)
        .await?
        .into_iter()
        .filter(|r| r.status == "confirmed")
        .collect();
    confirmed.sort_by_key(|r| r.details.name.to_lowercase());
    render(&CheckInView {
        layout: Layout::titled(
            &ctx,
            ctx.lang.t_args(
                "events-check-in-title",
                &[("title", crate::i18n::Arg::from(event.fields.title.clone()))],
            ),
        )
        .with_crumbs(&[("events-title", "/events")]),
        arrived: confirmed
            .iter()
            .filter(|r| r.checked_in_at.is_some())
            .count() as i64,
        expected: confirmed.len() as i64,
        rows: confirmed.iter().map(|r| attendee_row(&ctx, r)).collect(),
        event,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CheckInForm {
    registration_id: String,
    /// "1" to mark arrived, anything else to undo.
    arrived: String,
}

/// `POST /events/{slug}/check-in`.
pub async fn check_in(
    State(state): State<AppState>,
    Found(event): Found<Event>,
    body: Bytes,
) -> AppResult<Response> {
    let form: CheckInForm = crate::http::parse_form(&body)?;
    let id: i64 = form
        .registration_id
        .parse()
        .map_err(|_| AppError::BadRequest(None))?;
    if !registration::set_checked_in(&state.db, event.id, id, form.arrived == "1").await? {
        return Err(AppError::NotFound);
    }
    let flash = if form.arrived == "1" {
        "events-flash-checked-in"
    } else {
        "events-flash-check-in-undone"
    };
    Ok((
        Flash(flash),
        Redirect::to(&format!("/events/{}/check-in#r{id}", event.slug)),
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CancelForm {
    registration_id: String,
}

/// `POST /events/{slug}/attendees/cancel`: an organiser cancels someone's registration (they
/// said so by phone, say); the person is e-mailed and a place they held goes to the next
/// person waiting.
pub async fn cancel_registration(
    State(state): State<AppState>,
    Found(event): Found<Event>,
    body: Bytes,
) -> AppResult<Response> {
    let form: CancelForm = crate::http::parse_form(&body)?;
    let id: registration::RegistrationId = form
        .registration_id
        .parse()
        .map_err(|_| AppError::BadRequest(None))?;
    if !registration::cancel(&state.db, &state.config, &event, id).await? {
        return Err(AppError::NotFound);
    }
    Ok((
        Flash("events-flash-cancelled-by-organiser"),
        Redirect::to(&format!("/events/{}/attendees#people", event.slug)),
    )
        .into_response())
}
