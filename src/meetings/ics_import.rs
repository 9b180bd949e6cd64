//! Reading `.ics` files into proposed meetings. Every VEVENT with a start becomes a private,
//! proposed meeting for a coordinator to check: UTC times are kept, times in a named zone
//! are converted (an unknown zone, or a floating time, is read as UK time), an all-day event
//! starts at 09:00 UK time. Events without a start are skipped and counted. A recurring
//! event (RRULE, with its EXDATEs) becomes one meeting per occurrence from a month ago to a
//! year ahead, at most [`MAX_OCCURRENCES`] of them, expanded by the `rrule` crate in the
//! event's own time zone (so a weekly 10:00 stays at 10:00 across the clock changes); a
//! rule with no occurrence in that window imports its first occurrence only.

use chrono::{NaiveDateTime, NaiveTime, TimeZone};
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, EventLike};

use super::model::MeetingFields;
use crate::calendar::when;

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

/// The most meetings one recurring event becomes.
pub const MAX_OCCURRENCES: u16 = 52;

/// The zone a start is written in, as an RRULE set's DTSTART needs it.
fn zone_of(value: &DatePerhapsTime) -> String {
    match value {
        DatePerhapsTime::DateTime(CalendarDateTime::Utc(_)) => "UTC".into(),
        DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { tzid, .. })
            if tzid.parse::<chrono_tz::Tz>().is_ok() =>
        {
            tzid.clone()
        }
        _ => "Europe/London".into(),
    }
}

/// `unix_seconds` as local time in `zone`, in iCalendar's basic format.
fn local_stamp(unix_seconds: i64, zone: &str) -> Option<String> {
    let tz: chrono_tz::Tz = zone.parse().ok()?;
    let at = chrono::Utc.timestamp_opt(unix_seconds, 0).single()?;
    Some(at.with_timezone(&tz).format("%Y%m%dT%H%M%S").to_string())
}

/// The occurrences of a recurring event's start (UTC seconds) between a month ago and a year
/// from `now`; empty when the rule cannot be read or has none in that window.
pub fn occurrences(event: &icalendar::Event, starts_at: i64, now: i64) -> Vec<i64> {
    let Some(rule) = event.property_value("RRULE") else {
        return Vec::new();
    };
    let zone = event
        .get_start()
        .map_or_else(|| "Europe/London".to_string(), |s| zone_of(&s));
    let Some(start) = local_stamp(starts_at, &zone) else {
        return Vec::new();
    };
    let mut text = format!("DTSTART;TZID={zone}:{start}\nRRULE:{}", rule.trim());
    let exdates = event
        .multi_properties()
        .get("EXDATE")
        .into_iter()
        .flatten()
        .chain(event.properties().get("EXDATE"));
    for exdate in exdates {
        for value in exdate.value().split(',') {
            let parsed = chrono::NaiveDateTime::parse_from_str(
                value.trim().trim_end_matches('Z'),
                "%Y%m%dT%H%M%S",
            )
            .ok()
            .or_else(|| {
                chrono::NaiveDate::parse_from_str(value.trim(), "%Y%m%d")
                    .ok()
                    .and_then(|d| d.and_hms_opt(0, 0, 0))
            });
            if let Some(local) = parsed {
                let utc = value.trim().ends_with('Z');
                let stamp = local.format("%Y%m%dT%H%M%S");
                if utc {
                    text.push_str(&format!("\nEXDATE:{stamp}Z"));
                } else {
                    text.push_str(&format!("\nEXDATE;TZID={zone}:{stamp}"));
                }
            }
        }
    }
    let Ok(set) = text.parse::<rrule::RRuleSet>() else {
        return Vec::new();
    };
    let bound = |secs: i64| rrule::Tz::UTC.timestamp_opt(secs, 0).single();
    let (Some(from), Some(to)) = (bound(now - 31 * 86_400), bound(now + 365 * 86_400)) else {
        return Vec::new();
    };
    // Walk at most RULE_STEPS occurrences from the start, whatever the rule says: a rule that
    // fires every second since 1990 must not keep the server busy.
    set.into_iter()
        .take(RULE_STEPS)
        .skip_while(|d| *d < from)
        .take_while(|d| *d < to)
        .take(usize::from(MAX_OCCURRENCES))
        .map(|d| d.timestamp())
        .collect()
}

/// How many occurrences of a rule are looked at, at most, to find those in the window.
const RULE_STEPS: usize = 100_000;

fn clipped(text: &str, max: usize) -> String {
    text.trim().chars().take(max).collect()
}

/// Reads `text`; `None` when it is not an iCalendar file at all. Recurrences are expanded
/// around `now` (UTC seconds).
pub fn read(text: &str, now: i64) -> Option<Imported> {
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
        let meeting = MeetingFields {
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
            status: super::model::MeetingStatus::Proposed,
            is_public: false,
        };
        let repeats = occurrences(event, starts_at, now);
        if repeats.is_empty() {
            imported.meetings.push(meeting);
        } else {
            for at in repeats {
                imported.meetings.push(MeetingFields {
                    starts_at: at,
                    ..meeting.clone()
                });
            }
        }
    }
    Some(imported)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WEEKLY: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:weekly@example.org\r\nDTSTAMP:20260901T000000Z\r\nDTSTART;TZID=Europe/London:20261001T100000\r\nDTEND;TZID=Europe/London:20261001T110000\r\nRRULE:FREQ=WEEKLY;COUNT=8\r\nEXDATE;TZID=Europe/London:20261015T100000\r\nSUMMARY:Weekly network call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    #[test]
    fn a_weekly_event_keeps_its_uk_time_across_the_clock_change_and_skips_exdates() {
        let now = when::london_to_utc("2026-09-20", "12:00").unwrap();
        let imported = read(WEEKLY, now).unwrap();
        let starts: Vec<(String, String)> = imported
            .meetings
            .iter()
            .map(|m| when::utc_to_london(m.starts_at))
            .collect();
        assert_eq!(starts.len(), 7, "{starts:?}");
        assert!(starts.iter().all(|(_, time)| time == "10:00"), "{starts:?}");
        assert!(!starts.iter().any(|(day, _)| day == "2026-10-15"));
        assert_eq!(starts.last().map(|s| s.0.as_str()), Some("2026-11-19"));
        assert!(imported.meetings.iter().all(|m| m.duration_minutes == 60));
    }

    #[test]
    fn a_rule_with_nothing_in_the_window_imports_the_first_occurrence() {
        let now = when::london_to_utc("2030-01-01", "12:00").unwrap();
        let imported = read(WEEKLY, now).unwrap();
        assert_eq!(imported.meetings.len(), 1);
        assert_eq!(
            when::utc_to_london(imported.meetings[0].starts_at).0,
            "2026-10-01"
        );
    }

    #[test]
    fn hostile_rules_are_bounded_or_refused() {
        let now = when::london_to_utc("2026-10-01", "12:00").unwrap();
        for rule in [
            "FREQ=SECONDLY",
            "FREQ=YEARLY;BYSETPOS=400;BYMONTHDAY=31;BYMONTH=2",
            "FREQ=WEEKLY;INTERVAL=0",
            "FREQ=NONSENSE",
            "",
        ] {
            let text = WEEKLY
                .replace(
                    "DTSTART;TZID=Europe/London:20261001T100000",
                    "DTSTART;TZID=Europe/London:19900101T100000",
                )
                .replace("FREQ=WEEKLY;COUNT=8", rule);
            let imported = read(&text, now).unwrap();
            assert!(
                !imported.meetings.is_empty()
                    && imported.meetings.len() <= usize::from(MAX_OCCURRENCES),
                "{rule}"
            );
        }
    }

    #[test]
    fn an_endless_rule_is_capped() {
        let endless = WEEKLY.replace("FREQ=WEEKLY;COUNT=8", "FREQ=DAILY");
        let now = when::london_to_utc("2026-10-01", "12:00").unwrap();
        assert_eq!(
            read(&endless, now).unwrap().meetings.len(),
            usize::from(MAX_OCCURRENCES)
        );
    }
}
