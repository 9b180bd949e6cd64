//! A consultation's own questions: free text, one choice, several choices, or an
//! agree/disagree scale, asked in order in its one response form. Questions can be added
//! and removed while it is a draft; once responses exist a question is kept (removing it
//! would take answers with it) and only its wording can be corrected.

use sqlx::Row;

use super::ConsultationId;
use crate::error::AppResult;
use crate::storage::{now, Db};

crate::typed_id!(QuestionId, "a consultation question");

crate::code_enum!(QuestionKind, "a kind of question", {
    Text => "text",
    One => "one",
    Many => "many",
    Scale => "scale",
});

/// The agree/disagree scale's answers, in order (Fluent `consult-scale-<code>`).
pub const SCALE: [&str; 5] = [
    "strongly_agree",
    "agree",
    "neither",
    "disagree",
    "strongly_disagree",
];

/// The longest free-text answer kept.
pub const MAX_ANSWER: usize = 10_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub position: i64,
    pub kind: QuestionKind,
    pub prompt: String,
    /// The choices of a "one" or "many" question (the scale's are [`SCALE`]).
    pub options: Vec<String>,
}

impl Question {
    /// The answers this question accepts, if it is not free text.
    pub fn choices(&self) -> Vec<String> {
        match self.kind {
            QuestionKind::Text => Vec::new(),
            QuestionKind::Scale => SCALE.iter().map(|s| s.to_string()).collect(),
            QuestionKind::One | QuestionKind::Many => self.options.clone(),
        }
    }

    /// The answer kept from what was posted for this question (blank: not answered);
    /// `None` if something was posted that this question does not offer.
    pub fn answer_from(&self, posted: &[String]) -> Option<String> {
        let given: Vec<&str> = posted
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        match self.kind {
            QuestionKind::Text => Some(given.join("\n")),
            QuestionKind::One | QuestionKind::Scale => match given.as_slice() {
                [] => Some(String::new()),
                [one] if self.choices().iter().any(|c| c == one) => Some(one.to_string()),
                _ => None,
            },
            QuestionKind::Many => {
                let choices = self.choices();
                if given.iter().all(|g| choices.iter().any(|c| c == g)) {
                    // In the question's order, each once.
                    let kept: Vec<&str> = choices
                        .iter()
                        .filter(|c| given.contains(&c.as_str()))
                        .map(String::as_str)
                        .collect();
                    Some(kept.join("\n"))
                } else {
                    None
                }
            }
        }
    }
}

fn from_row(r: &sqlx::any::AnyRow) -> AppResult<Question> {
    let options: String = r.try_get("options")?;
    Ok(Question {
        id: r.try_get("id")?,
        position: r.try_get("position")?,
        kind: r.try_get("kind")?,
        prompt: r.try_get("prompt")?,
        options: options
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
    })
}

/// A consultation's questions, in order.
pub async fn questions(db: &Db, id: ConsultationId) -> AppResult<Vec<Question>> {
    sqlx::query(
        "SELECT id, position, kind, prompt, options FROM consultation_questions WHERE consultation_id = $1 ORDER BY position, id",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(from_row)
    .collect()
}

/// Adds a question at the end.
pub async fn add_question(
    db: &Db,
    id: ConsultationId,
    kind: QuestionKind,
    prompt: &str,
    options: &[String],
) -> AppResult<QuestionId> {
    let row = sqlx::query(
        "INSERT INTO consultation_questions (consultation_id, position, kind, prompt, options, created_at) \
         VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM consultation_questions WHERE consultation_id = $1), $2, $3, $4, $5) RETURNING id",
    )
    .bind(id)
    .bind(kind.code())
    .bind(prompt.to_string())
    .bind(options.join("\n"))
    .bind(now())
    .fetch_one(&db.pool)
    .await?;
    Ok(row.try_get("id")?)
}

/// Removes a question that nobody has answered; false if it has answers (or is not one
/// of this consultation's).
pub async fn remove_question(db: &Db, id: ConsultationId, question: QuestionId) -> AppResult<bool> {
    let done = sqlx::query(
        "DELETE FROM consultation_questions WHERE id = $1 AND consultation_id = $2 \
         AND NOT EXISTS (SELECT 1 FROM consultation_answers a WHERE a.question_id = $1)",
    )
    .bind(question)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}
