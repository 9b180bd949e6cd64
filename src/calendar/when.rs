//! Meeting times as people enter them: a date and a clock time in Europe/London, turned into
//! UTC seconds for storage and back again for forms. Clock changes are handled: a time that
//! does not exist (the hour skipped when the clocks go forward) is refused with a message,
//! and a time that happens twice (the hour repeated when they go back) means the first one,
//! in British Summer Time — pages always name the zone, so nobody is misled.

use chrono::{LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Europe::London;

/// Why a date and time could not be read; each is a Fluent message id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhenError {
    /// Not a date (YYYY-MM-DD, or a day that does not exist).
    Date,
    /// Not a time (HH:MM, 24-hour clock).
    Time,
    /// The hour skipped when the clocks go forward.
    Skipped,
}

impl WhenError {
    pub fn message_key(self) -> &'static str {
        match self {
            WhenError::Date => "meetings-error-date",
            WhenError::Time => "meetings-error-time",
            WhenError::Skipped => "meetings-error-time-skipped",
        }
    }

    /// The form field the message belongs to.
    pub fn field(self) -> &'static str {
        match self {
            WhenError::Date => "date",
            WhenError::Time | WhenError::Skipped => "time",
        }
    }
}

/// UTC seconds for `date` (YYYY-MM-DD) at `time` (HH:MM) in London.
pub fn london_to_utc(date: &str, time: &str) -> Result<i64, WhenError> {
    let day = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").map_err(|_| WhenError::Date)?;
    let clock = NaiveTime::parse_from_str(time.trim(), "%H:%M").map_err(|_| WhenError::Time)?;
    match London.from_local_datetime(&NaiveDateTime::new(day, clock)) {
        LocalResult::Single(at) => Ok(at.timestamp()),
        LocalResult::Ambiguous(first, _) => Ok(first.timestamp()),
        LocalResult::None => Err(WhenError::Skipped),
    }
}

/// The London date (YYYY-MM-DD) and time (HH:MM) of `unix_seconds`, for a form.
/// Today's date in Europe/London, as `YYYY-MM-DD`.
pub fn london_today() -> String {
    utc_to_london(crate::storage::now()).0
}

pub fn utc_to_london(unix_seconds: i64) -> (String, String) {
    match chrono::Utc.timestamp_opt(unix_seconds, 0).single() {
        Some(utc) => {
            let local = utc.with_timezone(&London);
            (
                local.format("%Y-%m-%d").to_string(),
                local.format("%H:%M").to_string(),
            )
        }
        None => (String::new(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn winter_is_gmt_and_summer_is_bst() {
        // 27 February 2019 14:00 GMT = 14:00 UTC; 1 July 2026 14:00 BST = 13:00 UTC.
        assert_eq!(london_to_utc("2019-02-27", "14:00"), Ok(1_551_276_000));
        assert_eq!(london_to_utc("2026-07-01", "14:00"), Ok(1_782_910_800));
        assert_eq!(
            utc_to_london(1_782_910_800),
            ("2026-07-01".into(), "14:00".into())
        );
    }

    #[test]
    fn clock_changes_are_handled() {
        // Clocks go forward at 01:00 GMT on 29 March 2026: 01:30 does not exist.
        assert_eq!(
            london_to_utc("2026-03-29", "01:30"),
            Err(WhenError::Skipped)
        );
        // Either side of the gap is fine, and an hour apart in real time.
        let before = london_to_utc("2026-03-29", "00:30").unwrap_or_default();
        let after = london_to_utc("2026-03-29", "02:30").unwrap_or_default();
        assert_eq!(after - before, 3600);
        // Clocks go back at 02:00 BST on 25 October 2026: 01:30 happens twice; the first
        // (BST, 00:30 UTC) is meant.
        assert_eq!(london_to_utc("2026-10-25", "01:30"), Ok(1_792_888_200));
        // A meeting across the change keeps its real length.
        let start = london_to_utc("2026-10-25", "00:30").unwrap_or_default();
        let end = london_to_utc("2026-10-25", "03:30").unwrap_or_default();
        assert_eq!(end - start, 4 * 3600);
    }

    #[test]
    fn bad_input_is_named() {
        assert_eq!(london_to_utc("2026-02-30", "10:00"), Err(WhenError::Date));
        assert_eq!(london_to_utc("next tuesday", "10:00"), Err(WhenError::Date));
        assert_eq!(london_to_utc("2026-02-03", "25:00"), Err(WhenError::Time));
        assert_eq!(london_to_utc("2026-02-03", ""), Err(WhenError::Time));
    }
}
