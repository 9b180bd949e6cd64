//! Times are stored as UTC seconds and shown in Europe/London, with the zone, in the
//! reader's language ("28 November 2026, 14:05 GMT").

use chrono::{Datelike, TimeZone, Timelike};
use chrono_tz::Europe::London;

use crate::i18n::{Arg, Lang};

pub fn format_time(lang: Lang, unix_seconds: i64) -> String {
    let Some(utc) = chrono::Utc.timestamp_opt(unix_seconds, 0).single() else {
        return String::new();
    };
    let local = utc.with_timezone(&London);
    let month = lang.t(&format!("month-{}", local.month()));
    let zone = local.format("%Z").to_string();
    lang.t_args(
        "datetime-format",
        &[
            ("day", Arg::Num(i64::from(local.day()))),
            ("month", Arg::Str(month)),
            ("year", Arg::Num(i64::from(local.year()))),
            (
                "time",
                Arg::Str(format!("{:02}:{:02}", local.hour(), local.minute())),
            ),
            ("zone", Arg::Str(zone)),
        ],
    )
}

/// The London date of `unix_seconds` in the reader's language ("27 February 2019").
pub fn format_date(lang: Lang, unix_seconds: i64) -> String {
    let Some(utc) = chrono::Utc.timestamp_opt(unix_seconds, 0).single() else {
        return String::new();
    };
    let local = utc.with_timezone(&London);
    lang.t_args(
        "date-format",
        &[
            ("day", Arg::Num(i64::from(local.day()))),
            (
                "month",
                Arg::Str(lang.t(&format!("month-{}", local.month()))),
            ),
            ("year", Arg::Num(i64::from(local.year()))),
        ],
    )
}

/// An RFC 3339 time in UTC, as the open-data exports (CSV, JSON) write them.
pub fn rfc3339(unix_seconds: i64) -> String {
    chrono::DateTime::from_timestamp(unix_seconds, 0)
        .map(|t| t.to_rfc3339())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_london_time_with_zone_in_both_languages() {
        // 2026-07-01 12:00 UTC is 13:00 BST; 2026-11-28 12:00 UTC is 12:00 GMT.
        assert_eq!(
            format_time(Lang::En, 1_782_907_200),
            "1 July 2026, 13:00 BST"
        );
        assert_eq!(
            format_time(Lang::En, 1_795_867_200),
            "28 November 2026, 12:00 GMT"
        );
        assert_eq!(
            format_time(Lang::Cy, 1_795_867_200),
            "28 Tachwedd 2026, 12:00 GMT"
        );
    }
}
