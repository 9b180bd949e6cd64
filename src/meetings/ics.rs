//! A meeting as an iCalendar entry: its `.ics` file, its invitation attachment, and its
//! entry in the calendar feeds (all written by `calendar::ics`).

use super::model::Meeting;
use crate::calendar::ics::{self, Entry};

/// What the meeting's VEVENT says; the online link is always included (meetings are
/// arranged with the people invited).
pub fn entry<'a>(meeting: &'a Meeting, url: &'a str) -> Entry<'a> {
    let f = &meeting.fields;
    Entry {
        uid: &meeting.uid,
        sequence: meeting.ics_sequence,
        updated_at: meeting.updated_at,
        title: &f.title,
        text: &f.purpose,
        venue: &f.venue,
        online_url: &f.online_url,
        starts_at: f.starts_at,
        ends_at: meeting.ends_at(),
        url,
        status: ics::status_of(f.status.code()),
    }
}

/// One meeting as a VEVENT. `url` is its page.
pub fn event(meeting: &Meeting, url: &str) -> icalendar::Event {
    ics::event(&entry(meeting, url))
}

/// The meeting's one-entry calendar file.
pub fn file(meeting: &Meeting, url: &str) -> String {
    ics::calendar(&meeting.fields.title, vec![event(meeting, url)])
}

/// The meeting's `.ics` as an e-mail attachment (an invitation).
pub fn attachment(meeting: &Meeting, url: &str) -> crate::mail::outbox::Attachment {
    ics::attachment("meeting.ics".into(), file(meeting, url))
}
