//! The published side of responses: every answer of every counted response (sent, and
//! its address confirmed) under the name its respondent chose to publish, how many
//! responses count, and the self-descriptions as counts.

use sqlx::Row;

use super::{ConsultationId, QuestionId, ReceivedVia, ResponseId};
use crate::error::AppResult;
use crate::storage::Db;

/// One published answer: who (a name only where they chose it), and what.
#[derive(Clone, Debug)]
pub struct PublicAnswer {
    pub answer_id: i64,
    pub response_id: ResponseId,
    pub question_id: QuestionId,
    /// The name, or empty for "anonymous".
    pub name: String,
    pub organisation: String,
    pub received_via: ReceivedVia,
    pub value: String,
    pub submitted_at: i64,
}

/// Every answer of every counted response, in order of responses.
pub async fn public_answers(db: &Db, id: ConsultationId) -> AppResult<Vec<PublicAnswer>> {
    sqlx::query(
        "SELECT a.id AS answer_id, r.id AS response_id, a.question_id, CASE WHEN r.publish_name = 1 THEN r.name ELSE '' END AS name, \
         COALESCE(o.name, '') AS organisation, r.received_via, a.value, r.submitted_at FROM consultation_answers a \
         JOIN consultation_responses r ON r.id = a.response_id LEFT JOIN organisations o ON o.id = r.organisation_id \
         WHERE r.consultation_id = $1 AND r.status = 'submitted' AND r.email_confirmed_at IS NOT NULL ORDER BY r.id, a.question_id",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        Ok(PublicAnswer {
            answer_id: r.try_get("answer_id")?,
            response_id: r.try_get("response_id")?,
            question_id: r.try_get("question_id")?,
            name: r.try_get("name")?,
            organisation: r.try_get("organisation")?,
            received_via: r.try_get("received_via")?,
            value: r.try_get("value")?,
            submitted_at: r.try_get::<Option<i64>, _>("submitted_at")?.unwrap_or(0),
        })
    })
    .collect()
}

/// How many responses count (sent and confirmed).
pub async fn response_count(db: &Db, id: ConsultationId) -> AppResult<i64> {
    Ok(sqlx::query(
        "SELECT COUNT(*) AS n FROM consultation_responses WHERE consultation_id = $1 AND status = 'submitted' AND email_confirmed_at IS NOT NULL",
    )
    .bind(id)
    .fetch_one(&db.pool)
    .await?
    .try_get("n")?)
}

/// How counted respondents described themselves: (question, answer) → count.
pub async fn profile_counts(db: &Db, id: ConsultationId) -> AppResult<Vec<(String, String, i64)>> {
    sqlx::query(
        "SELECT p.question, p.answer, COUNT(*) AS n FROM consultation_profiles p JOIN consultation_responses r ON r.id = p.response_id \
         WHERE p.consultation_id = $1 AND r.status = 'submitted' AND r.email_confirmed_at IS NOT NULL GROUP BY p.question, p.answer",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| Ok((r.try_get("question")?, r.try_get("answer")?, r.try_get("n")?)))
    .collect()
}
