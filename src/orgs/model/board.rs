//! The outreach board's queries: cards by pipeline stage, a page at a time, and the count
//! of each stage. Filters that need an outreach row (an owner, a due date, a stage past
//! "identified") read those rows, a few, rather than every record; a record without an
//! outreach row is "identified", so that column is read in name order from the index and
//! its count is every other live record.

use std::collections::HashMap;

use sqlx::Row;

use super::outreach::OutreachStage;
use crate::error::AppResult;
use crate::storage::Db;

/// A card on the outreach board.
#[derive(Clone, Debug)]
pub struct Card {
    pub slug: String,
    pub name: String,
    pub stage: OutreachStage,
    pub owner_name: String,
    pub next_action: String,
    pub next_action_due: String,
}

/// Which cards the outreach board shows.
#[derive(Clone, Debug, Default)]
pub struct BoardFilter<'a> {
    /// Only this coordinator's organisations.
    pub owner: Option<i64>,
    /// Only next actions due before this day (`YYYY-MM-DD`).
    pub overdue_before: Option<&'a str>,
    /// Only this stage.
    pub stage: Option<&'a str>,
    /// Only records with this tag.
    pub tag: Option<&'a str>,
}

impl BoardFilter<'_> {
    /// Whether only records with an outreach row can match.
    fn needs_pipeline(&self) -> bool {
        self.owner.is_some()
            || self.overdue_before.is_some()
            || self.stage.is_some_and(|s| s != "identified")
    }
}

/// The FROM and WHERE for `filter` (with its stage condition if `with_stage`), and the
/// values bound in order.
fn board_from(filter: &BoardFilter<'_>, with_stage: bool) -> (String, Vec<String>) {
    let mut sql = if filter.needs_pipeline() || !with_stage {
        String::from(
            " FROM organisation_outreach o JOIN organisations g ON g.id = o.organisation_id \
             LEFT JOIN users u ON u.id = o.owner_id WHERE g.merged_into IS NULL",
        )
    } else {
        String::from(
            " FROM organisations g LEFT JOIN organisation_outreach o ON o.organisation_id = g.id \
             LEFT JOIN users u ON u.id = o.owner_id WHERE g.merged_into IS NULL",
        )
    };
    let mut binds = Vec::new();
    if let Some(owner) = filter.owner {
        binds.push(owner.to_string());
        sql.push_str(&format!(
            " AND o.owner_id = CAST(${} AS BIGINT)",
            binds.len()
        ));
    }
    if let Some(day) = filter.overdue_before {
        binds.push(day.to_string());
        sql.push_str(&format!(
            " AND o.next_action_due <> '' AND o.next_action_due < ${}",
            binds.len()
        ));
    }
    if let Some(tag) = filter.tag {
        binds.push(tag.to_string());
        sql.push_str(&format!(
            " AND g.id IN (SELECT organisation_id FROM organisation_tags WHERE tag = ${})",
            binds.len()
        ));
    }
    if let Some(stage) = filter.stage.filter(|_| with_stage) {
        binds.push(stage.to_string());
        sql.push_str(&format!(
            " AND COALESCE(o.stage, 'identified') = ${}",
            binds.len()
        ));
    }
    (sql, binds)
}

/// The board's cards for `filter`, by name: `limit` of them from `offset`. Without a
/// pipeline filter the page's ids are found first from the index of live records by name
/// (a deep page skips index entries, not joined rows), then their cards are read.
pub async fn board(
    db: &Db,
    filter: &BoardFilter<'_>,
    limit: i64,
    offset: i64,
) -> AppResult<Vec<Card>> {
    let (limit, offset) = (limit.max(0), offset.max(0));
    let columns = "SELECT g.slug, g.name, COALESCE(o.stage, 'identified') AS stage, COALESCE(u.name, '') AS owner_name, \
         COALESCE(o.next_action, '') AS next_action, COALESCE(o.next_action_due, '') AS next_action_due";
    let (sql, binds) = if filter.needs_pipeline() {
        let (from, binds) = board_from(filter, true);
        (
            format!("{columns} {from} ORDER BY g.name_sort, g.id LIMIT {limit} OFFSET {offset}"),
            binds,
        )
    } else {
        let mut binds = Vec::new();
        let mut page = String::from("SELECT g.id FROM organisations g WHERE g.merged_into IS NULL");
        if filter.stage.is_some() {
            // "identified": no outreach row, or one still at that stage.
            page.push_str(
                " AND NOT EXISTS (SELECT 1 FROM organisation_outreach s WHERE s.organisation_id = g.id AND s.stage <> 'identified')",
            );
        }
        if let Some(tag) = filter.tag {
            binds.push(tag.to_string());
            page.push_str(
                " AND g.id IN (SELECT organisation_id FROM organisation_tags WHERE tag = $1)",
            );
        }
        page.push_str(&format!(
            " ORDER BY g.name_sort, g.id LIMIT {limit} OFFSET {offset}"
        ));
        (
            format!(
                "{columns} FROM organisations g LEFT JOIN organisation_outreach o ON o.organisation_id = g.id \
                 LEFT JOIN users u ON u.id = o.owner_id WHERE g.id IN ({page}) ORDER BY g.name_sort, g.id"
            ),
            binds,
        )
    };
    let mut query = sqlx::query(&sql);
    for bind in binds {
        query = query.bind(bind);
    }
    let rows = query.fetch_all(&db.pool).await?;
    rows.iter()
        .map(|r| {
            Ok(Card {
                slug: r.try_get("slug")?,
                name: r.try_get("name")?,
                stage: r.try_get("stage")?,
                owner_name: r.try_get("owner_name")?,
                next_action: r.try_get("next_action")?,
                next_action_due: r.try_get("next_action_due")?,
            })
        })
        .collect()
}

/// How many cards each stage has for `filter` (stage code → count).
pub async fn board_counts(db: &Db, filter: &BoardFilter<'_>) -> AppResult<HashMap<String, i64>> {
    let (from, binds) = board_from(filter, false);
    let sql = format!("SELECT o.stage AS stage, COUNT(*) AS n {from} GROUP BY o.stage");
    let mut query = sqlx::query(&sql);
    for bind in binds {
        query = query.bind(bind);
    }
    let mut counts: HashMap<String, i64> = query
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("stage")?, r.try_get("n")?)))
        .collect::<AppResult<_>>()?;
    if filter.owner.is_none() && filter.overdue_before.is_none() {
        let live: i64 =
            sqlx::query("SELECT COUNT(*) AS n FROM organisations WHERE merged_into IS NULL")
                .fetch_one(&db.pool)
                .await?
                .try_get("n")?;
        let staged: i64 = counts
            .iter()
            .filter(|(stage, _)| stage.as_str() != "identified")
            .map(|(_, n)| n)
            .sum();
        counts.insert("identified".into(), live - staged);
    }
    if let Some(only) = filter.stage {
        counts.retain(|stage, _| stage == only);
    }
    Ok(counts)
}

/// The ids of every record `filter` shows, in the list's order (for a bulk change).
pub async fn board_ids(db: &Db, filter: &BoardFilter<'_>) -> AppResult<Vec<super::OrganisationId>> {
    let (from, binds) = board_from(filter, true);
    let sql = format!("SELECT g.id AS id {from} ORDER BY g.name_sort, g.id");
    let mut query = sqlx::query(&sql);
    for bind in binds {
        query = query.bind(bind);
    }
    query
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| Ok(r.try_get("id")?))
        .collect()
}
