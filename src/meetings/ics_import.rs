//! Reading `.ics` files into proposed meetings. Every VEVENT with a start becomes a private,
//! proposed meeting for a coordinator to check: UTC times are kept, times in a named zone
//! are converted (an unknown zone, or a floating time, is read as UK time), an all-day event
//! starts at 09:00 UK time. Events without a start are skipped and counted.

use chrono::{NaiveDateTime, NaiveTime, TimeZone};
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, EventLike};

use super::model::MeetingFields;
use super::when;

/// What a file held.
#[derive(Debug, Default)]
pub struct Imported {
    pub meetings: Vec<MeetingFields>,
    /// Events that could not become meetings (no start).
    pub skipped: usize,
}

fn london(local: NaiveDateTime) -> Option<i64> {
    when::london_to_utc(
        &local.format("%Y-%m-%d").to_string(),
        &local.format("%H:%M").to_string(),
    )
    .ok()
}

fn instant(value: DatePerhapsTime) -> Option<i64> {
    match value {
        DatePerhapsTime::DateTime(CalendarDateTime::Utc(t)) => Some(t.timestamp()),
        DatePerhapsTime::DateTime(CalendarDateTime::Floating(local)) => london(local),
        DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid }) => {
            match tzid.parse::<chrono_tz::Tz>() {
                Ok(zone) => zone
                    .from_local_datetime(&date_time)
                    .earliest()
                    .map(|t| t.timestamp()),
                Err(_) => london(date_time),
            }
        }
        DatePerhapsTime::Date(day) => {
            london(day.and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default()))
        }
    }
}

fn clipped(text: &str, max: usize) -> String {
    text.trim().chars().take(max).collect()
}

/// Reads `text`; `None` when it is not an iCalendar file at all.
pub fn read(text: &str) -> Option<Imported> {
    let calendar: Calendar = text.parse().ok()?;
    let mut imported = Imported::default();
    for event in calendar.components.iter().filter_map(|c| c.as_event()) {
        let Some(starts_at) = event.get_start().and_then(instant) else {
            imported.skipped += 1;
            continue;
        };
        let duration = event
            .get_end()
            .and_then(instant)
            .map_or(60, |end| (end - starts_at) / 60)
            .clamp(5, 1440);
        let url = event.get_url().unwrap_or_default().trim();
        let online_url = if url.starts_with("https://") || url.starts_with("http://") {
            clipped(url, 2000)
        } else {
            String::new()
        };
        let title = clipped(event.get_summary().unwrap_or_default(), 200);
        imported.meetings.push(MeetingFields {
            title: if title.is_empty() {
                "(untitled)".into()
            } else {
                title
            },
            purpose: clipped(event.get_description().unwrap_or_default(), 5_000),
            starts_at,
            duration_minutes: duration,
            venue: clipped(event.get_location().unwrap_or_default(), 500),
            venue_access: Vec::new(),
            online_url,
            agenda: String::new(),
            status: "proposed".into(),
            is_public: false,
        });
    }
    Some(imported)
}
