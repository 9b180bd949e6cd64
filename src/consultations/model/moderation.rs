//! Moderation of comments: a coordinator hides a comment with a reason. In one transaction
//! the comment is hidden (its place stays, saying so), the action goes in the audit log,
//! and its author, if they have an account, is e-mailed the reason through the outbox.

use sqlx::Row;

use super::{CommentId, Consultation};
use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::storage::{now, Db};

/// Hides a comment of `c` with `reason`; false if there is no such visible comment.
pub async fn hide_comment(
    db: &Db,
    c: &Consultation,
    comment: CommentId,
    reason: &str,
    by: i64,
    link: &str,
) -> AppResult<bool> {
    let mut tx = db.begin_write().await?;
    let hidden = sqlx::query(
        "UPDATE consultation_comments SET hidden_reason = $1 WHERE id = $2 AND consultation_id = $3 AND hidden_reason = ''",
    )
    .bind(reason.to_string())
    .bind(comment)
    .bind(c.id)
    .execute(&mut *tx)
    .await?;
    if hidden.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO audit_log (actor_id, action, subject, detail, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(by)
    .bind("consultation-comment-hidden")
    .bind(format!("{}#comment-{}", c.slug, comment.0))
    .bind(reason.to_string())
    .bind(now())
    .execute(&mut *tx)
    .await?;
    let author = sqlx::query(
        "SELECT u.email, u.lang FROM consultation_comments m JOIN users u ON u.id = m.author_id WHERE m.id = $1",
    )
    .bind(comment)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(author) = author {
        let email: String = author.try_get("email")?;
        let lang = Lang::from_code(&author.try_get::<String, _>("lang")?).unwrap_or(Lang::En);
        let args = [
            ("title", Arg::from(c.fields.title.clone())),
            ("reason", Arg::from(reason.to_string())),
            ("link", Arg::from(link.to_string())),
        ];
        crate::mail::outbox::enqueue_on(
            &mut tx,
            &email,
            &lang.t_args("email-consult-hidden-subject", &args),
            &lang.t_args("email-consult-hidden-body", &args),
            None,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// A visitor reports a comment of `c` to the coordinators, with a reason; false if there
/// is no such visible comment.
pub async fn report_comment(
    db: &Db,
    c: &Consultation,
    comment: CommentId,
    reason: &str,
) -> AppResult<bool> {
    let done = sqlx::query(
        "INSERT INTO consultation_comment_reports (comment_id, reason, created_at) \
         SELECT id, $1, $2 FROM consultation_comments WHERE id = $3 AND consultation_id = $4 AND hidden_reason = ''",
    )
    .bind(reason.to_string())
    .bind(now())
    .bind(comment)
    .bind(c.id)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The reasons given in reports of a comment, newest first (coordinators only).
pub async fn report_reasons(db: &Db, comment: CommentId) -> AppResult<Vec<String>> {
    sqlx::query(
        "SELECT reason FROM consultation_comment_reports WHERE comment_id = $1 ORDER BY id DESC",
    )
    .bind(comment)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| Ok(r.try_get("reason")?))
    .collect()
}
