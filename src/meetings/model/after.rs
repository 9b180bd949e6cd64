//! What is recorded around a meeting, in the database: the people attending, the minutes
//! (a public part, a private part for coordinators, and outcomes), follow-up actions with
//! an owner, due date and done time, and attached files.

use sqlx::Row;

use crate::error::AppResult;
use crate::meetings::model::MeetingId;
use crate::storage::{now, Db};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Minutes {
    pub public: String,
    pub private: String,
    pub outcomes: String,
}

pub async fn minutes(db: &Db, meeting_id: MeetingId) -> AppResult<Minutes> {
    let row =
        sqlx::query("SELECT minutes_public, minutes_private, outcomes FROM meetings WHERE id = $1")
            .bind(meeting_id.0)
            .fetch_optional(&db.pool)
            .await?;
    Ok(match row {
        Some(r) => Minutes {
            public: r.try_get("minutes_public")?,
            private: r.try_get("minutes_private")?,
            outcomes: r.try_get("outcomes")?,
        },
        None => Minutes::default(),
    })
}

pub async fn save_minutes(db: &Db, meeting_id: MeetingId, m: &Minutes) -> AppResult<()> {
    sqlx::query(
        "UPDATE meetings SET minutes_public = $1, minutes_private = $2, outcomes = $3, updated_at = $4 WHERE id = $5",
    )
    .bind(m.public.clone())
    .bind(m.private.clone())
    .bind(m.outcomes.clone())
    .bind(now())
    .bind(meeting_id.0)
    .execute(&db.pool)
    .await?;
    Ok(())
}

#[derive(Clone, Debug)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub organisation: String,
}

pub async fn people(db: &Db, meeting_id: MeetingId) -> AppResult<Vec<Person>> {
    let rows = sqlx::query(
        "SELECT id, name, organisation FROM meeting_people WHERE meeting_id = $1 ORDER BY id",
    )
    .bind(meeting_id.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Person {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                organisation: r.try_get("organisation")?,
            })
        })
        .collect()
}

pub async fn add_person(
    db: &Db,
    meeting_id: MeetingId,
    name: &str,
    organisation: &str,
) -> AppResult<()> {
    sqlx::query("INSERT INTO meeting_people (meeting_id, name, organisation, created_at) VALUES ($1, $2, $3, $4)")
        .bind(meeting_id.0)
        .bind(name.to_string())
        .bind(organisation.to_string())
        .bind(now())
        .execute(&db.pool)
        .await?;
    Ok(())
}

pub async fn remove_person(db: &Db, meeting_id: MeetingId, id: i64) -> AppResult<()> {
    sqlx::query("DELETE FROM meeting_people WHERE id = $1 AND meeting_id = $2")
        .bind(id)
        .bind(meeting_id.0)
        .execute(&db.pool)
        .await?;
    Ok(())
}

#[derive(Clone, Debug)]
pub struct Action {
    pub id: i64,
    pub meeting_id: i64,
    pub meeting_title: String,
    pub description: String,
    pub owner_id: Option<i64>,
    pub owner_name: String,
    pub due_on: String,
    pub done_at: Option<i64>,
}

const ACTION_SELECT: &str =
    "SELECT a.id, a.meeting_id, m.title AS meeting_title, a.description, a.owner_id, \
     COALESCE(u.name, '') AS owner_name, a.due_on, a.done_at FROM meeting_actions a \
     JOIN meetings m ON m.id = a.meeting_id LEFT JOIN users u ON u.id = a.owner_id";

fn action_from(r: &sqlx::any::AnyRow) -> AppResult<Action> {
    Ok(Action {
        id: r.try_get("id")?,
        meeting_id: r.try_get("meeting_id")?,
        meeting_title: r.try_get("meeting_title")?,
        description: r.try_get("description")?,
        owner_id: r.try_get("owner_id")?,
        owner_name: r.try_get("owner_name")?,
        due_on: r.try_get("due_on")?,
        done_at: r.try_get("done_at")?,
    })
}

pub async fn actions(db: &Db, meeting_id: MeetingId) -> AppResult<Vec<Action>> {
    let rows = sqlx::query(&format!(
        "{ACTION_SELECT} WHERE a.meeting_id = $1 ORDER BY a.done_at IS NOT NULL, a.due_on, a.id"
    ))
    .bind(meeting_id.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(action_from).collect()
}

/// Open actions across all meetings, soonest due first (undated last).
pub async fn open_actions(db: &Db) -> AppResult<Vec<Action>> {
    let rows = sqlx::query(&format!(
        "{ACTION_SELECT} WHERE a.done_at IS NULL ORDER BY a.due_on = '', a.due_on, a.id LIMIT 200"
    ))
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(action_from).collect()
}

pub async fn add_action(
    db: &Db,
    meeting_id: MeetingId,
    description: &str,
    owner_id: Option<i64>,
    due_on: &str,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO meeting_actions (meeting_id, description, owner_id, due_on, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(meeting_id.0)
    .bind(description.to_string())
    .bind(owner_id)
    .bind(due_on.to_string())
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn set_action_done(
    db: &Db,
    meeting_id: MeetingId,
    id: i64,
    done: bool,
) -> AppResult<bool> {
    let result =
        sqlx::query("UPDATE meeting_actions SET done_at = $1 WHERE id = $2 AND meeting_id = $3")
            .bind(done.then(now))
            .bind(id)
            .bind(meeting_id.0)
            .execute(&db.pool)
            .await?;
    Ok(result.rows_affected() == 1)
}

#[derive(Clone, Debug)]
pub struct Attachment {
    pub id: i64,
    pub name: String,
    pub sha256: String,
    pub size: i64,
    pub media_type: String,
    pub is_public: bool,
}

pub async fn attachments(db: &Db, meeting_id: MeetingId) -> AppResult<Vec<Attachment>> {
    let rows = sqlx::query(
        "SELECT id, name, sha256, size, media_type, is_public FROM meeting_attachments WHERE meeting_id = $1 ORDER BY id",
    )
    .bind(meeting_id.0)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Attachment {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                sha256: r.try_get("sha256")?,
                size: r.try_get("size")?,
                media_type: r.try_get("media_type")?,
                is_public: r.try_get::<i64, _>("is_public")? == 1,
            })
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
pub async fn add_attachment(
    db: &Db,
    meeting_id: MeetingId,
    name: &str,
    sha256: &str,
    size: i64,
    media_type: &str,
    is_public: bool,
    by: i64,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO meeting_attachments (meeting_id, name, sha256, size, media_type, is_public, uploaded_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(meeting_id.0)
    .bind(name.to_string())
    .bind(sha256.to_string())
    .bind(size)
    .bind(media_type.to_string())
    .bind(i64::from(is_public))
    .bind(by)
    .bind(now())
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn remove_attachment(db: &Db, meeting_id: MeetingId, id: i64) -> AppResult<()> {
    sqlx::query("DELETE FROM meeting_attachments WHERE id = $1 AND meeting_id = $2")
        .bind(id)
        .bind(meeting_id.0)
        .execute(&db.pool)
        .await?;
    Ok(())
}
