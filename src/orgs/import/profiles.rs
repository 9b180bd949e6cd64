//! Import profiles: settings saved under a name ("OSCR register", "CCNI monthly") to
//! reuse on the next download of the same register, from the page or with
//! `coproduce import-organisations --profile NAME`.

use sqlx::Row;

use super::settings::Settings;
use crate::error::AppResult;
use crate::storage::{now, Db};

/// The saved profiles' names, alphabetically.
pub async fn names(db: &Db) -> AppResult<Vec<String>> {
    sqlx::query("SELECT name FROM organisation_import_profiles ORDER BY name")
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| Ok(r.try_get("name")?))
        .collect()
}

/// The settings saved as `name`.
pub async fn get(db: &Db, name: &str) -> AppResult<Option<Settings>> {
    let row = sqlx::query("SELECT settings FROM organisation_import_profiles WHERE name = $1")
        .bind(name.trim().to_string())
        .fetch_optional(&db.pool)
        .await?;
    Ok(row
        .map(|r| r.try_get::<String, _>("settings"))
        .transpose()?
        .map(|json| Settings::from_json(&json)))
}

/// Saves `settings` (without the choices, which are one file's) as `name`, replacing a
/// profile of that name.
pub async fn save(db: &Db, name: &str, settings: &Settings, user_id: Option<i64>) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO organisation_import_profiles (name, settings, updated_by, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (name) DO UPDATE SET settings = excluded.settings, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
    )
    .bind(name.trim().to_string())
    .bind(settings.for_profile().to_json())
    .bind(user_id)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}
