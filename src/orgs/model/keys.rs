//! Filling in the matching keys (`name_key`, `website_key`, the domains) of records saved
//! before they existed, and the one spelling of their charity numbers; run at start-up,
//! a thousand records at a time, doing nothing once every record has its keys.

use sqlx::Row;

use super::OrganisationId;
use crate::error::AppResult;
use crate::orgs::keys;
use crate::storage::Db;

/// Fills the keys of every record that lacks them; returns how many were filled.
pub async fn fill_missing_keys(db: &Db) -> AppResult<u64> {
    let mut filled = 0;
    loop {
        let rows = sqlx::query(
            "SELECT id, name, website, email, charity_register, charity_number FROM organisations \
             WHERE name_key = '' AND name <> '' ORDER BY id LIMIT 1000",
        )
        .fetch_all(&db.pool)
        .await?;
        if rows.is_empty() {
            return Ok(filled);
        }
        let mut tx = db.begin_write().await?;
        for r in &rows {
            let id: OrganisationId = r.try_get("id")?;
            let name: String = r.try_get("name")?;
            let website: String = r.try_get("website")?;
            let email: String = r.try_get("email")?;
            let register: String = r.try_get("charity_register")?;
            let number: String = r.try_get("charity_number")?;
            let key = keys::name_key(&name);
            sqlx::query(
                "UPDATE organisations SET name_key = $1, website_key = $2, website_domain = $3, email_domain = $4, charity_number = $5 WHERE id = $6",
            )
            // A name of only filler words keeps a key that is not empty, so it is not read again.
            .bind(if key.is_empty() { "-".to_string() } else { key })
            .bind(keys::website_key(&website).unwrap_or_default())
            .bind(keys::website_domain(&website).unwrap_or_default())
            .bind(keys::mail_domain(&email).unwrap_or_default())
            .bind(keys::charity_number(&register, &number))
            .bind(id)
            .execute(&mut *tx)
            .await?;
            filled += 1;
        }
        tx.commit().await?;
    }
}
