//! The plan's forms as posted, and their checks: an output, an outcome, a milestone,
//! evidence and a progress update.

use serde::Deserialize;

use super::model::{
    EvidenceKind, MilestoneId, OutcomeId, Output, OutputFields, ProgressMode, Status,
};
use crate::forms::{check_day, check_text, FieldErrors};
use crate::i18n::Lang;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct OutputForm {
    pub outcome_id: String,
    pub title: String,
    pub description: String,
    /// `org:<id>`, `user:<id>` or empty.
    pub owner: String,
    pub starts_on: String,
    pub due_on: String,
    pub status: String,
    pub status_reason: String,
    pub progress_mode: String,
    pub progress_percent: String,
    pub note: String,
}

/// A day or nothing: empty is allowed; otherwise it must be a real date.
fn optional_day(errors: &mut FieldErrors, field: &'static str, value: &str) -> Option<String> {
    if value.trim().is_empty() {
        None
    } else {
        check_day(errors, field, value)
    }
}

/// A percentage 0–100 (empty is 0), or the message at `field`.
pub fn check_percent(errors: &mut FieldErrors, field: &'static str, value: &str) -> i64 {
    match value.trim() {
        "" => 0,
        text => match text.trim_end_matches('%').trim().parse::<i64>() {
            Ok(n) if (0..=100).contains(&n) => n,
            _ => {
                errors.add(field, "plan-error-percent");
                0
            }
        },
    }
}

/// A status, and its reason when the status needs one.
pub fn check_status(errors: &mut FieldErrors, status: &str, reason: &str) -> Status {
    let Some(status) = Status::from_code(status) else {
        errors.add("status", "plan-error-status");
        return Status::NotStarted;
    };
    if status.needs_reason() && reason.trim().is_empty() {
        errors.add("status_reason", "plan-error-reason");
    }
    if reason.chars().count() > 1000 {
        errors.add("status_reason", "plan-error-too-long");
    }
    status
}

impl OutputForm {
    pub fn from_output(o: &Output) -> OutputForm {
        OutputForm {
            outcome_id: o.outcome_id.map(|i| i.0.to_string()).unwrap_or_default(),
            title: o.title.clone(),
            description: o.description.clone(),
            owner: match (o.owner_org_id, o.owner_user_id) {
                (Some(org), _) => format!("org:{org}"),
                (None, Some(user)) => format!("user:{user}"),
                _ => String::new(),
            },
            starts_on: o.starts_on.clone().unwrap_or_default(),
            due_on: o.due_on.clone().unwrap_or_default(),
            status: o.status.code().into(),
            status_reason: o.status_reason.clone(),
            progress_mode: o.progress_mode.code().into(),
            progress_percent: o.progress_percent.to_string(),
            note: String::new(),
        }
    }

    /// The checked fields. `last_milestone` is the latest milestone's due date, which the
    /// output's end may not come before.
    pub fn validate(
        &self,
        lang: Lang,
        last_milestone: Option<&str>,
    ) -> Result<OutputFields, FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        check_text(
            &mut errors,
            "title",
            &self.title,
            300,
            "plan-error-title",
            "plan-error-too-long",
        );
        if self.description.chars().count() > 5000 {
            errors.add("description", "plan-error-too-long");
        }
        let (owner_org_id, owner_user_id) = match self.owner.split_once(':') {
            Some(("org", id)) => (id.parse::<i64>().ok(), None),
            Some(("user", id)) => (None, id.parse::<i64>().ok()),
            _ => (None, None),
        };
        if !self.owner.is_empty() && owner_org_id.is_none() && owner_user_id.is_none() {
            errors.add("owner", "plan-error-owner");
        }
        let starts_on = optional_day(&mut errors, "starts_on", &self.starts_on);
        let due_on = optional_day(&mut errors, "due_on", &self.due_on);
        if let (Some(start), Some(due)) = (&starts_on, &due_on) {
            if due < start {
                errors.add("due_on", "plan-error-due-before-start");
            }
        }
        if let (Some(due), Some(last)) = (&due_on, last_milestone) {
            if last > due.as_str() {
                errors.add("due_on", "plan-error-due-before-milestone");
            }
        }
        let status = check_status(&mut errors, &self.status, &self.status_reason);
        let progress_mode = ProgressMode::from_code(&self.progress_mode).unwrap_or_default();
        let progress_percent =
            check_percent(&mut errors, "progress_percent", &self.progress_percent);
        if self.note.chars().count() > 1000 {
            errors.add("note", "plan-error-too-long");
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(OutputFields {
            outcome_id: self.outcome_id.parse::<i64>().ok().map(OutcomeId),
            title: self.title.trim().to_string(),
            description: self.description.trim().to_string(),
            owner_org_id,
            owner_user_id,
            starts_on,
            due_on,
            status,
            status_reason: self.status_reason.trim().to_string(),
            progress_mode,
            progress_percent,
        })
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct OutcomeForm {
    pub title: String,
    pub description: String,
}

impl OutcomeForm {
    pub fn validate(&self, lang: Lang) -> Result<(String, String), FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        check_text(
            &mut errors,
            "outcome_title",
            &self.title,
            300,
            "plan-error-title",
            "plan-error-too-long",
        );
        if self.description.chars().count() > 5000 {
            errors.add("outcome_description", "plan-error-too-long");
        }
        if errors.is_empty() {
            Ok((self.title.trim().into(), self.description.trim().into()))
        } else {
            Err(errors)
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct MilestoneForm {
    pub milestone_title: String,
    pub milestone_due_on: String,
}

impl MilestoneForm {
    /// The title and due date, which must fall within the output's dates.
    pub fn validate(&self, lang: Lang, output: &Output) -> Result<(String, String), FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        check_text(
            &mut errors,
            "milestone_title",
            &self.milestone_title,
            300,
            "plan-error-title",
            "plan-error-too-long",
        );
        let due = check_day(&mut errors, "milestone_due_on", &self.milestone_due_on);
        if let Some(due) = &due {
            if output.due_on.as_ref().is_some_and(|end| due > end) {
                errors.add("milestone_due_on", "plan-error-milestone-after-end");
            }
            if output.starts_on.as_ref().is_some_and(|start| due < start) {
                errors.add("milestone_due_on", "plan-error-milestone-before-start");
            }
        }
        match due {
            Some(due) if errors.is_empty() => Ok((self.milestone_title.trim().into(), due)),
            _ => Err(errors),
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct EvidenceForm {
    /// `<kind>:<id>`, as the list offers.
    pub target: String,
    /// A milestone id, or empty for the output itself.
    pub milestone: String,
}

impl EvidenceForm {
    pub fn parse(&self) -> Option<(EvidenceKind, i64, Option<MilestoneId>)> {
        let (kind, id) = self.target.split_once(':')?;
        let kind = EvidenceKind::from_code(kind)?;
        let id = id.parse::<i64>().ok().filter(|i| *i > 0)?;
        let milestone = match self.milestone.trim() {
            "" => None,
            m => Some(MilestoneId(m.parse::<i64>().ok()?)),
        };
        Some((kind, id, milestone))
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct UpdateForm {
    pub status: String,
    pub status_reason: String,
    pub progress_percent: String,
    pub note: String,
}

impl UpdateForm {
    pub fn validate(&self, lang: Lang) -> Result<(Status, i64), FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        let status = check_status(&mut errors, &self.status, &self.status_reason);
        let progress = check_percent(&mut errors, "progress_percent", &self.progress_percent);
        check_text(
            &mut errors,
            "note",
            &self.note,
            1000,
            "plan-error-note",
            "plan-error-too-long",
        );
        if errors.is_empty() {
            Ok((status, progress))
        } else {
            Err(errors)
        }
    }
}
