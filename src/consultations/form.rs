//! The editors' consultation form and the comment form, as posted, and their checks.

use serde::Deserialize;

use super::model::{ConsultationFields, WelshFields};
use crate::calendar::when;
use crate::forms::{check_text, FieldErrors};
use crate::i18n::Lang;

/// The longest document kept (about 30,000 words).
pub const MAX_DOCUMENT: usize = 200_000;
/// The longest comment kept.
pub const MAX_COMMENT: usize = 5_000;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ConsultationForm {
    pub title: String,
    pub summary: String,
    pub easy_read: String,
    pub consulting: String,
    pub draft: String,
    pub opens_date: String,
    pub opens_time: String,
    pub closes_date: String,
    pub closes_time: String,
    pub title_cy: String,
    pub summary_cy: String,
    pub easy_read_cy: String,
    pub draft_cy: String,
}

impl ConsultationForm {
    pub fn from_fields(f: &ConsultationFields) -> ConsultationForm {
        let split = |t: Option<i64>| t.map(when::utc_to_london).unwrap_or_default();
        let (opens_date, opens_time) = split(f.opens_at);
        let (closes_date, closes_time) = split(f.closes_at);
        ConsultationForm {
            title: f.title.clone(),
            summary: f.summary.clone(),
            easy_read: f.easy_read.clone(),
            consulting: f.consulting.clone(),
            draft: f.draft.clone(),
            opens_date,
            opens_time,
            closes_date,
            closes_time,
            title_cy: f.welsh.title.clone(),
            summary_cy: f.welsh.summary.clone(),
            easy_read_cy: f.welsh.easy_read.clone(),
            draft_cy: f.welsh.draft.clone(),
        }
    }

    /// The fields, or the errors at each field.
    pub fn validate(&self, lang: Lang) -> Result<ConsultationFields, FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        check_text(
            &mut errors,
            "title",
            &self.title,
            200,
            "consult-error-title",
            "consult-error-too-long",
        );
        for (field, value, max) in [
            ("summary", &self.summary, 2_000),
            ("easy_read", &self.easy_read, 5_000),
            ("consulting", &self.consulting, 300),
            ("draft", &self.draft, MAX_DOCUMENT),
            ("title_cy", &self.title_cy, 200),
            ("summary_cy", &self.summary_cy, 2_000),
            ("easy_read_cy", &self.easy_read_cy, 5_000),
            ("draft_cy", &self.draft_cy, MAX_DOCUMENT),
        ] {
            if value.chars().count() > max {
                errors.add(field, "consult-error-too-long");
            }
        }
        let mut at = |date: &str, time: &str, field: &'static str| -> Option<i64> {
            if date.trim().is_empty() && time.trim().is_empty() {
                return None;
            }
            match when::london_to_utc(
                date,
                if time.trim().is_empty() {
                    "00:00"
                } else {
                    time
                },
            ) {
                Ok(t) => Some(t),
                Err(e) => {
                    errors.add(field, e.message_key());
                    None
                }
            }
        };
        let opens_at = at(&self.opens_date, &self.opens_time, "opens_date");
        let closes_at = at(&self.closes_date, &self.closes_time, "closes_date");
        if let (Some(opens), Some(closes)) = (opens_at, closes_at) {
            if closes <= opens {
                errors.add("closes_date", "consult-error-closes-before");
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ConsultationFields {
            title: self.title.trim().to_string(),
            summary: self.summary.trim().to_string(),
            easy_read: self.easy_read.trim().to_string(),
            consulting: self.consulting.trim().to_string(),
            draft: self.draft.replace("\r\n", "\n"),
            opens_at,
            closes_at,
            welsh: WelshFields {
                title: self.title_cy.trim().to_string(),
                summary: self.summary_cy.trim().to_string(),
                easy_read: self.easy_read_cy.trim().to_string(),
                draft: self.draft_cy.replace("\r\n", "\n"),
            },
        })
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct CommentForm {
    pub body: String,
    /// The comment this replies to, if any.
    pub reply_to: String,
    /// A suggested new wording for the part (the suggestion form on the same page).
    pub proposed: String,
}

impl CommentForm {
    pub fn validate(&self, lang: Lang) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        check_text(
            &mut errors,
            "body",
            &self.body,
            MAX_COMMENT,
            "consult-error-comment",
            "consult-error-too-long",
        );
        if errors.is_empty() {
            Ok(self.body.trim().to_string())
        } else {
            Err(errors)
        }
    }
}

/// A suggested wording: present, not too long, and not the same as the part's text.
pub fn check_proposed(lang: Lang, proposed: &str, current: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new(lang);
    check_text(
        &mut errors,
        "proposed",
        proposed,
        20_000,
        "consult-error-proposed",
        "consult-error-too-long",
    );
    if errors.is_empty() && proposed.trim() == current.trim() {
        errors.add("proposed", "consult-error-proposed-same");
    }
    if errors.is_empty() {
        Ok(proposed.trim().replace("\r\n", "\n"))
    } else {
        Err(errors)
    }
}
