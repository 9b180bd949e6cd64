//! What's on: the read model the combined calendar views share. Meetings and events are
//! read here as [`Listing`]s, straight from their tables, so the feeds and the month view
//! need neither domain (and neither domain needs the other); consultations' closing dates
//! are read the same way, for the feeds. Each coordinator's private
//! feed address (`calendar_feed_tokens`) lives here too.

use sqlx::Row;

use super::ics::{self, Entry, EntryStatus};
use crate::error::AppResult;
use crate::storage::{now, Db};

/// What a listing is, and so where its page is.
#[derive(Clone, Debug)]
pub enum Source {
    /// A meeting and its status (proposed, confirmed, held, postponed, cancelled).
    Meeting {
        id: i64,
        status: String,
    },
    Event {
        slug: String,
    },
    /// The closing date of a consultation (a moment, not a stretch of time).
    ConsultationCloses {
        slug: String,
    },
}

/// A meeting or an event as the calendar views show it.
#[derive(Clone, Debug)]
pub struct Listing {
    pub source: Source,
    pub uid: String,
    pub sequence: i64,
    pub updated_at: i64,
    pub title: String,
    /// A meeting's purpose or an event's description.
    pub text: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub venue: String,
    pub online_url: String,
}

impl Listing {
    /// The page's path (`/meetings/7`, `/events/summit`).
    pub fn path(&self) -> String {
        match &self.source {
            Source::Meeting { id, .. } => format!("/meetings/{id}"),
            Source::Event { slug } => format!("/events/{slug}"),
            Source::ConsultationCloses { slug } => format!("/consultations/{slug}"),
        }
    }

    /// Its VEVENT as a feed shows it: a meeting's joining link is included, an event's is
    /// not (it goes to registrants only).
    pub fn entry<'a>(&'a self, url: &'a str) -> Entry<'a> {
        let (online_url, status) = match &self.source {
            Source::Meeting { status, .. } => (self.online_url.as_str(), ics::status_of(status)),
            Source::Event { .. } | Source::ConsultationCloses { .. } => {
                ("", EntryStatus::Confirmed)
            }
        };
        Entry {
            uid: &self.uid,
            sequence: self.sequence,
            updated_at: self.updated_at,
            title: &self.title,
            text: &self.text,
            venue: &self.venue,
            online_url,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            url,
            status,
        }
    }
}

const MEETING_COLUMNS: &str = "id, uid, ics_sequence, updated_at, title, purpose AS text, \
     starts_at, starts_at + duration_minutes * 60 AS ends_at, venue, online_url, status";
const EVENT_COLUMNS: &str = "slug, uid, ics_sequence, updated_at, title, description AS text, \
     starts_at, ends_at, venue, online_url";

fn meeting_row(r: &sqlx::any::AnyRow) -> AppResult<Listing> {
    listing(
        r,
        Source::Meeting {
            id: r.try_get("id")?,
            status: r.try_get("status")?,
        },
    )
}

fn event_row(r: &sqlx::any::AnyRow) -> AppResult<Listing> {
    listing(
        r,
        Source::Event {
            slug: r.try_get("slug")?,
        },
    )
}

fn listing(r: &sqlx::any::AnyRow, source: Source) -> AppResult<Listing> {
    Ok(Listing {
        source,
        uid: r.try_get("uid")?,
        sequence: r.try_get("ics_sequence")?,
        updated_at: r.try_get("updated_at")?,
        title: r.try_get("title")?,
        text: r.try_get("text")?,
        starts_at: r.try_get("starts_at")?,
        ends_at: r.try_get("ends_at")?,
        venue: r.try_get("venue")?,
        online_url: r.try_get("online_url")?,
    })
}

/// Meetings, then events, matching `filter` (SQL after `WHERE`, binding `$1`, `$2` to
/// `binds`), each in `order`, at most `limit` of each.
async fn both(
    db: &Db,
    filter: &str,
    order: &str,
    binds: &[i64],
    limit: i64,
) -> AppResult<Vec<Listing>> {
    let mut listings = Vec::new();
    for (table, columns, map) in [
        ("meetings", MEETING_COLUMNS, meeting_row as fn(&_) -> _),
        ("events", EVENT_COLUMNS, event_row),
    ] {
        let sql =
            format!("SELECT {columns} FROM {table} WHERE {filter} ORDER BY {order} LIMIT {limit}");
        let mut query = sqlx::query(&sql);
        for b in binds {
            query = query.bind(*b);
        }
        for row in query.fetch_all(&db.pool).await? {
            listings.push(map(&row)?);
        }
    }
    Ok(listings)
}

fn visibility(public_only: bool) -> &'static str {
    if public_only {
        "AND is_public = 1"
    } else {
        ""
    }
}

/// For a calendar feed: from a year ago onwards, soonest first (meetings, then events);
/// `public_only` leaves out private ones.
pub async fn for_feed(db: &Db, public_only: bool) -> AppResult<Vec<Listing>> {
    let filter = format!("starts_at >= $1 {}", visibility(public_only));
    let mut listings = both(
        db,
        &filter,
        "starts_at, id",
        &[now() - 365 * 24 * 3600],
        1000,
    )
    .await?;
    listings.extend(consultation_closings(db, public_only).await?);
    Ok(listings)
}

/// The closing dates of published consultations, from a year ago onwards (a draft's only
/// when `public_only` is false).
async fn consultation_closings(db: &Db, public_only: bool) -> AppResult<Vec<Listing>> {
    let at = now();
    let filter = if public_only {
        "AND opens_at <= $2"
    } else {
        "AND $2 = $2"
    };
    let sql = format!(
        "SELECT id, slug, updated_at, title, summary, closes_at FROM consultations c WHERE closes_at >= $1 {filter} \
         AND EXISTS (SELECT 1 FROM consultation_versions v WHERE v.consultation_id = c.id) ORDER BY closes_at, id LIMIT 1000"
    );
    sqlx::query(&sql)
        .bind(at - 365 * 24 * 3600)
        .bind(at)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| {
            let closes: i64 = r.try_get("closes_at")?;
            Ok(Listing {
                source: Source::ConsultationCloses {
                    slug: r.try_get("slug")?,
                },
                uid: format!(
                    "{}.closes@consultations.coproduce",
                    r.try_get::<i64, _>("id")?
                ),
                sequence: 0,
                updated_at: r.try_get("updated_at")?,
                title: r.try_get("title")?,
                text: r.try_get("summary")?,
                starts_at: closes,
                ends_at: closes,
                venue: String::new(),
                online_url: String::new(),
            })
        })
        .collect()
}

/// Starting in `[start, end)`, in time order.
pub async fn between(db: &Db, start: i64, end: i64, public_only: bool) -> AppResult<Vec<Listing>> {
    let filter = format!(
        "starts_at >= $1 AND starts_at < $2 {}",
        visibility(public_only)
    );
    let mut listings = both(db, &filter, "starts_at, id", &[start, end], 1000).await?;
    listings.sort_by_key(|l| l.starts_at);
    Ok(listings)
}

/// Public ones most recently added or changed, newest first, at most `limit`.
pub async fn recently_changed(db: &Db, limit: i64) -> AppResult<Vec<Listing>> {
    let mut listings = both(db, "is_public = 1", "updated_at DESC, id DESC", &[], limit).await?;
    listings.sort_by_key(|l| std::cmp::Reverse(l.updated_at));
    listings.truncate(usize::try_from(limit).unwrap_or(0));
    Ok(listings)
}

/// Makes a new secret address for `user_id`'s private feed, replacing any earlier one.
/// Returns the token; only its hash is kept.
pub async fn new_feed_token(db: &Db, user_id: i64) -> AppResult<String> {
    let token = crate::auth::secret::random_token();
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM calendar_feed_tokens WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO calendar_feed_tokens (user_id, token_hash, created_at) VALUES ($1, $2, $3)",
    )
    .bind(user_id)
    .bind(crate::auth::secret::hash_token(&token))
    .bind(now())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// Whose private feed `token` opens, if anyone's.
pub async fn feed_owner(db: &Db, token: &str) -> AppResult<Option<i64>> {
    let row = sqlx::query("SELECT user_id FROM calendar_feed_tokens WHERE token_hash = $1")
        .bind(crate::auth::secret::hash_token(token))
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.map(|r| r.try_get("user_id")).transpose()?)
}

/// When `user_id` last made a private feed address, if ever.
pub async fn feed_made_at(db: &Db, user_id: i64) -> AppResult<Option<i64>> {
    let row = sqlx::query("SELECT created_at FROM calendar_feed_tokens WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.map(|r| r.try_get("created_at")).transpose()?)
}
