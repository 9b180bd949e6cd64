//! Events in the database: the record, creating and changing one, the lists and the
//! programme of sessions. Places taken (`confirmed_count`) change only in `registration`.

use sqlx::Row;

use crate::error::AppResult;
use crate::storage::{now, Db};

/// How people can take part in an event.
pub const REGISTRATION_TYPES: [&str; 2] = ["in_person", "online"];

/// What an organiser enters (already checked).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventFields {
    pub title: String,
    pub description: String,
    pub easy_read: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub venue: String,
    pub venue_access: Vec<String>,
    pub online_url: String,
    pub capacity: i64,
    pub registration_opens_at: i64,
    pub registration_closes_at: i64,
    pub registration_types: Vec<String>,
    pub reminder_days: i64,
    pub feedback_url: String,
    pub is_example: bool,
    pub is_public: bool,
}

crate::typed_id!(EventId, "an event");

#[derive(Clone, Debug)]
pub struct Event {
    pub id: EventId,
    pub slug: String,
    pub uid: String,
    pub confirmed_count: i64,
    pub ics_sequence: i64,
    pub updated_at: i64,
    pub fields: EventFields,
}

/// Whether registration is open, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    NotYet,
    Open,
    Closed,
}

impl Event {
    pub fn window(&self, at: i64) -> Window {
        if at < self.fields.registration_opens_at {
            Window::NotYet
        } else if at >= self.fields.registration_closes_at || at >= self.fields.ends_at {
            Window::Closed
        } else {
            Window::Open
        }
    }

    pub fn places_left(&self) -> i64 {
        (self.fields.capacity - self.confirmed_count).max(0)
    }

    pub fn offers(&self, kind: &str) -> bool {
        self.fields.registration_types.iter().any(|t| t == kind)
    }

    pub fn has_access(&self, code: &str) -> bool {
        self.fields.venue_access.iter().any(|c| c == code)
    }

    pub fn is_over(&self, at: i64) -> bool {
        at >= self.fields.ends_at
    }
}

/// A session in the programme.
#[derive(Clone, Debug)]
pub struct Session {
    pub id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub title: String,
    pub description: String,
}

const COLUMNS: &str = "id, slug, uid, title, description, easy_read, starts_at, ends_at, venue, \
     venue_access, online_url, capacity, confirmed_count, registration_opens_at, \
     registration_closes_at, registration_types, reminder_days, feedback_url, is_example, \
     is_public, ics_sequence, updated_at";

fn from_row(r: &sqlx::any::AnyRow) -> AppResult<Event> {
    Ok(Event {
        id: EventId(r.try_get("id")?),
        slug: r.try_get("slug")?,
        uid: r.try_get("uid")?,
        confirmed_count: r.try_get("confirmed_count")?,
        ics_sequence: r.try_get("ics_sequence")?,
        updated_at: r.try_get("updated_at")?,
        fields: EventFields {
            title: r.try_get("title")?,
            description: r.try_get("description")?,
            easy_read: r.try_get("easy_read")?,
            starts_at: r.try_get("starts_at")?,
            ends_at: r.try_get("ends_at")?,
            venue: r.try_get("venue")?,
            venue_access: crate::storage::code_list(&r.try_get::<String, _>("venue_access")?),
            online_url: r.try_get("online_url")?,
            capacity: r.try_get("capacity")?,
            registration_opens_at: r.try_get("registration_opens_at")?,
            registration_closes_at: r.try_get("registration_closes_at")?,
            registration_types: crate::storage::code_list(
                &r.try_get::<String, _>("registration_types")?,
            ),
            reminder_days: r.try_get("reminder_days")?,
            feedback_url: r.try_get("feedback_url")?,
            is_example: r.try_get::<i64, _>("is_example")? == 1,
            is_public: r.try_get::<i64, _>("is_public")? == 1,
        },
    })
}

/// A slug for `title` not yet used by another event.
async fn free_slug(db: &Db, title: &str) -> AppResult<String> {
    let base = crate::http::slug::slugify(title, "event");
    let mut candidate = base.clone();
    for n in 2.. {
        let taken = sqlx::query("SELECT 1 AS one FROM events WHERE slug = $1")
            .bind(candidate.clone())
            .fetch_optional(&db.pool)
            .await?
            .is_some();
        if !taken {
            break;
        }
        candidate = format!("{base}-{n}");
    }
    Ok(candidate)
}

/// The columns an organiser's fields fill, in the order [`bind_fields`] binds them.
const FIELD_COLUMNS: [&str; 16] = [
    "title",
    "description",
    "easy_read",
    "starts_at",
    "ends_at",
    "venue",
    "venue_access",
    "online_url",
    "capacity",
    "registration_opens_at",
    "registration_closes_at",
    "registration_types",
    "reminder_days",
    "feedback_url",
    "is_example",
    "is_public",
];

/// Binds `f` to the next sixteen placeholders, in [`FIELD_COLUMNS`] order: the one bind
/// list creating and updating share.
fn bind_fields<'q>(query: crate::storage::Query<'q>, f: &EventFields) -> crate::storage::Query<'q> {
    query
        .bind(f.title.clone())
        .bind(f.description.clone())
        .bind(f.easy_read.clone())
        .bind(f.starts_at)
        .bind(f.ends_at)
        .bind(f.venue.clone())
        .bind(f.venue_access.join(","))
        .bind(f.online_url.clone())
        .bind(f.capacity)
        .bind(f.registration_opens_at)
        .bind(f.registration_closes_at)
        .bind(f.registration_types.join(","))
        .bind(f.reminder_days)
        .bind(f.feedback_url.clone())
        .bind(i64::from(f.is_example))
        .bind(i64::from(f.is_public))
}

/// Creates an event; returns its slug.
pub async fn create(db: &Db, f: &EventFields, author: Option<i64>) -> AppResult<String> {
    let slug = free_slug(db, &f.title).await?;
    let sql = format!(
        "INSERT INTO events ({}, slug, uid, created_by, created_at, updated_at) \
         VALUES ({}, $17, $18, $19, $20, $20)",
        FIELD_COLUMNS.join(", "),
        crate::storage::placeholders(&FIELD_COLUMNS)
    );
    bind_fields(sqlx::query(&sql), f)
        .bind(slug.clone())
        .bind(format!("{}@coproduce", uuid::Uuid::new_v4()))
        .bind(author)
        .bind(now())
        .execute(&db.pool)
        .await?;
    Ok(slug)
}

/// Saves new fields. Returns false when the capacity asked for is below the places already
/// taken (nothing is changed then). Raising the capacity does not promote anyone by itself:
/// the caller runs `registration::fill_places`.
pub async fn update(db: &Db, id: EventId, f: &EventFields) -> AppResult<bool> {
    // $9 is the capacity (FIELD_COLUMNS[8]).
    let sql = format!(
        "UPDATE events SET {}, ics_sequence = ics_sequence + 1, updated_at = $17 \
         WHERE id = $18 AND confirmed_count <= $9",
        crate::storage::assignments(&FIELD_COLUMNS)
    );
    let result = bind_fields(sqlx::query(&sql), f)
        .bind(now())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(result.rows_affected() == 1)
}

pub async fn find_by_slug(db: &Db, slug: &str) -> AppResult<Option<Event>> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM events WHERE slug = $1"))
        .bind(slug.to_string())
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn find(db: &Db, id: EventId) -> AppResult<Option<Event>> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM events WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(from_row).transpose()
}

/// Upcoming events (not yet ended), soonest first, and past ones, latest first.
pub async fn lists(db: &Db, public_only: bool) -> AppResult<(Vec<Event>, Vec<Event>)> {
    let filter = if public_only { "AND is_public = 1" } else { "" };
    let at = now();
    let upcoming = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM events WHERE ends_at >= $1 {filter} ORDER BY starts_at, id LIMIT 200"
    ))
    .bind(at)
    .fetch_all(&db.pool)
    .await?;
    let past = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM events WHERE ends_at < $1 {filter} \
         ORDER BY starts_at DESC, id DESC LIMIT 200"
    ))
    .bind(at)
    .fetch_all(&db.pool)
    .await?;
    Ok((
        upcoming.iter().map(from_row).collect::<AppResult<_>>()?,
        past.iter().map(from_row).collect::<AppResult<_>>()?,
    ))
}

pub async fn sessions(db: &Db, event_id: EventId) -> AppResult<Vec<Session>> {
    let rows = sqlx::query(
        "SELECT id, starts_at, ends_at, title, description FROM event_sessions \
         WHERE event_id = $1 ORDER BY starts_at, id",
    )
    .bind(event_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Session {
                id: r.try_get("id")?,
                starts_at: r.try_get("starts_at")?,
                ends_at: r.try_get("ends_at")?,
                title: r.try_get("title")?,
                description: r.try_get("description")?,
            })
        })
        .collect()
}

pub async fn add_session(
    db: &Db,
    event_id: EventId,
    starts_at: i64,
    ends_at: i64,
    title: &str,
    description: &str,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO event_sessions (event_id, starts_at, ends_at, title, description) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(event_id)
    .bind(starts_at)
    .bind(ends_at)
    .bind(title.to_string())
    .bind(description.to_string())
    .execute(&db.pool)
    .await?;
    Ok(())
}

pub async fn remove_session(db: &Db, event_id: EventId, session_id: i64) -> AppResult<()> {
    sqlx::query("DELETE FROM event_sessions WHERE id = $1 AND event_id = $2")
        .bind(session_id)
        .bind(event_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// An event named by its slug: public ones for everyone, private ones for coordinators.
impl crate::http::PathRecord for Event {
    async fn load(
        state: &crate::state::AppState,
        ctx: &crate::http::RequestContext,
        key: &str,
    ) -> AppResult<Option<Event>> {
        Ok(find_by_slug(&state.db, key)
            .await?
            .filter(|e| e.fields.is_public || ctx.is_coordinator()))
    }
}
