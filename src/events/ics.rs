//! iCalendar files for events: one VEVENT per event (stable UID, SEQUENCE rising with each
//! change), attached to confirmation e-mails and served at `/events/{slug}/calendar.ics`.

use icalendar::{Component, Event as VEvent, EventLike, EventStatus};

use super::model::Event;
use crate::mail::outbox::Attachment;
use crate::meetings::ics::{calendar, utc};

/// `with_link`: include the online joining link (for registrants only).
pub fn event(e: &Event, url: &str, with_link: bool) -> VEvent {
    let f = &e.fields;
    let mut v = VEvent::new();
    v.uid(&e.uid)
        .sequence(u32::try_from(e.ics_sequence).unwrap_or(0))
        .timestamp(utc(e.updated_at))
        .summary(&f.title)
        .starts(utc(f.starts_at))
        .ends(utc(f.ends_at))
        .url(url)
        .status(EventStatus::Confirmed);
    let mut description = f.description.clone();
    if with_link && !f.online_url.is_empty() {
        description.push_str(&format!("\n\n{}", f.online_url));
    }
    if !description.trim().is_empty() {
        v.description(description.trim());
    }
    if !f.venue.is_empty() {
        v.location(&f.venue);
    } else if with_link && !f.online_url.is_empty() {
        v.location(&f.online_url);
    }
    v.done()
}

/// The event as a one-event calendar file.
pub fn file(e: &Event, url: &str, with_link: bool) -> String {
    calendar(&e.fields.title, vec![event(e, url, with_link)])
}

/// The event's `.ics` as an e-mail attachment.
pub fn attachment(e: &Event, url: &str) -> Attachment {
    Attachment {
        name: format!("{}.ics", e.slug),
        content_type: "text/calendar; charset=UTF-8; method=PUBLISH".into(),
        body: file(e, url, true),
    }
}
