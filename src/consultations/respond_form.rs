//! The response form as posted: answers to the consultation's questions (`q_<id>`, repeated
//! for several choices), who is responding (name, e-mail for visitors, on behalf of an
//! organisation, whether the name is published), the optional self-description (nation,
//! groups), following, and which button was pressed. Checks give a message at each field
//! and keep everything typed.

use std::collections::HashMap;

use super::model::{Answers, Question, QuestionKind, MAX_ANSWER};
use crate::forms::{check_email, check_text, FieldErrors};
use crate::i18n::Lang;
use crate::taxonomy;

/// What was posted, kept as typed so that a refused form comes back filled in.
#[derive(Clone, Debug, Default)]
pub struct RespondForm {
    /// Question id → what was posted for it.
    pub answers: HashMap<i64, Vec<String>>,
    pub name: String,
    pub email: String,
    /// "self" or "organisation".
    pub on_behalf: String,
    pub organisation: String,
    /// "yes" to publish the name.
    pub publish_name: String,
    pub nation: String,
    pub groups: Vec<String>,
    pub follow: bool,
    /// "submit" sends the response; anything else saves it for later.
    pub action: String,
    /// How a response entered by a coordinator arrived.
    pub received_via: String,
    /// The honeypot: hidden from people, filled in by bots.
    pub fax_number: String,
}

impl RespondForm {
    /// Reads the posted pairs.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> RespondForm {
        let mut f = RespondForm::default();
        for (key, value) in pairs {
            if let Some(id) = key.strip_prefix("q_").and_then(|id| id.parse::<i64>().ok()) {
                f.answers.entry(id).or_default().push(value);
                continue;
            }
            match key.as_str() {
                "name" => f.name = value,
                "email" => f.email = value,
                "on_behalf" => f.on_behalf = value,
                "organisation" => f.organisation = value,
                "publish_name" => f.publish_name = value,
                "nation" => f.nation = value,
                "group" => f.groups.push(value),
                "follow" => f.follow = value == "yes",
                "action" => f.action = value,
                "received_via" => f.received_via = value,
                "fax_number" => f.fax_number = value,
                _ => {}
            }
        }
        f
    }

    pub fn submitting(&self) -> bool {
        self.action == "submit"
    }

    /// Whether choice `value` of question `id` is chosen (for the form's checked boxes).
    pub fn has(&self, id: &i64, value: &str) -> bool {
        self.answers
            .get(id)
            .is_some_and(|v| v.iter().any(|x| x == value))
    }

    /// The text typed for question `id`.
    pub fn text(&self, id: &i64) -> String {
        self.answers
            .get(id)
            .map(|v| v.join("\n"))
            .unwrap_or_default()
    }

    pub fn in_group(&self, code: &str) -> bool {
        self.groups.iter().any(|g| g == code)
    }

    /// Checks the form against `questions`; `need_email` for visitors. Returns the answers
    /// and self-description, or the errors at each field.
    pub fn validate(
        &self,
        lang: Lang,
        questions: &[Question],
        need_email: bool,
    ) -> Result<Answers, FieldErrors> {
        let mut errors = FieldErrors::new(lang);
        check_text(
            &mut errors,
            "name",
            &self.name,
            200,
            "consult-error-name",
            "consult-error-too-long",
        );
        if need_email {
            check_email(&mut errors, "email", &self.email);
        }
        if self.on_behalf == "organisation" && self.organisation.trim().is_empty() {
            errors.add("organisation", "consult-error-organisation");
        }
        let mut answers = Vec::new();
        for q in questions {
            let field = format!("q_{}", q.id.0);
            let posted = self.answers.get(&q.id.0).cloned().unwrap_or_default();
            match q.answer_from(&posted) {
                Some(value)
                    if q.kind == QuestionKind::Text && value.chars().count() > MAX_ANSWER =>
                {
                    errors.add(field, "consult-error-too-long")
                }
                Some(value) => answers.push((q.id, value)),
                None => errors.add(field, "consult-error-choice"),
            }
        }
        if self.submitting() && answers.iter().all(|(_, v)| v.is_empty()) && !questions.is_empty() {
            if let Some(q) = questions.first() {
                errors.add(format!("q_{}", q.id.0), "consult-error-no-answers");
            }
        }
        let mut profile = Vec::new();
        if !self.nation.is_empty() {
            if taxonomy::is_nation(&self.nation) {
                profile.push(("nation", self.nation.clone()));
            } else {
                errors.add("nation", "consult-error-choice");
            }
        }
        for g in &self.groups {
            if taxonomy::characteristics().iter().any(|c| c == g) {
                profile.push(("group", g.clone()));
            } else {
                errors.add("groups", "consult-error-choice");
            }
        }
        if errors.is_empty() {
            Ok(Answers { answers, profile })
        } else {
            Err(errors)
        }
    }
}
