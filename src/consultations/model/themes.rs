//! What we heard: themes a coordinator names and tags comments and answers with, with
//! what was done about each (shown in the published response), and the counts the
//! analysis page shows.

use std::collections::HashMap;

use sqlx::Row;

use super::ConsultationId;
use crate::error::AppResult;
use crate::storage::{now, Db};

crate::typed_id!(ThemeId, "a consultation theme");

crate::code_enum!(TagTarget, "what a theme is put on", {
    Comment => "comment",
    Answer => "answer",
});

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    pub id: ThemeId,
    pub name: String,
    /// What we did about it (Markdown), for the published response.
    pub outcome: String,
    /// How many comments and answers carry it.
    pub count: i64,
}

/// A consultation's themes, by name, with how often each is used.
pub async fn themes(db: &Db, id: ConsultationId) -> AppResult<Vec<Theme>> {
    sqlx::query(
        "SELECT t.id, t.name, t.outcome, (SELECT COUNT(*) FROM consultation_theme_tags g WHERE g.theme_id = t.id) AS n \
         FROM consultation_themes t WHERE t.consultation_id = $1 ORDER BY t.name",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| {
        Ok(Theme {
            id: r.try_get("id")?,
            name: r.try_get("name")?,
            outcome: r.try_get("outcome")?,
            count: r.try_get("n")?,
        })
    })
    .collect()
}

/// Adds a theme; false if the consultation already has one of that name.
pub async fn add_theme(db: &Db, id: ConsultationId, name: &str) -> AppResult<bool> {
    let done = sqlx::query(
        "INSERT INTO consultation_themes (consultation_id, name, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(id)
    .bind(name.to_string())
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records what was done about each theme (theme → outcome), in one transaction.
pub async fn set_outcomes(
    db: &Db,
    id: ConsultationId,
    outcomes: &[(ThemeId, String)],
) -> AppResult<()> {
    let mut tx = db.begin_write().await?;
    for (theme, outcome) in outcomes {
        sqlx::query(
            "UPDATE consultation_themes SET outcome = $1 WHERE id = $2 AND consultation_id = $3",
        )
        .bind(outcome.clone())
        .bind(*theme)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Sets the themes of one comment or answer to exactly `chosen` (themes of other
/// consultations, and targets not of this one, are ignored). False if the target is not
/// this consultation's.
pub async fn set_tags(
    db: &Db,
    id: ConsultationId,
    target: TagTarget,
    target_id: i64,
    chosen: &[ThemeId],
) -> AppResult<bool> {
    let belongs = match target {
        TagTarget::Comment => "SELECT 1 AS x FROM consultation_comments WHERE id = $1 AND consultation_id = $2",
        TagTarget::Answer => {
            "SELECT 1 AS x FROM consultation_answers a JOIN consultation_responses r ON r.id = a.response_id WHERE a.id = $1 AND r.consultation_id = $2"
        }
    };
    let mut tx = db.begin_write().await?;
    if sqlx::query(belongs)
        .bind(target_id)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .is_none()
    {
        return Ok(false);
    }
    sqlx::query(
        "DELETE FROM consultation_theme_tags WHERE kind = $1 AND target_id = $2 \
         AND theme_id IN (SELECT id FROM consultation_themes WHERE consultation_id = $3)",
    )
    .bind(target)
    .bind(target_id)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    for theme in chosen {
        sqlx::query(
            "INSERT INTO consultation_theme_tags (theme_id, kind, target_id) \
             SELECT id, $2, $3 FROM consultation_themes WHERE id = $1 AND consultation_id = $4 ON CONFLICT DO NOTHING",
        )
        .bind(*theme)
        .bind(target)
        .bind(target_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Every tag of a consultation: (kind, target id) → its themes.
pub async fn tags(
    db: &Db,
    id: ConsultationId,
) -> AppResult<HashMap<(TagTarget, i64), Vec<ThemeId>>> {
    let mut map: HashMap<(TagTarget, i64), Vec<ThemeId>> = HashMap::new();
    for r in sqlx::query(
        "SELECT g.kind, g.target_id, g.theme_id FROM consultation_theme_tags g JOIN consultation_themes t ON t.id = g.theme_id \
         WHERE t.consultation_id = $1 ORDER BY g.theme_id",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?
    {
        map.entry((r.try_get("kind")?, r.try_get("target_id")?))
            .or_default()
            .push(r.try_get("theme_id")?);
    }
    Ok(map)
}

/// The blocks whose comments carry each theme (theme → block ids), for the response.
pub async fn theme_blocks(db: &Db, id: ConsultationId) -> AppResult<HashMap<ThemeId, Vec<i64>>> {
    let mut map: HashMap<ThemeId, Vec<i64>> = HashMap::new();
    for r in sqlx::query(
        "SELECT DISTINCT g.theme_id, c.block_id FROM consultation_theme_tags g JOIN consultation_comments c ON c.id = g.target_id \
         JOIN consultation_themes t ON t.id = g.theme_id \
         WHERE g.kind = 'comment' AND t.consultation_id = $1 AND c.block_id IS NOT NULL ORDER BY c.block_id",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await?
    {
        map.entry(r.try_get("theme_id")?)
            .or_default()
            .push(r.try_get("block_id")?);
    }
    Ok(map)
}
