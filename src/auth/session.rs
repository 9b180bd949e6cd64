//! Sessions held in the database: created at sign-in (a new id each time), looked up on
//! every request that carries the cookie, deleted at sign-out, suspension and deletion.

use axum_extra::extract::cookie::{Cookie, SameSite};
use sqlx::Row;

use super::model::{user_from_row, User, UserId, USER_COLUMNS_OF_U};
use super::secret::{hash_token, random_token};
use crate::config::Config;
use crate::error::AppResult;
use crate::storage::{now, Db};

pub const SESSION_COOKIE: &str = "coproduce_session";
/// Sessions last 30 days from sign-in.
const SESSION_SECONDS: i64 = 30 * 24 * 3600;
/// ...and end sooner after this long unused: a browser left signed in on a shared computer
/// does not stay a way into coordinators' private records for a month.
pub const IDLE_SECONDS: i64 = 3 * 24 * 3600;
/// `last_seen_at` is refreshed at most this often, to keep reads cheap.
const TOUCH_SECONDS: i64 = 300;

/// Starts a session for `user` and returns the cookie value (the only copy of the id).
pub async fn create(db: &Db, user: UserId) -> AppResult<String> {
    let token = random_token();
    let t = now();
    sqlx::query(
        "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)",
    )
    .bind(hash_token(&token))
    .bind(user.0)
    .bind(t)
    .bind(t + SESSION_SECONDS)
    .execute(&db.pool)
    .await?;
    Ok(token)
}

/// The signed-in user for a session cookie, if the session is live and the user not suspended.
pub async fn user_for(db: &Db, token: &str) -> AppResult<Option<User>> {
    let t = now();
    // The session and its person in one query: every signed-in request pays for it.
    let row = sqlx::query(&format!(
        "SELECT s.last_seen_at AS session_seen_at, {USER_COLUMNS_OF_U} FROM sessions s \
         JOIN users u ON u.id = s.user_id \
         WHERE s.id_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3"
    ))
    .bind(hash_token(token))
    .bind(t)
    .bind(t - IDLE_SECONDS)
    .fetch_optional(&db.pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let last_seen: i64 = row.try_get("session_seen_at")?;
    if t - last_seen > TOUCH_SECONDS {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
            .bind(t)
            .bind(hash_token(token))
            .execute(&db.pool)
            .await?;
    }
    let user = user_from_row(&row)?;
    Ok(Some(user).filter(|u| u.suspended_at.is_none()))
}

pub async fn delete(db: &Db, token: &str) -> AppResult<()> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(hash_token(token))
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn delete_all_for_user(db: &Db, user: UserId) -> AppResult<()> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user.0)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Ends every session of `user` except the one whose cookie is `keep`.
pub async fn delete_others(db: &Db, user: UserId, keep: &str) -> AppResult<()> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
        .bind(user.0)
        .bind(hash_token(keep))
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn prune_expired(db: &Db) -> AppResult<()> {
    let t = now();
    sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
        .bind(t)
        .bind(t - IDLE_SECONDS)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The session cookie: HttpOnly, SameSite=Lax, Secure on HTTPS sites.
pub fn cookie(config: &Config, value: String) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(config.secure_cookies())
        .max_age(::cookie::time::Duration::seconds(SESSION_SECONDS))
        .build()
}

/// A cookie that removes the session cookie.
pub fn removal_cookie(config: &Config) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(config.secure_cookies())
        .max_age(::cookie::time::Duration::ZERO)
        .build()
}
