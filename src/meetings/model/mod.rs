//! Meetings in the database: the record, creating and changing one, and the lists.

pub mod after;
pub mod polls;
pub mod requests;

use sqlx::Row;

use crate::error::AppResult;
use crate::storage::{now, Db};

crate::code_enum!(MeetingStatus, "a meeting's status", {
    Proposed => "proposed",
    Confirmed => "confirmed",
    Held => "held",
    Postponed => "postponed",
    Cancelled => "cancelled",
});

/// The status codes, in the order the form shows them.
pub const STATUSES: &[&str] = MeetingStatus::CODES;

/// What a coordinator enters (already checked).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeetingFields {
    pub title: String,
    pub purpose: String,
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub venue: String,
    pub venue_access: Vec<String>,
    pub online_url: String,
    pub agenda: String,
    pub status: MeetingStatus,
    pub is_public: bool,
}

crate::typed_id!(MeetingId, "a meeting");

#[derive(Clone, Debug)]
pub struct Meeting {
    pub id: MeetingId,
    pub uid: String,
    pub ics_sequence: i64,
    pub updated_at: i64,
    pub fields: MeetingFields,
}

impl Meeting {
    pub fn ends_at(&self) -> i64 {
        self.fields.starts_at + self.fields.duration_minutes * 60
    }

    pub fn has_access(&self, code: &str) -> bool {
        self.fields.venue_access.iter().any(|c| c == code)
    }
}

const COLUMNS: &str = "id, uid, title, purpose, starts_at, duration_minutes, venue, venue_access, \
     online_url, agenda, status, is_public, ics_sequence, updated_at";

fn from_row(r: &sqlx::any::AnyRow) -> AppResult<Meeting> {
    let access: String = r.try_get("venue_access")?;
    Ok(Meeting {
        id: MeetingId(r.try_get("id")?),
        uid: r.try_get("uid")?,
        ics_sequence: r.try_get("ics_sequence")?,
        updated_at: r.try_get("updated_at")?,
        fields: MeetingFields {
            title: r.try_get("title")?,
            purpose: r.try_get("purpose")?,
            starts_at: r.try_get("starts_at")?,
            duration_minutes: r.try_get("duration_minutes")?,
            venue: r.try_get("venue")?,
            venue_access: crate::storage::code_list(&access),
            online_url: r.try_get("online_url")?,
            agenda: r.try_get("agenda")?,
            status: MeetingStatus::from_code(&r.try_get::<String, _>("status")?)
                .ok_or_else(|| anyhow::anyhow!("unknown meeting status"))?,
            is_public: r.try_get::<i64, _>("is_public")? == 1,
        },
    })
}

/// The columns a coordinator's fields fill, in the order [`bind_fields`] binds them.
const FIELD_COLUMNS: [&str; 10] = [
    "title",
    "purpose",
    "starts_at",
    "duration_minutes",
    "venue",
    "venue_access",
    "online_url",
    "agenda",
    "status",
    "is_public",
];

/// Binds `f` to the next ten placeholders, in [`FIELD_COLUMNS`] order: the one bind list
/// creating and updating share.
fn bind_fields<'q>(
    query: crate::storage::Query<'q>,
    f: &MeetingFields,
) -> crate::storage::Query<'q> {
    query
        .bind(f.title.clone())
        .bind(f.purpose.clone())
        .bind(f.starts_at)
        .bind(f.duration_minutes)
        .bind(f.venue.clone())
        .bind(f.venue_access.join(","))
        .bind(f.online_url.clone())
        .bind(f.agenda.clone())
        .bind(f.status.code().to_string())
        .bind(i64::from(f.is_public))
}

pub async fn create(db: &Db, f: &MeetingFields, author: i64) -> AppResult<MeetingId> {
    create_on(&mut *db.pool.acquire().await?, f, author).await
}

pub async fn create_on(
    conn: &mut sqlx::AnyConnection,
    f: &MeetingFields,
    author: i64,
) -> AppResult<MeetingId> {
    let at = now();
    let uid = format!("{}@coproduce", uuid::Uuid::new_v4());
    let sql = format!(
        "INSERT INTO meetings ({}, uid, created_by, created_at, updated_at) \
         VALUES ({}, $11, $12, $13, $13) RETURNING id",
        FIELD_COLUMNS.join(", "),
        crate::storage::placeholders(&FIELD_COLUMNS)
    );
    let row = bind_fields(sqlx::query(&sql), f)
        .bind(uid)
        .bind(author)
        .bind(at)
        .fetch_one(&mut *conn)
        .await?;
    Ok(MeetingId(row.try_get("id")?))
}

/// Saves new fields; the iCalendar sequence goes up so calendars take the change.
pub async fn update(db: &Db, id: MeetingId, f: &MeetingFields) -> AppResult<bool> {
    let sql = format!(
        "UPDATE meetings SET {}, ics_sequence = ics_sequence + 1, updated_at = $11 WHERE id = $12",
        crate::storage::assignments(&FIELD_COLUMNS)
    );
    let result = bind_fields(sqlx::query(&sql), f)
        .bind(now())
        .bind(id.0)
        .execute(&db.pool)
        .await?;
    Ok(result.rows_affected() == 1)
}

pub async fn find(db: &Db, id: MeetingId) -> AppResult<Option<Meeting>> {
    find_on(&mut *db.pool.acquire().await?, id).await
}

pub async fn find_on(conn: &mut sqlx::AnyConnection, id: MeetingId) -> AppResult<Option<Meeting>> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM meetings WHERE id = $1"))
        .bind(id.0)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(from_row).transpose()
}

/// How many meetings a list page shows: upcoming ones, and past ones per page.
pub const UPCOMING_LIMIT: i64 = 100;
pub const PAST_PAGE: i64 = 50;

/// Upcoming meetings (not yet ended), soonest first, and page `past_page` (from 0) of past
/// ones, latest first; the flag says whether earlier past meetings exist.
/// `public_only` leaves out private meetings.
pub async fn lists(
    db: &Db,
    public_only: bool,
    past_page: i64,
) -> AppResult<(Vec<Meeting>, Vec<Meeting>, bool)> {
    let filter = if public_only { "AND is_public = 1" } else { "" };
    let at = now();
    let upcoming = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM meetings WHERE starts_at + duration_minutes * 60 >= $1 {filter} \
         ORDER BY starts_at, id LIMIT {UPCOMING_LIMIT}"
    ))
    .bind(at)
    .fetch_all(&db.pool)
    .await?;
    let past = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM meetings WHERE starts_at + duration_minutes * 60 < $1 {filter} \
         ORDER BY starts_at DESC, id DESC LIMIT {} OFFSET $2",
        PAST_PAGE + 1
    ))
    .bind(at)
    .bind(past_page.max(0) * PAST_PAGE)
    .fetch_all(&db.pool)
    .await?;
    let more = past.len() as i64 > PAST_PAGE;
    Ok((
        upcoming.iter().map(from_row).collect::<AppResult<_>>()?,
        past.iter()
            .take(PAST_PAGE as usize)
            .map(from_row)
            .collect::<AppResult<_>>()?,
        more,
    ))
}

// (Written out: the enum comes from `code_enum!`, which cannot take `#[default]`.)
#[allow(clippy::derivable_impls)]
impl Default for MeetingStatus {
    fn default() -> MeetingStatus {
        MeetingStatus::Proposed
    }
}

/// A meeting named in a path: public ones for everyone, private ones for coordinators.
impl crate::http::PathRecord for Meeting {
    async fn load(
        state: &crate::state::AppState,
        ctx: &crate::http::RequestContext,
        key: &str,
    ) -> AppResult<Option<Meeting>> {
        let Ok(id) = key.parse::<MeetingId>() else {
            return Ok(None);
        };
        Ok(find(&state.db, id)
            .await?
            .filter(|m| m.fields.is_public || ctx.is_coordinator()))
    }
}
