//! An organisation's stored logo.

use sqlx::Row;

use crate::error::AppResult;
use crate::orgs::model::OrganisationId;
use crate::storage::{now, Db};

/// A record's logo: (content address, media type, text alternative); empty when none.
pub async fn logo(db: &Db, org_id: OrganisationId) -> AppResult<(String, String, String)> {
    let row = sqlx::query(
        "SELECT logo_sha256, logo_media_type, logo_alt FROM organisations WHERE id = $1",
    )
    .bind(org_id)
    .fetch_one(&db.pool)
    .await?;
    Ok((
        row.try_get("logo_sha256")?,
        row.try_get("logo_media_type")?,
        row.try_get("logo_alt")?,
    ))
}

pub async fn set_logo(
    db: &Db,
    org_id: OrganisationId,
    sha: &str,
    media_type: &str,
    alt: &str,
) -> AppResult<()> {
    sqlx::query("UPDATE organisations SET logo_sha256 = $1, logo_media_type = $2, logo_alt = $3, updated_at = $4 WHERE id = $5")
        .bind(sha.to_string())
        .bind(media_type.to_string())
        .bind(alt.to_string())
        .bind(now())
        .bind(org_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}
