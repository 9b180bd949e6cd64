//! Following a consultation: followers (an account's address, or a visitor's once it is
//! confirmed) are told when it opens, when someone replies to them, three days before it
//! closes and when the response is published. What happens becomes a notice; the periodic
//! job [`deliver_notices`] sends each address's waiting notices together in one e-mail, at
//! most one a day per address, each claimed in the transaction that queues its mail so no
//! instance sends one twice.

use std::collections::BTreeMap;

use sqlx::Row;

use super::ConsultationId;
use crate::auth::secret::{hash_token, random_token};
use crate::config::Config;
use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::mail::messages;
use crate::storage::{now, Db};

// The notices' kinds (Fluent `consult-notice-<kind>`).
crate::code_enum!(NoticeKind, "a follower's notice", {
    Opened => "opened",
    Reply => "reply",
    Closing => "closing",
    Response => "response",
});

/// At most one e-mail a day per address.
pub const MAIL_EVERY_SECONDS: i64 = 86_400;
/// The closing reminder, this long before the close.
pub const CLOSING_NOTICE_SECONDS: i64 = 3 * 86_400;

/// Starts following (again), on `conn`; `active` is false for a visitor whose address is
/// not confirmed yet (nothing is sent until it is).
pub async fn follow_on(
    conn: &mut sqlx::AnyConnection,
    id: ConsultationId,
    user_id: Option<i64>,
    email: &str,
    lang: Lang,
    active: bool,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO consultation_followers (consultation_id, user_id, email, lang, token_hash, active, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (consultation_id, email) DO UPDATE SET active = CASE WHEN excluded.active = 1 THEN 1 ELSE consultation_followers.active END",
    )
    .bind(id)
    .bind(user_id)
    .bind(email.to_string())
    .bind(lang.code())
    .bind(hash_token(&random_token()))
    .bind(i64::from(active))
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A signed-in participant follows (or stops following) a consultation.
pub async fn set_following(
    db: &Db,
    id: ConsultationId,
    user_id: i64,
    email: &str,
    lang: Lang,
    on: bool,
) -> AppResult<()> {
    let mut conn = db.pool.acquire().await?;
    if on {
        follow_on(&mut conn, id, Some(user_id), email, lang, true).await
    } else {
        sqlx::query("DELETE FROM consultation_followers WHERE consultation_id = $1 AND (user_id = $2 OR email = $3)")
            .bind(id)
            .bind(user_id)
            .bind(email.to_string())
            .execute(&mut *conn)
            .await?;
        Ok(())
    }
}

/// Whether this participant follows the consultation.
pub async fn is_following(db: &Db, id: ConsultationId, user_id: i64) -> AppResult<bool> {
    Ok(sqlx::query("SELECT 1 AS x FROM consultation_followers WHERE consultation_id = $1 AND user_id = $2 AND active = 1")
        .bind(id)
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?
        .is_some())
}

/// Stops following through the link in a notice e-mail (no sign-in); false if the link
/// is not (or no longer) one.
pub async fn unfollow_by_token(db: &Db, token: &str) -> AppResult<bool> {
    let done = sqlx::query("DELETE FROM consultation_followers WHERE token_hash = $1")
        .bind(hash_token(token))
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives every active follower of a consultation a notice, on `conn`.
pub async fn notify_all_on(
    conn: &mut sqlx::AnyConnection,
    id: ConsultationId,
    kind: NoticeKind,
) -> AppResult<u64> {
    let done = sqlx::query(
        "INSERT INTO consultation_notices (follower_id, kind, created_at) \
         SELECT id, $1, $2 FROM consultation_followers WHERE consultation_id = $3 AND active = 1",
    )
    .bind(kind)
    .bind(now())
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// Tells the author of comment `parent` that someone replied, if they follow, on `conn`.
pub async fn notify_reply_on(
    conn: &mut sqlx::AnyConnection,
    id: ConsultationId,
    parent: i64,
    replier: Option<i64>,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO consultation_notices (follower_id, kind, created_at) \
         SELECT f.id, 'reply', $1 FROM consultation_followers f JOIN consultation_comments c ON c.author_id = f.user_id \
         WHERE c.id = $2 AND f.consultation_id = $3 AND f.active = 1 AND c.author_id IS DISTINCT FROM $4",
    )
    .bind(now())
    .bind(parent)
    .bind(id)
    .bind(replier)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Makes the "now open" and "closes in three days" notices that are due, each once (a
/// conditional update claims it).
async fn make_due_notices(db: &Db, at: i64) -> AppResult<()> {
    let due = sqlx::query(
        "SELECT id, CASE WHEN opened_notice_at IS NULL AND opens_at <= $1 AND (closes_at IS NULL OR closes_at > $1) THEN 'opened' ELSE 'closing' END AS kind \
         FROM consultations WHERE EXISTS (SELECT 1 FROM consultation_versions v WHERE v.consultation_id = consultations.id) AND ( \
         (opened_notice_at IS NULL AND opens_at <= $1 AND (closes_at IS NULL OR closes_at > $1)) OR \
         (closing_notice_at IS NULL AND opens_at <= $1 AND closes_at > $1 AND closes_at - $2 <= $1))",
    )
    .bind(at)
    .bind(CLOSING_NOTICE_SECONDS)
    .fetch_all(&db.pool)
    .await?;
    for row in due {
        let id: ConsultationId = row.try_get("id")?;
        let kind: NoticeKind = row.try_get("kind")?;
        let column = match kind {
            NoticeKind::Opened => "opened_notice_at",
            _ => "closing_notice_at",
        };
        let mut tx = db.begin_write().await?;
        let claimed = sqlx::query(&format!(
            "UPDATE consultations SET {column} = $1 WHERE id = $2 AND {column} IS NULL"
        ))
        .bind(at)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() == 1 {
            notify_all_on(&mut tx, id, kind).await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// The periodic job: makes the notices now due, then e-mails each address whose last
/// notice mail was a day or more ago everything waiting for it, in one message.
pub async fn deliver_notices(db: &Db, config: &Config) -> AppResult<usize> {
    let at = now();
    make_due_notices(db, at).await?;
    let waiting = sqlx::query(
        "SELECT DISTINCT f.email FROM consultation_notices n JOIN consultation_followers f ON f.id = n.follower_id \
         LEFT JOIN consultation_mailed m ON m.email = f.email \
         WHERE n.sent_at IS NULL AND f.active = 1 AND (m.last_at IS NULL OR m.last_at <= $1) LIMIT 500",
    )
    .bind(at - MAIL_EVERY_SECONDS)
    .fetch_all(&db.pool)
    .await?;
    let mut sent = 0;
    for row in waiting {
        let email: String = row.try_get("email")?;
        if send_to(db, config, &email, at).await? {
            sent += 1;
        }
    }
    Ok(sent)
}

/// One address's e-mail: claims its day (the conditional upsert of `consultation_mailed`)
/// and its notices, and queues the message, in one transaction.
async fn send_to(db: &Db, config: &Config, email: &str, at: i64) -> AppResult<bool> {
    let mut tx = db.begin_write().await?;
    let claimed = sqlx::query(
        "INSERT INTO consultation_mailed (email, last_at) VALUES ($1, $2) \
         ON CONFLICT (email) DO UPDATE SET last_at = excluded.last_at WHERE consultation_mailed.last_at <= $3",
    )
    .bind(email.to_string())
    .bind(at)
    .bind(at - MAIL_EVERY_SECONDS)
    .execute(&mut *tx)
    .await?;
    if claimed.rows_affected() != 1 {
        return Ok(false);
    }
    let rows = sqlx::query(
        "UPDATE consultation_notices SET sent_at = $1 WHERE sent_at IS NULL AND follower_id IN \
         (SELECT id FROM consultation_followers WHERE email = $2 AND active = 1) RETURNING follower_id, kind",
    )
    .bind(at)
    .bind(email.to_string())
    .fetch_all(&mut *tx)
    .await?;
    // follower → its kinds, each once.
    let mut by_follower: BTreeMap<i64, Vec<NoticeKind>> = BTreeMap::new();
    for r in &rows {
        let kinds = by_follower.entry(r.try_get("follower_id")?).or_default();
        let kind: NoticeKind = r.try_get("kind")?;
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    if by_follower.is_empty() {
        tx.rollback().await?;
        return Ok(false);
    }
    let mut lang = Lang::En;
    let mut parts = Vec::new();
    for (follower, kinds) in by_follower {
        // A fresh stop-following link for each consultation in the message.
        let token = random_token();
        let r = sqlx::query(
            "UPDATE consultation_followers SET token_hash = $1 WHERE id = $2 RETURNING lang, \
             (SELECT title FROM consultations c WHERE c.id = consultation_id) AS title, (SELECT slug FROM consultations c WHERE c.id = consultation_id) AS slug",
        )
        .bind(hash_token(&token))
        .bind(follower)
        .fetch_one(&mut *tx)
        .await?;
        lang = Lang::from_code(&r.try_get::<String, _>("lang")?).unwrap_or(Lang::En);
        let slug: String = r.try_get("slug")?;
        let title: String = r.try_get("title")?;
        let lines: Vec<String> = kinds
            .iter()
            .map(|k| format!("- {}", lang.t(&format!("consult-notice-{}", k.code()))))
            .collect();
        parts.push(lang.t_args(
            "consult-notice-part",
            &[
                ("title", Arg::from(title)),
                ("lines", Arg::from(lines.join("\n"))),
                (
                    "link",
                    Arg::from(config.link(&format!("/consultations/{slug}"))),
                ),
                (
                    "stop",
                    Arg::from(config.link(&format!("/consultations/unfollow/{token}"))),
                ),
            ],
        ));
    }
    messages::send_keyed_on(
        &mut tx,
        lang,
        "consult-notices",
        email,
        &[("parts", Arg::from(parts.join("\n\n")))],
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}
