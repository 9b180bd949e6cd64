//! The organisers' event form and the public registration form, as posted, and their checks.

use serde::Deserialize;

use super::model::{EventFields, REGISTRATION_TYPES};
use super::registration::Details;
use crate::calendar::access_needs::{known, ACCESS_NEEDS, DIETARY};
use crate::calendar::venue::is_web_link;
use crate::calendar::venue::VENUE_ACCESS;
use crate::calendar::when;
use crate::forms::{check_email, check_text, FieldErrors};
use crate::i18n::Lang;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct EventForm {
    pub title: String,
    pub description: String,
    pub easy_read: String,
    pub start_date: String,
    pub start_time: String,
    pub end_date: String,
    pub end_time: String,
    pub venue: String,
    pub venue_access: Vec<String>,
    pub online_url: String,
    pub capacity: String,
    pub opens_date: String,
    pub opens_time: String,
    pub closes_date: String,
    pub closes_time: String,
    pub registration_types: Vec<String>,
    pub reminder_days: String,
    pub feedback_url: String,
    pub is_example: String,
    pub is_public: String,
}

fn flag(on: bool) -> String {
    if on {
        "1".into()
    } else {
        String::new()
    }
}

impl EventForm {
    pub fn blank() -> EventForm {
        EventForm {
            capacity: "50".into(),
            reminder_days: "2".into(),
            registration_types: REGISTRATION_TYPES.iter().map(|t| t.to_string()).collect(),
            is_public: "1".into(),
            ..EventForm::default()
        }
    }

    pub fn from_fields(f: &EventFields) -> EventForm {
        let (start_date, start_time) = when::utc_to_london(f.starts_at);
        let (end_date, end_time) = when::utc_to_london(f.ends_at);
        let (opens_date, opens_time) = when::utc_to_london(f.registration_opens_at);
        let (closes_date, closes_time) = when::utc_to_london(f.registration_closes_at);
        EventForm {
            title: f.title.clone(),
            description: f.description.clone(),
            easy_read: f.easy_read.clone(),
            start_date,
            start_time,
            end_date,
            end_time,
            venue: f.venue.clone(),
            venue_access: f.venue_access.clone(),
            online_url: f.online_url.clone(),
            capacity: f.capacity.to_string(),
            opens_date,
            opens_time,
            closes_date,
            closes_time,
            registration_types: f.registration_types.clone(),
            reminder_days: f.reminder_days.to_string(),
            feedback_url: f.feedback_url.clone(),
            is_example: flag(f.is_example),
            is_public: flag(f.is_public),
        }
    }

    pub fn has_access(&self, code: &str) -> bool {
        self.venue_access.iter().any(|c| c == code)
    }

    pub fn offers(&self, kind: &str) -> bool {
        self.registration_types.iter().any(|c| c == kind)
    }
}

/// Reads a London date and time into UTC, reporting problems at `<prefix>_date` / `<prefix>_time`.
pub fn read_when(errors: &mut FieldErrors, prefix: &str, date: &str, time: &str) -> Option<i64> {
    match when::london_to_utc(date, time) {
        Ok(at) => Some(at),
        Err(problem) => {
            errors.add(
                format!("{prefix}_{}", problem.field()),
                problem.message_key(),
            );
            None
        }
    }
}

/// Checks the organisers' form. `now` is for refusing a new event that has already ended.
pub fn validate(
    form: &EventForm,
    lang: Lang,
    is_new: bool,
    now: i64,
) -> Result<EventFields, FieldErrors> {
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
        ("description", &form.description, 20_000),
        ("easy_read", &form.easy_read, 5_000),
        ("venue", &form.venue, 500),
    ] {
        if value.trim().chars().count() > max {
            errors.add(field, "meetings-error-too-long");
        }
    }
    let starts = read_when(&mut errors, "start", &form.start_date, &form.start_time);
    let ends = read_when(&mut errors, "end", &form.end_date, &form.end_time);
    if let (Some(s), Some(e)) = (starts, ends) {
        if e <= s {
            errors.add("end_date", "events-error-end-before-start");
        } else if e - s > 14 * 86_400 {
            errors.add("end_date", "events-error-too-long-event");
        } else if is_new && e <= now {
            errors.add("start_date", "events-error-in-past");
        }
    }
    let opens = read_when(&mut errors, "opens", &form.opens_date, &form.opens_time);
    let closes = read_when(&mut errors, "closes", &form.closes_date, &form.closes_time);
    if let (Some(o), Some(c)) = (opens, closes) {
        if c <= o {
            errors.add("closes_date", "events-error-closes-before-opens");
        } else if let Some(e) = ends {
            if c > e {
                errors.add("closes_date", "events-error-closes-after-end");
            }
        }
    }
    let capacity = form.capacity.trim().parse::<i64>().unwrap_or(-1);
    if !(0..=100_000).contains(&capacity) {
        errors.add("capacity", "events-error-capacity");
    }
    let reminder_days = form.reminder_days.trim().parse::<i64>().unwrap_or(-1);
    if !(0..=30).contains(&reminder_days) {
        errors.add("reminder_days", "events-error-reminder");
    }
    let online_url = form.online_url.trim();
    if !online_url.is_empty() && !is_web_link(online_url) {
        errors.add("online_url", "meetings-error-link");
    }
    let feedback_url = form.feedback_url.trim();
    if !feedback_url.is_empty() && !is_web_link(feedback_url) {
        errors.add("feedback_url", "meetings-error-link");
    }
    if form.venue.trim().is_empty() && online_url.is_empty() {
        errors.add("venue", "meetings-error-place");
    }
    let types = known(&REGISTRATION_TYPES, &form.registration_types);
    if types.is_empty() {
        errors.add("registration_types", "events-error-types");
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(EventFields {
        title: form.title.trim().to_string(),
        description: form.description.trim().to_string(),
        easy_read: form.easy_read.trim().to_string(),
        starts_at: starts.unwrap_or_default(),
        ends_at: ends.unwrap_or_default(),
        venue: form.venue.trim().to_string(),
        venue_access: known(&VENUE_ACCESS, &form.venue_access),
        online_url: online_url.to_string(),
        capacity,
        registration_opens_at: opens.unwrap_or_default(),
        registration_closes_at: closes.unwrap_or_default(),
        registration_types: types,
        reminder_days,
        feedback_url: feedback_url.to_string(),
        is_example: form.is_example == "1",
        is_public: form.is_public == "1",
    })
}

/// The registration form (also used to change a registration; `email` is then ignored).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RegistrationForm {
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub kind: String,
    pub access_needs: Vec<String>,
    pub dietary: Vec<String>,
    pub access_other: String,
    /// The honeypot: hidden from people, filled in by bots.
    pub fax_number: String,
}

impl RegistrationForm {
    pub fn from_details(d: &Details) -> RegistrationForm {
        RegistrationForm {
            name: d.name.clone(),
            email: d.email.clone(),
            organisation: d.organisation.clone(),
            kind: d.kind.clone(),
            access_needs: d.access_needs.clone(),
            dietary: d.dietary.clone(),
            access_other: d.access_other.clone(),
            fax_number: String::new(),
        }
    }

    pub fn needs(&self, code: &str) -> bool {
        self.access_needs.iter().any(|c| c == code)
    }

    pub fn eats(&self, code: &str) -> bool {
        self.dietary.iter().any(|c| c == code)
    }
}

/// Checks a registration against what the event offers.
pub fn validate_registration(
    form: &RegistrationForm,
    offered: &[String],
    with_email: bool,
    lang: Lang,
) -> Result<Details, FieldErrors> {
    let mut errors = FieldErrors::new(lang);
    check_text(
        &mut errors,
        "name",
        &form.name,
        100,
        "error-name-missing",
        "error-name-too-long",
    );
    if with_email {
        check_email(&mut errors, "email", &form.email);
    }
    if form.organisation.trim().chars().count() > 200 {
        errors.add("organisation", "meetings-error-too-long");
    }
    if !offered.contains(&form.kind) {
        errors.add("kind", "events-error-kind");
    }
    if form.access_other.trim().chars().count() > 2_000 {
        errors.add("access_other", "meetings-error-too-long");
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Details {
        name: form.name.trim().to_string(),
        email: form.email.trim().to_lowercase(),
        organisation: form.organisation.trim().to_string(),
        kind: form.kind.clone(),
        access_needs: known(&ACCESS_NEEDS, &form.access_needs),
        dietary: known(&DIETARY, &form.dietary),
        access_other: form.access_other.trim().to_string(),
    })
}

/// The programme form on the event page.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct SessionForm {
    pub action: String,
    pub session_id: String,
    pub session_title: String,
    pub session_description: String,
    pub session_date: String,
    pub session_time: String,
    pub session_end_time: String,
}
