//! Accounts: rows and queries of the `users` table.

use serde::Serialize;
use sqlx::Row;

use super::role::Role;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::storage::{now, Db};

/// Longest name a person may give (sign-up and profile).
pub const NAME_MAX: usize = 100;

/// A user's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct UserId(pub i64);

/// A row of `users`, without the password hash.
#[derive(Clone, Debug, Serialize)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub lang: Lang,
    pub email_confirmed_at: Option<i64>,
    pub suspended_at: Option<i64>,
    pub created_at: i64,
    pub has_password: bool,
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// What creating an account needs.
pub struct NewUser<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub password_hash: Option<&'a str>,
    pub role: Role,
    pub lang: Lang,
    pub email_confirmed: bool,
}

const USER_COLUMNS: &str = "id, email, name, role, lang, email_confirmed_at, suspended_at, \
     created_at, CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END AS has_password";

/// [`USER_COLUMNS`] of `users` aliased `u`, for a query that joins it.
pub(super) const USER_COLUMNS_OF_U: &str = "u.id, u.email, u.name, u.role, u.lang, \
     u.email_confirmed_at, u.suspended_at, u.created_at, \
     CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END AS has_password";

pub(super) fn user_from_row(row: &sqlx::any::AnyRow) -> Result<User, sqlx::Error> {
    let role_text: String = row.try_get("role")?;
    let lang_text: String = row.try_get("lang")?;
    let has_password: i64 = row.try_get("has_password")?;
    Ok(User {
        id: UserId(row.try_get("id")?),
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        role: Role::parse(&role_text).unwrap_or(Role::Participant),
        lang: Lang::from_code(&lang_text).unwrap_or(Lang::En),
        email_confirmed_at: row.try_get("email_confirmed_at")?,
        suspended_at: row.try_get("suspended_at")?,
        created_at: row.try_get("created_at")?,
        has_password: has_password != 0,
    })
}

/// E-mail addresses are compared trimmed and lower-cased.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub async fn create_user(db: &Db, new: NewUser<'_>) -> AppResult<UserId> {
    let t = now();
    let row = sqlx::query(
        "INSERT INTO users (email, name, password_hash, role, lang, email_confirmed_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(normalise_email(new.email))
    .bind(new.name.trim().to_string())
    .bind(new.password_hash.map(str::to_string))
    .bind(new.role.as_str())
    .bind(new.lang.code())
    .bind(new.email_confirmed.then_some(t))
    .bind(t)
    .fetch_one(&db.pool)
    .await?;
    Ok(UserId(row.try_get("id")?))
}

pub async fn find_by_id(db: &Db, id: UserId) -> AppResult<Option<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
    let row = sqlx::query(&sql)
        .bind(id.0)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.as_ref().map(user_from_row).transpose()?)
}

pub async fn find_by_email(db: &Db, email: &str) -> AppResult<Option<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1");
    let row = sqlx::query(&sql)
        .bind(normalise_email(email))
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.as_ref().map(user_from_row).transpose()?)
}

/// The stored password hash, if the account has one.
pub async fn password_hash(db: &Db, id: UserId) -> AppResult<Option<String>> {
    let row = sqlx::query("SELECT password_hash FROM users WHERE id = $1")
        .bind(id.0)
        .fetch_optional(&db.pool)
        .await?;
    Ok(match row {
        Some(r) => r.try_get("password_hash")?,
        None => None,
    })
}

pub async fn set_password_hash(db: &Db, id: UserId, hash: &str) -> AppResult<()> {
    sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(hash.to_string())
        .bind(now())
        .bind(id.0)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn mark_email_confirmed(db: &Db, id: UserId) -> AppResult<()> {
    sqlx::query(
        "UPDATE users SET email_confirmed_at = $1, updated_at = $1 \
         WHERE id = $2 AND email_confirmed_at IS NULL",
    )
    .bind(now())
    .bind(id.0)
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn update_profile(db: &Db, id: UserId, name: &str, lang: Lang) -> AppResult<()> {
    sqlx::query("UPDATE users SET name = $1, lang = $2, updated_at = $3 WHERE id = $4")
        .bind(name.trim().to_string())
        .bind(lang.code())
        .bind(now())
        .bind(id.0)
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn set_lang(db: &Db, id: UserId, lang: Lang) -> AppResult<()> {
    sqlx::query("UPDATE users SET lang = $1 WHERE id = $2")
        .bind(lang.code())
        .bind(id.0)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Changes the address; false when another account already has it.
pub async fn change_email(db: &Db, id: UserId, email: &str) -> AppResult<bool> {
    let email = normalise_email(email);
    if find_by_email(db, &email).await?.is_some() {
        return Ok(false);
    }
    let t = now();
    let result = sqlx::query(
        "UPDATE users SET email = $1, email_confirmed_at = $2, updated_at = $2 WHERE id = $3",
    )
    .bind(email)
    .bind(t)
    .bind(id.0)
    .execute(&db.pool)
    .await;
    match result {
        Ok(_) => Ok(true),
        Err(e) if crate::storage::is_unique_violation(&e, None) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

pub async fn set_role(db: &Db, id: UserId, role: Role) -> AppResult<()> {
    sqlx::query("UPDATE users SET role = $1, updated_at = $2 WHERE id = $3")
        .bind(role.as_str())
        .bind(now())
        .bind(id.0)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Suspends (ending every session, in the same transaction) or lifts a suspension.
pub async fn set_suspended(db: &Db, id: UserId, suspended: bool) -> AppResult<()> {
    let t = now();
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE users SET suspended_at = $1, updated_at = $2 WHERE id = $3")
        .bind(suspended.then_some(t))
        .bind(t)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    if suspended {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

pub async fn delete_user(db: &Db, id: UserId) -> AppResult<()> {
    sqlx::query("DELETE FROM users WHERE id = $1")
        .bind(id.0)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Users whose name or e-mail contains `query` (all when empty), newest first.
pub async fn search(db: &Db, query: &str, limit: i64) -> AppResult<Vec<User>> {
    let pattern = format!("%{}%", query.trim().to_lowercase().replace(['%', '_'], ""));
    let sql = format!(
        "SELECT {USER_COLUMNS} FROM users \
         WHERE LOWER(name) LIKE $1 OR email LIKE $1 ORDER BY id DESC LIMIT $2"
    );
    let rows = sqlx::query(&sql)
        .bind(pattern)
        .bind(limit)
        .fetch_all(&db.pool)
        .await?;
    Ok(rows
        .iter()
        .map(user_from_row)
        .collect::<Result<Vec<_>, _>>()?)
}

/// Partners, coordinators and admins who are not suspended, by name: the people who can
/// own work (a plan output, for one).
pub async fn people_who_coordinate_or_partner(db: &Db) -> AppResult<Vec<(UserId, String)>> {
    let rows = sqlx::query(
        "SELECT id, name FROM users WHERE role IN ('partner', 'coordinator', 'admin') \
         AND suspended_at IS NULL ORDER BY name, id LIMIT 500",
    )
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((UserId(r.try_get("id")?), r.try_get("name")?)))
        .collect()
}

pub async fn count_users(db: &Db) -> AppResult<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM users")
        .fetch_one(&db.pool)
        .await?;
    Ok(row.try_get("n")?)
}

/// Records an administrative action.
pub async fn audit(
    db: &Db,
    actor: Option<UserId>,
    action: &str,
    subject: &str,
    detail: &str,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO audit_log (actor_id, action, subject, detail, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(actor.map(|a| a.0))
    .bind(action.to_string())
    .bind(subject.to_string())
    .bind(detail.to_string())
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}
