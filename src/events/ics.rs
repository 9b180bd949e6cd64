//! An event as an iCalendar entry (written by `calendar::ics`): one VEVENT per event
//! (stable UID, SEQUENCE rising with each change), attached to confirmation e-mails and
//! served at `/events/{slug}/calendar.ics`.

use super::model::Event;
use crate::calendar::ics::{self, Entry, EntryStatus};
use crate::mail::outbox::Attachment;

/// What the event's VEVENT says. `with_link`: include the online joining link (for
/// registrants only).
pub fn entry<'a>(e: &'a Event, url: &'a str, with_link: bool) -> Entry<'a> {
    let f = &e.fields;
    Entry {
        uid: &e.uid,
        sequence: e.ics_sequence,
        updated_at: e.updated_at,
        title: &f.title,
        text: &f.description,
        venue: &f.venue,
        online_url: if with_link { &f.online_url } else { "" },
        starts_at: f.starts_at,
        ends_at: f.ends_at,
        url,
        status: EntryStatus::Confirmed,
    }
}

/// The event as a one-event calendar file.
pub fn file(e: &Event, url: &str, with_link: bool) -> String {
    ics::calendar(&e.fields.title, vec![ics::event(&entry(e, url, with_link))])
}

/// The event's `.ics` as an e-mail attachment.
pub fn attachment(e: &Event, url: &str) -> Attachment {
    ics::attachment(format!("{}.ics", e.slug), file(e, url, true))
}
