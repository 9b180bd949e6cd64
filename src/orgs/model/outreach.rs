//! Queries of the private outreach tables: pipeline stage, owner and next action, contact
//! people, notes and the activity log.

use serde::Serialize;
use sqlx::Row;

use crate::error::AppResult;
use crate::orgs::model::OrganisationId;
use crate::storage::{now, Db};

crate::code_enum!(OutreachStage, "an organisation's outreach stage", {
    Identified => "identified",
    Contacted => "contacted",
    InConversation => "in_conversation",
    Met => "met",
    Partner => "partner",
    Declined => "declined",
    NotNow => "not_now",
});

impl OutreachStage {
    /// Whether this comes before meeting (holding a meeting moves these on to `Met`).
    pub fn is_before_met(self) -> bool {
        matches!(
            self,
            OutreachStage::Identified | OutreachStage::Contacted | OutreachStage::InConversation
        )
    }
}

/// The stage codes, in pipeline order.
pub const STAGES: &[&str] = OutreachStage::CODES;
pub const ACTIVITY_KINDS: [&str; 5] = ["email", "call", "meeting", "event", "other"];
pub const CONTACT_WAYS: [&str; 4] = ["email", "phone", "post", "other"];

#[derive(Clone, Debug)]
pub struct Pipeline {
    pub stage: OutreachStage,
    pub owner_id: Option<i64>,
    pub owner_name: String,
    pub next_action: String,
    pub next_action_due: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Contact {
    pub id: i64,
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub preferred_contact: String,
    pub access_needs: String,
    pub created_at: i64,
    pub erased: bool,
}

#[derive(Clone, Debug)]
pub struct Note {
    pub author_name: String,
    pub body: String,
    pub created_at: i64,
}

#[derive(Clone, Debug)]
pub struct Activity {
    pub kind: String,
    pub happened_on: String,
    pub summary: String,
    pub logged_by_name: String,
}

pub async fn pipeline(db: &Db, org_id: OrganisationId) -> AppResult<Pipeline> {
    pipeline_on(&mut *db.pool.acquire().await?, org_id).await
}

pub async fn pipeline_on(
    conn: &mut sqlx::AnyConnection,
    org_id: OrganisationId,
) -> AppResult<Pipeline> {
    let row = sqlx::query(
        "SELECT o.stage, o.owner_id, COALESCE(u.name, '') AS owner_name, o.next_action, o.next_action_due \
         FROM organisation_outreach o LEFT JOIN users u ON u.id = o.owner_id WHERE o.organisation_id = $1",
    )
    .bind(org_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match row {
        Some(r) => Pipeline {
            stage: r.try_get("stage")?,
            owner_id: r.try_get("owner_id")?,
            owner_name: r.try_get("owner_name")?,
            next_action: r.try_get("next_action")?,
            next_action_due: r.try_get("next_action_due")?,
        },
        None => Pipeline {
            stage: OutreachStage::Identified,
            owner_id: None,
            owner_name: String::new(),
            next_action: String::new(),
            next_action_due: String::new(),
        },
    })
}

/// Sets stage, owner and next action together.
pub async fn set_pipeline(db: &Db, org_id: OrganisationId, p: &Pipeline) -> AppResult<()> {
    set_pipeline_on(&mut *db.pool.acquire().await?, org_id, p).await
}

pub async fn set_pipeline_on(
    conn: &mut sqlx::AnyConnection,
    org_id: OrganisationId,
    p: &Pipeline,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO organisation_outreach (organisation_id, stage, owner_id, next_action, next_action_due, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (organisation_id) DO UPDATE SET stage = excluded.stage, owner_id = excluded.owner_id, \
         next_action = excluded.next_action, next_action_due = excluded.next_action_due, updated_at = excluded.updated_at",
    )
    .bind(org_id)
    .bind(p.stage)
    .bind(p.owner_id)
    .bind(p.next_action.clone())
    .bind(p.next_action_due.clone())
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn contacts(db: &Db, org_id: OrganisationId) -> AppResult<Vec<Contact>> {
    let rows = sqlx::query(
        "SELECT id, name, role, email, phone, preferred_contact, access_needs, created_at, erased_at \
         FROM organisation_contacts WHERE organisation_id = $1 ORDER BY id",
    )
    .bind(org_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Contact {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                role: r.try_get("role")?,
                email: r.try_get("email")?,
                phone: r.try_get("phone")?,
                preferred_contact: r.try_get("preferred_contact")?,
                access_needs: r.try_get("access_needs")?,
                created_at: r.try_get("created_at")?,
                erased: r.try_get::<Option<i64>, _>("erased_at")?.is_some(),
            })
        })
        .collect()
}

pub async fn add_contact(db: &Db, org_id: OrganisationId, c: &Contact) -> AppResult<()> {
    add_contact_on(&mut *db.pool.acquire().await?, org_id, c).await
}

pub async fn add_contact_on(
    conn: &mut sqlx::AnyConnection,
    org_id: OrganisationId,
    c: &Contact,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO organisation_contacts (organisation_id, name, role, email, phone, preferred_contact, access_needs, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(org_id)
    .bind(c.name.clone())
    .bind(c.role.clone())
    .bind(c.email.clone())
    .bind(c.phone.clone())
    .bind(c.preferred_contact.clone())
    .bind(c.access_needs.clone())
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Erases a contact person: every personal detail is removed, including where coordinators
/// wrote the person's name, e-mail or phone into this organisation's notes or activity log;
/// an anonymised trace stays.
pub async fn erase_contact(db: &Db, org_id: OrganisationId, contact_id: i64) -> AppResult<bool> {
    let mut tx = db.begin_write().await?;
    let sql = format!(
        "SELECT name, email, phone FROM organisation_contacts \
         WHERE id = $1 AND organisation_id = $2 AND erased_at IS NULL {}",
        db.for_update()
    );
    let Some(row) = sqlx::query(&sql)
        .bind(contact_id)
        .bind(org_id)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(false);
    };
    let details: Vec<String> = ["name", "email", "phone"]
        .iter()
        .map(|c| row.try_get::<String, _>(*c))
        .collect::<Result<_, _>>()?;
    for detail in details
        .iter()
        .map(|d| d.trim())
        .filter(|d| d.chars().count() >= 3)
    {
        for (table, column) in [
            ("organisation_notes", "body"),
            ("organisation_activities", "summary"),
        ] {
            sqlx::query(&format!(
                "UPDATE {table} SET {column} = REPLACE({column}, $1, '[erased contact]') \
                 WHERE organisation_id = $2"
            ))
            .bind(detail.to_string())
            .bind(org_id)
            .execute(&mut *tx)
            .await?;
        }
    }
    sqlx::query(
        "UPDATE organisation_contacts SET name = 'Erased contact', role = '', email = '', phone = '', \
         preferred_contact = '', access_needs = '', erased_at = $1 \
         WHERE id = $2 AND organisation_id = $3",
    )
    .bind(now())
    .bind(contact_id)
    .bind(org_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

pub async fn notes(db: &Db, org_id: OrganisationId) -> AppResult<Vec<Note>> {
    let rows = sqlx::query("SELECT author_name, body, created_at FROM organisation_notes WHERE organisation_id = $1 ORDER BY id DESC")
        .bind(org_id)
        .fetch_all(&db.pool)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Note {
                author_name: r.try_get("author_name")?,
                body: r.try_get("body")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

pub async fn add_note(
    db: &Db,
    org_id: OrganisationId,
    author: (i64, &str),
    body: &str,
) -> AppResult<()> {
    sqlx::query("INSERT INTO organisation_notes (organisation_id, author_id, author_name, body, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(org_id)
        .bind(author.0)
        .bind(author.1.to_string())
        .bind(body.to_string())
        .bind(now())
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn activities(db: &Db, org_id: OrganisationId) -> AppResult<Vec<Activity>> {
    let rows = sqlx::query(
        "SELECT kind, happened_on, summary, logged_by_name FROM organisation_activities WHERE organisation_id = $1 \
         ORDER BY happened_on DESC, id DESC",
    )
    .bind(org_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Activity {
                kind: r.try_get("kind")?,
                happened_on: r.try_get("happened_on")?,
                summary: r.try_get("summary")?,
                logged_by_name: r.try_get("logged_by_name")?,
            })
        })
        .collect()
}

pub async fn add_activity(
    db: &Db,
    org_id: OrganisationId,
    kind: &str,
    happened_on: &str,
    summary: &str,
    by: (i64, &str),
) -> AppResult<()> {
    add_activity_on(
        &mut *db.pool.acquire().await?,
        org_id,
        kind,
        happened_on,
        summary,
        by,
    )
    .await
}

pub async fn add_activity_on(
    conn: &mut sqlx::AnyConnection,
    org_id: OrganisationId,
    kind: &str,
    happened_on: &str,
    summary: &str,
    by: (i64, &str),
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO organisation_activities (organisation_id, kind, happened_on, summary, logged_by_id, logged_by_name, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(org_id)
    .bind(kind.to_string())
    .bind(happened_on.to_string())
    .bind(summary.to_string())
    .bind(by.0)
    .bind(by.1.to_string())
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Coordinators and admins, who may own outreach: (id, name).
pub async fn coordinators(db: &Db) -> AppResult<Vec<(i64, String)>> {
    let rows = sqlx::query(
        "SELECT id, name FROM users WHERE role IN ('coordinator', 'admin') AND suspended_at IS NULL ORDER BY name",
    )
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("name")?)))
        .collect()
}
