//! Settings an admin changes in the browser, kept in the `settings` table by name. Each
//! setting's owner (its domain) names it, parses it and supplies the default; this module
//! only stores text.

use crate::error::AppResult;
use crate::storage::{now, Db};

/// The stored value of `name`, if an admin has set it.
pub async fn get(db: &Db, name: &str) -> AppResult<Option<String>> {
    Ok(
        sqlx::query_scalar::<_, String>("SELECT value FROM settings WHERE name = $1")
            .bind(name.to_string())
            .fetch_optional(&db.pool)
            .await?,
    )
}

/// Stores `value` as `name`, replacing what was there.
pub async fn set(db: &Db, name: &str, value: &str) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO settings (name, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    )
    .bind(name.to_string())
    .bind(value.to_string())
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}
