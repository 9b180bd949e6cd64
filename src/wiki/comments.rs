//! Talk-page comments: rows and queries. Comments form threads through `parent_id`; hiding
//! keeps the comment (and a moderation-log entry) so nothing is lost.

use sqlx::Row;

use crate::error::AppResult;
use crate::storage::{now, Db};
use crate::wiki::model::PageId;

#[derive(Clone, Debug)]
pub struct Comment {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub author_id: Option<i64>,
    pub author_name: String,
    pub body: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub hidden_at: Option<i64>,
    pub hidden_reason: Option<String>,
}

/// A comment with its replies, for display.
#[derive(Clone, Debug)]
pub struct Thread {
    pub comment: Comment,
    pub html: String,
    pub depth: usize,
}

pub async fn for_page(db: &Db, page_id: PageId) -> AppResult<Vec<Comment>> {
    let rows = sqlx::query(
        "SELECT id, parent_id, author_id, author_name, body, created_at, edited_at, hidden_at, hidden_reason \
         FROM wiki_comments WHERE page_id = $1 ORDER BY id",
    )
    .bind(page_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Comment {
                id: r.try_get("id")?,
                parent_id: r.try_get("parent_id")?,
                author_id: r.try_get("author_id")?,
                author_name: r.try_get("author_name")?,
                body: r.try_get("body")?,
                created_at: r.try_get("created_at")?,
                edited_at: r.try_get("edited_at")?,
                hidden_at: r.try_get("hidden_at")?,
                hidden_reason: r.try_get("hidden_reason")?,
            })
        })
        .collect()
}

/// Orders comments as threads: each followed by its replies, depth-first, oldest first.
pub fn threaded(comments: Vec<Comment>) -> Vec<(Comment, usize)> {
    fn visit(all: &[Comment], parent: Option<i64>, depth: usize, out: &mut Vec<(Comment, usize)>) {
        for c in all.iter().filter(|c| c.parent_id == parent) {
            out.push((c.clone(), depth));
            visit(all, Some(c.id), depth + 1, out);
        }
    }
    let mut out = Vec::with_capacity(comments.len());
    visit(&comments, None, 0, &mut out);
    out
}

pub async fn add(
    db: &Db,
    page_id: PageId,
    parent_id: Option<i64>,
    author_id: i64,
    author_name: &str,
    body: &str,
) -> AppResult<i64> {
    let row = sqlx::query(
        "INSERT INTO wiki_comments (page_id, parent_id, author_id, author_name, body, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(page_id)
    .bind(parent_id)
    .bind(author_id)
    .bind(author_name.to_string())
    .bind(body.to_string())
    .bind(now())
    .fetch_one(&db.pool)
    .await?;
    Ok(row.try_get("id")?)
}

pub async fn find(db: &Db, page_id: PageId, id: i64) -> AppResult<Option<Comment>> {
    Ok(for_page(db, page_id)
        .await?
        .into_iter()
        .find(|c| c.id == id))
}

/// Changes a comment's text; only its author may (checked by the caller).
pub async fn edit(db: &Db, id: i64, body: &str) -> AppResult<()> {
    sqlx::query("UPDATE wiki_comments SET body = $1, edited_at = $2 WHERE id = $3")
        .bind(body.to_string())
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Hides or unhides a comment and writes the moderation log.
pub async fn set_hidden(
    db: &Db,
    id: i64,
    hidden: bool,
    moderator_id: i64,
    reason: &str,
) -> AppResult<()> {
    let t = now();
    sqlx::query(
        "UPDATE wiki_comments SET hidden_at = $1, hidden_by = $2, hidden_reason = $3 WHERE id = $4",
    )
    .bind(hidden.then_some(t))
    .bind(hidden.then_some(moderator_id))
    .bind(hidden.then(|| reason.to_string()))
    .bind(id)
    .execute(&db.pool)
    .await?;
    sqlx::query(
        "INSERT INTO moderation_log (actor_id, action, subject, reason, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(moderator_id)
    .bind(if hidden { "comment-hidden" } else { "comment-unhidden" })
    .bind(format!("wiki-comment:{id}"))
    .bind(reason.to_string())
    .bind(t)
    .execute(&db.pool)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: i64, parent: Option<i64>) -> Comment {
        Comment {
            id,
            parent_id: parent,
            author_id: None,
            author_name: String::new(),
            body: String::new(),
            created_at: 0,
            edited_at: None,
            hidden_at: None,
            hidden_reason: None,
        }
    }

    #[test]
    fn replies_follow_their_parent() {
        let order: Vec<(i64, usize)> = threaded(vec![
            c(1, None),
            c(2, None),
            c(3, Some(1)),
            c(4, Some(3)),
            c(5, Some(2)),
        ])
        .into_iter()
        .map(|(c, d)| (c.id, d))
        .collect();
        assert_eq!(order, vec![(1, 0), (3, 1), (4, 2), (2, 0), (5, 1)]);
    }
}
