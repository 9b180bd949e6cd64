//! iCalendar (RFC 5545) files written with the `icalendar` crate: the one VEVENT writer for
//! everything that happens at a time (meetings, events, and soon consultation deadlines and
//! milestones), calendar files, downloads and e-mail attachments. Times are UTC; the UID is
//! stable and SEQUENCE rises with each change, so calendar programs update the entry they
//! already hold.

use chrono::TimeZone;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use crate::mail::outbox::Attachment;

/// Whether a calendar entry is going ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryStatus {
    Confirmed,
    Tentative,
    Cancelled,
}

/// What one VEVENT says, whatever it comes from.
#[derive(Clone, Debug)]
pub struct Entry<'a> {
    pub uid: &'a str,
    pub sequence: i64,
    pub updated_at: i64,
    pub title: &'a str,
    /// What it is about, plain text; empty for none.
    pub text: &'a str,
    /// Where it is; empty for none.
    pub venue: &'a str,
    /// The joining link, or empty when there is none or it is withheld from this reader
    /// (an event's link goes to registrants only). It follows the text, and stands in as
    /// the location when there is no venue.
    pub online_url: &'a str,
    pub starts_at: i64,
    pub ends_at: i64,
    /// The page the entry comes from.
    pub url: &'a str,
    pub status: EntryStatus,
}

/// UTC time of `unix_seconds` (the epoch if out of range).
pub fn utc(unix_seconds: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::Utc
        .timestamp_opt(unix_seconds, 0)
        .single()
        .unwrap_or_default()
}

/// Whether something with the common status code `status` (proposed, confirmed, held,
/// postponed, cancelled) is going ahead, as calendar programs show it.
pub fn status_of(status: &str) -> EntryStatus {
    match status {
        "cancelled" => EntryStatus::Cancelled,
        "proposed" | "postponed" => EntryStatus::Tentative,
        _ => EntryStatus::Confirmed,
    }
}

/// One entry as a VEVENT.
pub fn event(entry: &Entry<'_>) -> Event {
    let mut event = Event::new();
    event
        .uid(&single_line(entry.uid))
        .sequence(u32::try_from(entry.sequence).unwrap_or(0))
        .timestamp(utc(entry.updated_at))
        .summary(entry.title)
        .starts(utc(entry.starts_at))
        .ends(utc(entry.ends_at))
        .url(&single_line(entry.url));
    let mut description = entry.text.to_string();
    if !entry.online_url.is_empty() {
        description.push_str(&format!("\n\n{}", entry.online_url));
    }
    if !description.trim().is_empty() {
        event.description(description.trim());
    }
    if !entry.venue.is_empty() {
        event.location(entry.venue);
    } else if !entry.online_url.is_empty() {
        event.location(entry.online_url);
    }
    event.status(match entry.status {
        EntryStatus::Confirmed => EventStatus::Confirmed,
        EntryStatus::Tentative => EventStatus::Tentative,
        EntryStatus::Cancelled => EventStatus::Cancelled,
    });
    event.done()
}

/// `text` as a single-line iCalendar TEXT value (RFC 5545 §3.3.11): backslashes, commas
/// and semicolons escaped, line breaks written as `\n`, other control characters left out.
/// The `icalendar` crate escapes SUMMARY, DESCRIPTION and LOCATION itself but writes the
/// calendar's NAME as given, so a title with CR/LF could add properties or whole events.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// `text` with control characters (CR and LF among them) left out: for values the crate
/// writes as they are (UID, URL), which never legitimately hold them.
fn single_line(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// A calendar file holding `events`.
pub fn calendar(name: &str, events: Vec<Event>) -> String {
    let mut calendar = Calendar::new();
    calendar.name(&escape_text(name));
    for e in events {
        calendar.push(e);
    }
    calendar.done().to_string()
}

/// A calendar file as an e-mail attachment named `name` (an invitation, a confirmation).
pub fn attachment(name: String, body: String) -> Attachment {
    Attachment {
        name,
        content_type: "text/calendar; charset=UTF-8; method=PUBLISH".into(),
        body,
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
