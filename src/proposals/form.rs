//! The proposals' forms as posted, and their checks: a new proposal, a section, a budget
//! line, submitting a version and the funder's answer.

use serde::Deserialize;

use super::model::{
    Answer, Category, FunderAnswer, NewLine, NewProposal, NewSection, SectionStatus,
};
use super::money::parse_pounds;
use super::words::words_over;
use crate::consortium::model::MemberId;
use crate::forms::{check_day, check_text, FieldErrors};
use crate::i18n::{Arg, Lang};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProposalForm {
    pub title: String,
    pub funder: String,
    pub programme: String,
    pub summary: String,
    /// One section per line: the funder's questions.
    pub sections: String,
}

impl ProposalForm {
    pub fn validate(&self, lang: Lang) -> Result<(NewProposal, Vec<NewSection>), FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        check_text(
            &mut errors,
            "title",
            &self.title,
            200,
            "proposals-error-title",
            "consult-error-too-long",
        );
        check_text(
            &mut errors,
            "funder",
            &self.funder,
            200,
            "proposals-error-funder",
            "consult-error-too-long",
        );
        for (field, value, max) in [
            ("programme", &self.programme, 200),
            ("summary", &self.summary, 5_000),
        ] {
            if value.chars().count() > max {
                errors.add(field, "consult-error-too-long");
            }
        }
        // "Title | word limit" per line; the limit is optional.
        let mut sections = Vec::new();
        for line in self
            .sections
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let (title, limit) = match line.rsplit_once('|') {
                Some((t, n)) => (t.trim(), n.trim().parse::<i64>().ok().filter(|n| *n >= 0)),
                None => (line, Some(0)),
            };
            match limit {
                Some(limit) if !title.is_empty() && title.chars().count() <= 200 => {
                    sections.push(NewSection {
                        title: title.to_string(),
                        word_limit: limit,
                        ..NewSection::default()
                    })
                }
                _ => errors.add("sections", "proposals-error-sections"),
            }
        }
        if sections.len() > 100 {
            errors.add("sections", "proposals-error-sections");
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok((
            NewProposal {
                title: self.title.trim().to_string(),
                funder: self.funder.trim().to_string(),
                programme: self.programme.trim().to_string(),
                summary: self.summary.trim().to_string(),
            },
            sections,
        ))
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct SectionForm {
    pub body: String,
    pub status: String,
    pub owner_id: String,
    pub summary: String,
    /// The revision the page was opened on.
    pub base: String,
}

/// A checked section save.
pub struct CheckedSection {
    pub body: String,
    pub status: SectionStatus,
    pub owner_id: Option<MemberId>,
    pub base: i64,
}

impl SectionForm {
    /// `owners` are the members a section may be given to.
    pub fn validate(
        &self,
        lang: Lang,
        word_limit: i64,
        owners: &[MemberId],
    ) -> Result<CheckedSection, FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        let body = self.body.replace("\r\n", "\n").trim().to_string();
        if let Some(over) = words_over(&body, word_limit) {
            let message = lang.t_args(
                "proposals-error-over-limit",
                &[("over", Arg::from(over)), ("limit", Arg::from(word_limit))],
            );
            errors.list.push(crate::forms::FieldError {
                field: "body".into(),
                message,
            });
        } else if body.chars().count() > 100_000 {
            errors.add("body", "consult-error-too-long");
        }
        let status = SectionStatus::from_code(&self.status);
        if status.is_none() {
            errors.add("status", "proposals-error-status");
        }
        let owner_id = match self.owner_id.trim() {
            "" => None,
            id => match id
                .parse::<i64>()
                .ok()
                .map(MemberId)
                .filter(|m| owners.contains(m))
            {
                Some(m) => Some(m),
                None => {
                    errors.add("owner_id", "proposals-error-owner");
                    None
                }
            },
        };
        if self.summary.chars().count() > 300 {
            errors.add("summary", "consult-error-too-long");
        }
        match status {
            Some(status) if errors.is_empty() => Ok(CheckedSection {
                body,
                status,
                owner_id,
                base: self.base.trim().parse().unwrap_or(-1),
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct LineForm {
    pub action: String,
    pub line_id: String,
    pub member_id: String,
    pub item: String,
    pub category: String,
    pub year: String,
    pub amount: String,
}

impl LineForm {
    pub fn validate(&self, lang: Lang, partners: &[MemberId]) -> Result<NewLine, FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        check_text(
            &mut errors,
            "item",
            &self.item,
            300,
            "proposals-error-item",
            "consult-error-too-long",
        );
        let member_id = match self.member_id.trim() {
            "" => None,
            id => match id
                .parse::<i64>()
                .ok()
                .map(MemberId)
                .filter(|m| partners.contains(m))
            {
                Some(m) => Some(m),
                None => {
                    errors.add("member_id", "proposals-error-owner");
                    None
                }
            },
        };
        let category = Category::from_code(&self.category);
        if category.is_none() {
            errors.add("category", "proposals-error-category");
        }
        let year = match self.year.trim().parse::<i64>() {
            Ok(y) if (1..=10).contains(&y) => y,
            _ => {
                errors.add("year", "proposals-error-year");
                0
            }
        };
        let amount_pence = parse_pounds(&self.amount).unwrap_or_else(|p| {
            errors.add("amount", p.message_key());
            0
        });
        match category {
            Some(category) if errors.is_empty() => Ok(NewLine {
                member_id,
                item: self.item.trim().to_string(),
                category,
                year,
                amount_pence,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct SubmitForm {
    pub version: String,
    pub submitted_on: String,
    pub reference: String,
    pub requested: String,
}

impl SubmitForm {
    /// The day (London), the funder's reference and the amount requested in pence.
    pub fn validate(&self, lang: Lang) -> Result<(String, String, i64), FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        let day = check_day(&mut errors, "submitted_on", &self.submitted_on);
        if self.reference.chars().count() > 100 {
            errors.add("reference", "consult-error-too-long");
        }
        let requested = parse_pounds(&self.requested).unwrap_or_else(|p| {
            errors.add("requested", p.message_key());
            0
        });
        match day {
            Some(day) if errors.is_empty() => {
                Ok((day, self.reference.trim().to_string(), requested))
            }
            _ => Err(errors),
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    pub answer: String,
    pub award: String,
    pub conditions: String,
    pub start: String,
    pub feedback: String,
}

impl AnswerForm {
    pub fn validate(&self, lang: Lang) -> Result<FunderAnswer, FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        let answer = Answer::from_code(&self.answer);
        let (mut award_pence, mut start) = (None, None);
        match answer {
            None => errors.add("answer", "proposals-error-answer"),
            Some(Answer::Awarded) => {
                award_pence = parse_pounds(&self.award)
                    .map_err(|p| errors.add("award", p.message_key()))
                    .ok();
                start = check_day(&mut errors, "start", &self.start);
            }
            Some(_) => {}
        }
        for (field, value) in [
            ("conditions", &self.conditions),
            ("feedback", &self.feedback),
        ] {
            if value.chars().count() > 10_000 {
                errors.add(field, "consult-error-too-long");
            }
        }
        match answer {
            Some(answer) if errors.is_empty() => Ok(FunderAnswer {
                answer,
                award_pence,
                conditions: self.conditions.trim().to_string(),
                start,
                feedback: self.feedback.trim().to_string(),
            }),
            _ => Err(errors),
        }
    }
}
