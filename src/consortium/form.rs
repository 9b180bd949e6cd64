//! The consortium's forms as posted, and their checks: a member, a representative, the
//! rules, a decision, a stance and an outcome statement.

use serde::Deserialize;

use super::model::{
    BlockBy, BlockEffect, Member, MemberRole, NewDecision, ObjectionEffect, RuleTerms, Stance,
};
use crate::calendar::when;
use crate::forms::{check_day, check_text, FieldErrors};
use crate::i18n::Lang;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct MemberForm {
    pub organisation_id: String,
    pub role: String,
    pub joined_on: String,
    pub left_on: String,
}

/// A checked member form.
pub struct CheckedMember {
    pub organisation_id: i64,
    pub role: MemberRole,
    pub joined_on: String,
    pub left_on: Option<String>,
}

impl MemberForm {
    pub fn from_member(m: &Member) -> MemberForm {
        MemberForm {
            organisation_id: m.organisation_id.to_string(),
            role: m.role.code().to_string(),
            joined_on: m.joined_on.clone(),
            left_on: m.left_on.clone().unwrap_or_default(),
        }
    }

    /// With `new`, the organisation must be chosen.
    pub fn validate(&self, lang: Lang, new: bool) -> Result<CheckedMember, FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        let organisation_id = self.organisation_id.trim().parse::<i64>().unwrap_or(0);
        if new && organisation_id <= 0 {
            errors.add("organisation_id", "consortium-error-organisation");
        }
        let role = MemberRole::from_code(&self.role);
        if role.is_none() {
            errors.add("role", "consortium-error-role");
        }
        let joined_on = check_day(&mut errors, "joined_on", &self.joined_on);
        let left_on = if self.left_on.trim().is_empty() {
            None
        } else {
            check_day(&mut errors, "left_on", &self.left_on)
        };
        if let (Some(joined), Some(left)) = (&joined_on, &left_on) {
            if left < joined {
                errors.add("left_on", "consortium-error-left-before");
            }
        }
        match (role, joined_on) {
            (Some(role), Some(joined_on)) if errors.is_empty() => Ok(CheckedMember {
                organisation_id,
                role,
                joined_on,
                left_on,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RepresentativeForm {
    /// `add`, `signatory` or `remove`.
    pub action: String,
    pub user_id: String,
    pub signatory: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RulesForm {
    pub quorum_percent: String,
    pub objection_effect: String,
    pub objection_percent: String,
    pub block_by: String,
    pub block_effect: String,
    pub default_days: String,
    pub body: String,
    pub agreed_on: String,
}

fn number_in(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    range: std::ops::RangeInclusive<i64>,
) -> i64 {
    match value.trim().parse::<i64>() {
        Ok(n) if range.contains(&n) => n,
        _ => {
            errors.add(
                field,
                &format!("consortium-error-{}", field.replace('_', "-")),
            );
            0
        }
    }
}

impl RulesForm {
    pub fn from_terms(t: &RuleTerms, agreed_on: &str) -> RulesForm {
        RulesForm {
            quorum_percent: t.quorum_percent.to_string(),
            objection_effect: t.objection_effect.code().to_string(),
            objection_percent: t.objection_percent.to_string(),
            block_by: t.block_by.code().to_string(),
            block_effect: t.block_effect.code().to_string(),
            default_days: t.default_days.to_string(),
            body: t.body.clone(),
            agreed_on: agreed_on.to_string(),
        }
    }

    pub fn validate(&self, lang: Lang) -> Result<(RuleTerms, String), FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        let quorum_percent =
            number_in(&mut errors, "quorum_percent", &self.quorum_percent, 0..=100);
        let objection_effect = ObjectionEffect::from_code(&self.objection_effect);
        if objection_effect.is_none() {
            errors.add("objection_effect", "consortium-error-choose");
        }
        let objection_percent = if objection_effect == Some(ObjectionEffect::Share) {
            number_in(
                &mut errors,
                "objection_percent",
                &self.objection_percent,
                1..=100,
            )
        } else {
            0
        };
        let block_by = BlockBy::from_code(&self.block_by);
        if block_by.is_none() {
            errors.add("block_by", "consortium-error-choose");
        }
        let block_effect = BlockEffect::from_code(&self.block_effect);
        if block_effect.is_none() {
            errors.add("block_effect", "consortium-error-choose");
        }
        let default_days = number_in(&mut errors, "default_days", &self.default_days, 1..=90);
        if self.body.chars().count() > 20_000 {
            errors.add("body", "consult-error-too-long");
        }
        let agreed_on = check_day(&mut errors, "agreed_on", &self.agreed_on);
        match (objection_effect, block_by, block_effect, agreed_on) {
            (Some(objection_effect), Some(block_by), Some(block_effect), Some(day))
                if errors.is_empty() =>
            {
                Ok((
                    RuleTerms {
                        quorum_percent,
                        objection_effect,
                        objection_percent,
                        block_by,
                        block_effect,
                        default_days,
                        body: self.body.trim().replace("\r\n", "\n"),
                    },
                    day,
                ))
            }
            _ => Err(errors),
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    pub title: String,
    pub proposal: String,
    pub background: String,
    pub opens_date: String,
    pub opens_time: String,
    pub closes_date: String,
    pub closes_time: String,
    /// A wiki page's revision, or a file, given as documents (chosen from lists).
    pub wiki_revision_id: String,
    pub file_id: String,
}

/// An optional id chosen from a list ("" for none).
fn chosen_id(value: &str) -> Option<i64> {
    value.trim().parse::<i64>().ok().filter(|n| *n > 0)
}

impl DecisionForm {
    pub fn validate(&self, lang: Lang, now: i64) -> Result<NewDecision, FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        check_text(
            &mut errors,
            "title",
            &self.title,
            200,
            "consortium-error-title",
            "consult-error-too-long",
        );
        check_text(
            &mut errors,
            "proposal",
            &self.proposal,
            20_000,
            "consortium-error-proposal",
            "consult-error-too-long",
        );
        if self.background.chars().count() > 20_000 {
            errors.add("background", "consult-error-too-long");
        }
        let mut at = |date: &str, time: &str, field: &'static str| -> Option<i64> {
            let time = if time.trim().is_empty() {
                "09:00"
            } else {
                time
            };
            match when::london_to_utc(date, time) {
                Ok(t) => Some(t),
                Err(e) => {
                    errors.add(field, e.message_key());
                    None
                }
            }
        };
        let opens_at = if self.opens_date.trim().is_empty() {
            Some(now)
        } else {
            at(&self.opens_date, &self.opens_time, "opens_date")
        };
        let closes_at = at(&self.closes_date, &self.closes_time, "closes_date");
        if let (Some(opens), Some(closes)) = (opens_at, closes_at) {
            if closes <= opens {
                errors.add("closes_date", "consult-error-closes-before");
            } else if closes <= now {
                errors.add("closes_date", "consortium-error-closes-past");
            }
        }
        match (opens_at, closes_at) {
            (Some(opens_at), Some(closes_at)) if errors.is_empty() => Ok(NewDecision {
                title: self.title.trim().to_string(),
                proposal: self.proposal.trim().replace("\r\n", "\n"),
                background: self.background.trim().replace("\r\n", "\n"),
                opens_at,
                closes_at,
                wiki_revision_id: chosen_id(&self.wiki_revision_id),
                file_id: chosen_id(&self.file_id),
                ..NewDecision::default()
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct StanceForm {
    /// The round the page showed (a stance for an earlier round is refused).
    pub round: String,
    pub stance: String,
    pub reason: String,
    /// A coordinator recording for a member: which, and how its agreement was given.
    pub member_id: String,
    pub how: String,
}

impl StanceForm {
    /// The stance and reason; `on_behalf` asks for the member and how.
    pub fn validate(&self, lang: Lang, on_behalf: bool) -> Result<(Stance, String), FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        let stance = Stance::from_code(&self.stance);
        match stance {
            None => errors.add("stance", "consortium-error-stance"),
            Some(s) if s.needs_reason() && self.reason.trim().is_empty() => {
                errors.add("reason", "consortium-error-reason")
            }
            _ => {}
        }
        if self.reason.chars().count() > 5_000 {
            errors.add("reason", "consult-error-too-long");
        }
        if on_behalf {
            if chosen_id(&self.member_id).is_none() {
                errors.add("member_id", "consortium-error-member");
            }
            check_text(
                &mut errors,
                "how",
                &self.how,
                300,
                "consortium-error-how",
                "consult-error-too-long",
            );
        }
        match stance {
            Some(s) if errors.is_empty() => Ok((s, self.reason.trim().to_string())),
            _ => Err(errors),
        }
    }
}
