//! One-time links: e-mail confirmation, password reset, sign-in by e-mail, change of
//! address. Each works once (a conditional UPDATE marks it used) and expires.

use sqlx::Row;

use super::model::UserId;
use super::secret::{hash_token, random_token};
use crate::error::AppResult;
use crate::storage::{now, Db};

/// Why a link was sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    ConfirmEmail,
    ResetPassword,
    SignIn,
    ChangeEmail,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::ConfirmEmail => "confirm_email",
            Purpose::ResetPassword => "reset_password",
            Purpose::SignIn => "sign_in",
            Purpose::ChangeEmail => "change_email",
        }
    }

    /// How long a link stays valid.
    pub fn lifetime_seconds(self) -> i64 {
        match self {
            Purpose::ConfirmEmail | Purpose::ChangeEmail => 48 * 3600,
            Purpose::ResetPassword => 3600,
            Purpose::SignIn => 15 * 60,
        }
    }
}

/// A link that is valid now.
#[derive(Clone, Debug)]
pub struct ValidToken {
    pub user_id: UserId,
    pub email: Option<String>,
}

fn valid_token(row: &sqlx::any::AnyRow) -> AppResult<ValidToken> {
    Ok(ValidToken {
        user_id: UserId(row.try_get("user_id")?),
        email: row.try_get("email")?,
    })
}

/// Issues a link token for `user`; the returned value goes into the e-mail only.
pub async fn issue(
    db: &Db,
    user: UserId,
    purpose: Purpose,
    email: Option<&str>,
) -> AppResult<String> {
    let token = random_token();
    let t = now();
    sqlx::query(
        "INSERT INTO one_time_tokens (token_hash, user_id, purpose, email, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(hash_token(&token))
    .bind(user.0)
    .bind(purpose.as_str())
    .bind(email.map(str::to_string))
    .bind(t)
    .bind(t + purpose.lifetime_seconds())
    .execute(&db.pool)
    .await?;
    Ok(token)
}

/// The token's owner if it is unused, unexpired and for `purpose`; does not use it up.
pub async fn peek(db: &Db, token: &str, purpose: Purpose) -> AppResult<Option<ValidToken>> {
    let row = sqlx::query(
        "SELECT user_id, email FROM one_time_tokens \
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(hash_token(token))
    .bind(purpose.as_str())
    .bind(now())
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(valid_token).transpose()
}

/// Uses the token up. Exactly one of any number of concurrent callers gets `Some`.
pub async fn consume(db: &Db, token: &str, purpose: Purpose) -> AppResult<Option<ValidToken>> {
    let t = now();
    let row = sqlx::query(
        "UPDATE one_time_tokens SET used_at = $1 \
         WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 \
         RETURNING user_id, email",
    )
    .bind(t)
    .bind(hash_token(token))
    .bind(purpose.as_str())
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(valid_token).transpose()
}

/// Invalidates a user's outstanding links of one purpose (after a password reset, say).
pub async fn revoke_all(db: &Db, user: UserId, purpose: Purpose) -> AppResult<()> {
    sqlx::query(
        "UPDATE one_time_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL",
    )
    .bind(now())
    .bind(user.0)
    .bind(purpose.as_str())
    .execute(&db.pool)
    .await?;
    Ok(())
}
