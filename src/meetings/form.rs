//! The meeting form as posted, and its checks.

use serde::Deserialize;

use super::model::{MeetingFields, MeetingStatus};
use crate::calendar::venue::{is_web_link, VENUE_ACCESS};
use crate::calendar::when;
use crate::forms::{check_text, FieldErrors};
use crate::i18n::Lang;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct MeetingForm {
    pub title: String,
    pub purpose: String,
    /// YYYY-MM-DD in Europe/London.
    pub date: String,
    /// HH:MM in Europe/London.
    pub time: String,
    /// Minutes.
    pub duration: String,
    pub venue: String,
    pub venue_access: Vec<String>,
    pub online_url: String,
    pub agenda: String,
    pub status: String,
    /// "1" when ticked.
    pub is_public: String,
}

impl MeetingForm {
    /// A new meeting's form: an hour long, proposed, private.
    pub fn blank() -> MeetingForm {
        MeetingForm {
            duration: "60".into(),
            status: "proposed".into(),
            ..MeetingForm::default()
        }
    }

    /// The form for changing `fields`.
    pub fn from_fields(f: &MeetingFields) -> MeetingForm {
        let (date, time) = when::utc_to_london(f.starts_at);
        MeetingForm {
            title: f.title.clone(),
            purpose: f.purpose.clone(),
            date,
            time,
            duration: f.duration_minutes.to_string(),
            venue: f.venue.clone(),
            venue_access: f.venue_access.clone(),
            online_url: f.online_url.clone(),
            agenda: f.agenda.clone(),
            status: f.status.code().to_string(),
            is_public: if f.is_public {
                "1".into()
            } else {
                String::new()
            },
        }
    }

    pub fn has_access(&self, code: &str) -> bool {
        self.venue_access.iter().any(|c| c == code)
    }
}

/// Checks the form; every problem is reported at its field.
pub fn validate(form: &MeetingForm, lang: Lang) -> Result<MeetingFields, FieldErrors> {
    let mut errors = FieldErrors::new(lang);
    check_text(
        &mut errors,
        "title",
        &form.title,
        200,
        "meetings-error-title",
        "meetings-error-too-long",
    );
    for (field, value, max) in [
        ("purpose", &form.purpose, 5_000),
        ("venue", &form.venue, 500),
        ("agenda", &form.agenda, 20_000),
    ] {
        if value.trim().chars().count() > max {
            errors.add(field, "meetings-error-too-long");
        }
    }
    let starts_at = match when::london_to_utc(&form.date, &form.time) {
        Ok(at) => at,
        Err(problem) => {
            errors.add(problem.field(), problem.message_key());
            0
        }
    };
    let duration = form.duration.trim().parse::<i64>().unwrap_or(0);
    if !(5..=1440).contains(&duration) {
        errors.add("duration", "meetings-error-duration");
    }
    let online_url = form.online_url.trim();
    if !online_url.is_empty() && !is_web_link(online_url) {
        errors.add("online_url", "meetings-error-link");
    }
    if form.venue.trim().is_empty() && online_url.is_empty() {
        errors.add("venue", "meetings-error-place");
    }
    let status = MeetingStatus::from_code(&form.status);
    if status.is_none() {
        errors.add("status", "meetings-error-status");
    }
    let venue_access: Vec<String> = VENUE_ACCESS
        .iter()
        .filter(|code| form.has_access(code))
        .map(|code| code.to_string())
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(MeetingFields {
        title: form.title.trim().to_string(),
        purpose: form.purpose.trim().to_string(),
        starts_at,
        duration_minutes: duration,
        venue: form.venue.trim().to_string(),
        venue_access,
        online_url: online_url.to_string(),
        agenda: form.agenda.trim().to_string(),
        status: status.unwrap_or_default(),
        is_public: form.is_public == "1",
    })
}
