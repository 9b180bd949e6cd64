//! iCalendar (RFC 5545) files for meetings, written with the `icalendar` crate. Times are
//! UTC; the UID is stable and SEQUENCE rises with each change, so calendar programs update
//! the entry they already hold.

use chrono::TimeZone;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use super::model::Meeting;

/// UTC time of `unix_seconds` (the epoch if out of range).
pub fn utc(unix_seconds: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::Utc
        .timestamp_opt(unix_seconds, 0)
        .single()
        .unwrap_or_default()
}

/// One meeting as a VEVENT. `url` is its page.
pub fn event(meeting: &Meeting, url: &str) -> Event {
    let f = &meeting.fields;
    let mut event = Event::new();
    event
        .uid(&meeting.uid)
        .sequence(u32::try_from(meeting.ics_sequence).unwrap_or(0))
        .timestamp(utc(meeting.updated_at))
        .summary(&f.title)
        .starts(utc(f.starts_at))
        .ends(utc(meeting.ends_at()))
        .url(url);
    let mut description = f.purpose.clone();
    if !f.online_url.is_empty() {
        description.push_str(&format!("\n\n{}", f.online_url));
    }
    if !description.trim().is_empty() {
        event.description(description.trim());
    }
    if !f.venue.is_empty() {
        event.location(&f.venue);
    } else if !f.online_url.is_empty() {
        event.location(&f.online_url);
    }
    match f.status.as_str() {
        "cancelled" => {
            event.status(EventStatus::Cancelled);
        }
        "proposed" | "postponed" => {
            event.status(EventStatus::Tentative);
        }
        _ => {
            event.status(EventStatus::Confirmed);
        }
    }
    event.done()
}

/// A calendar file holding `events`.
pub fn calendar(name: &str, events: Vec<Event>) -> String {
    let mut calendar = Calendar::new();
    calendar.name(name);
    for e in events {
        calendar.push(e);
    }
    calendar.done().to_string()
}

/// The meeting's `.ics` as an e-mail attachment (an invitation).
pub fn attachment(meeting: &Meeting, url: &str) -> crate::mail::outbox::Attachment {
    crate::mail::outbox::Attachment {
        name: "meeting.ics".into(),
        content_type: "text/calendar; charset=UTF-8; method=PUBLISH".into(),
        body: calendar(&meeting.fields.title, vec![event(meeting, url)]),
    }
}

/// A calendar file as a download named `file_name` (ASCII, e.g. `meeting.ics`).
pub fn download(file_name: &str, body: String) -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
        ],
        body,
    )
        .into_response()
}
