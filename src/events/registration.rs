//! Registrations: taking a place (or a place on the waiting list), changing details,
//! cancelling, and handing freed places to the waiting list in order.
//!
//! Capacity is never exceeded. Every change that takes or frees a place runs in one write
//! transaction that first locks the event's row (`FOR UPDATE` on PostgreSQL; SQLite's
//! single writer), so concurrent registrations — from any number of instances — queue on
//! that lock and each sees the places its predecessors took. `confirmed_count` is also
//! bounded by a CHECK constraint. E-mails are queued inside the same transaction, so a
//! place and its message are kept or lost together.

use sqlx::Row;

use super::ics;
use super::model::{Event, EventId};
use crate::auth::secret::{hash_token, random_token};
use crate::config::Config;
use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::mail::messages;
use crate::storage::{now, Db};

pub use super::registrants::{find_by_token, for_event, set_checked_in, waiting_position};

crate::typed_id!(RegistrationId, "a registration");

crate::code_enum!(RegistrationStatus, "a registration's status", {
    Confirmed => "confirmed",
    Waiting => "waiting",
    Cancelled => "cancelled",
});

/// What a registrant tells us (already checked).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Details {
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub kind: String,
    pub access_needs: Vec<String>,
    pub dietary: Vec<String>,
    pub access_other: String,
}

#[derive(Clone, Debug)]
pub struct Registration {
    pub id: RegistrationId,
    pub event_id: EventId,
    pub status: RegistrationStatus,
    pub lang: String,
    pub checked_in_at: Option<i64>,
    pub created_at: i64,
    pub details: Details,
}

/// What happened to a registration attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A place: the personal link's token.
    Confirmed(String),
    /// On the waiting list: the token.
    Waiting(String),
    /// This address already holds a registration; a fresh link was e-mailed to it.
    AlreadyRegistered,
}

pub(super) const COLUMNS: &str =
    "id, event_id, name, email, organisation, kind, status, access_needs, \
     dietary, access_other, lang, checked_in_at, created_at";

pub(super) fn from_row(r: &sqlx::any::AnyRow) -> AppResult<Registration> {
    Ok(Registration {
        id: r.try_get("id")?,
        event_id: r.try_get("event_id")?,
        status: RegistrationStatus::from_code(&r.try_get::<String, _>("status")?)
            .ok_or_else(|| anyhow::anyhow!("unknown registration status"))?,
        lang: r.try_get("lang")?,
        checked_in_at: r.try_get("checked_in_at")?,
        created_at: r.try_get("created_at")?,
        details: Details {
            name: r.try_get("name")?,
            email: r.try_get("email")?,
            organisation: r.try_get("organisation")?,
            kind: r.try_get("kind")?,
            access_needs: crate::storage::code_list(&r.try_get::<String, _>("access_needs")?),
            dietary: crate::storage::code_list(&r.try_get::<String, _>("dietary")?),
            access_other: r.try_get("access_other")?,
        },
    })
}

/// The event's place count and capacity, with its row locked until the transaction ends.
async fn lock_event(
    db: &Db,
    conn: &mut sqlx::AnyConnection,
    event_id: EventId,
) -> AppResult<(i64, i64)> {
    let row = sqlx::query(&format!(
        "SELECT confirmed_count, capacity FROM events WHERE id = $1 {}",
        db.for_update()
    ))
    .bind(event_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok((row.try_get("confirmed_count")?, row.try_get("capacity")?))
}

fn manage_link(config: &Config, token: &str) -> String {
    config.link(&format!("/events/registration/{token}"))
}

fn event_args(lang: Lang, event: &Event, config: &Config) -> Vec<(&'static str, Arg)> {
    vec![
        ("event", Arg::from(event.fields.title.clone())),
        (
            "when",
            Arg::from(crate::views::format_time(lang, event.fields.starts_at)),
        ),
        (
            "page",
            Arg::from(config.link(&format!("/events/{}", event.slug))),
        ),
    ]
}

/// Queues message `key` about `event` to a registrant, with the event's `.ics` when `with_ics`.
#[allow(clippy::too_many_arguments)]
async fn tell(
    conn: &mut sqlx::AnyConnection,
    config: &Config,
    event: &Event,
    lang: Lang,
    key: &str,
    to: &str,
    name: &str,
    token: Option<&str>,
    with_ics: bool,
) -> AppResult<()> {
    let mut args = event_args(lang, event, config);
    args.push(("name", Arg::from(name)));
    if let Some(token) = token {
        args.push(("link", Arg::from(manage_link(config, token))));
    }
    let file =
        with_ics.then(|| ics::attachment(event, &config.link(&format!("/events/{}", event.slug))));
    messages::send_keyed_on(conn, lang, key, to, &args, file.as_ref()).await?;
    Ok(())
}

/// Registers `details` for `event` (whose window the caller has checked): a place if one is
/// free, else the waiting list. The confirmation (with the `.ics` and the personal link) is
/// queued in the same transaction.
pub async fn register(
    db: &Db,
    config: &Config,
    event: &Event,
    details: &Details,
    answers: &[(&'static str, &'static str)],
    lang: Lang,
) -> AppResult<Outcome> {
    let email = details.email.trim().to_lowercase();
    let token = random_token();
    let at = now();
    let mut tx = db.begin_write().await?;
    let (taken, capacity) = lock_event(db, &mut tx, event.id).await?;
    let existing = sqlx::query(
        "SELECT id, name FROM registrations WHERE event_id = $1 AND email = $2 AND status <> 'cancelled'",
    )
    .bind(event.id)
    .bind(email.clone())
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(row) = existing {
        // A second registration with the same address: send that address a fresh link
        // (the old one stops working) instead of taking a second place.
        let id: i64 = row.try_get("id")?;
        let name: String = row.try_get("name")?;
        sqlx::query("UPDATE registrations SET token_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(hash_token(&token))
            .bind(at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tell(
            &mut tx,
            config,
            event,
            lang,
            "event-already",
            &email,
            &name,
            Some(&token),
            false,
        )
        .await?;
        tx.commit().await?;
        return Ok(Outcome::AlreadyRegistered);
    }
    let confirmed = taken < capacity;
    if confirmed {
        sqlx::query("UPDATE events SET confirmed_count = confirmed_count + 1 WHERE id = $1")
            .bind(event.id)
            .execute(&mut *tx)
            .await?;
    }
    let status = if confirmed {
        RegistrationStatus::Confirmed
    } else {
        RegistrationStatus::Waiting
    };
    let row = sqlx::query(
        "INSERT INTO registrations (event_id, token_hash, name, email, organisation, kind, status, \
         access_needs, dietary, access_other, lang, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
    )
    .bind(event.id)
    .bind(hash_token(&token))
    .bind(details.name.clone())
    .bind(email.clone())
    .bind(details.organisation.clone())
    .bind(details.kind.clone())
    .bind(status.code())
    .bind(details.access_needs.join(","))
    .bind(details.dietary.join(","))
    .bind(details.access_other.clone())
    .bind(lang.code())
    .bind(at)
    .fetch_one(&mut *tx)
    .await?;
    let id: i64 = row.try_get("id")?;
    super::monitoring::store(&mut tx, event.id, id, answers).await?;
    let key = if confirmed {
        "event-confirmed"
    } else {
        "event-waiting"
    };
    tell(
        &mut tx,
        config,
        event,
        lang,
        key,
        &email,
        &details.name,
        Some(&token),
        confirmed,
    )
    .await?;
    tx.commit().await?;
    Ok(if confirmed {
        Outcome::Confirmed(token)
    } else {
        Outcome::Waiting(token)
    })
}

/// Saves changed details (not the address, which the link belongs to).
pub async fn change(db: &Db, id: RegistrationId, d: &Details) -> AppResult<()> {
    sqlx::query(
        "UPDATE registrations SET name = $1, organisation = $2, kind = $3, access_needs = $4, \
         dietary = $5, access_other = $6, updated_at = $7 WHERE id = $8 AND status <> 'cancelled'",
    )
    .bind(d.name.clone())
    .bind(d.organisation.clone())
    .bind(d.kind.clone())
    .bind(d.access_needs.join(","))
    .bind(d.dietary.join(","))
    .bind(d.access_other.clone())
    .bind(now())
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Gives free places to the waiting list, oldest first, on `conn` whose transaction holds
/// the event's lock; each person promoted is e-mailed (with the `.ics`).
async fn promote_waiting(
    conn: &mut sqlx::AnyConnection,
    config: &Config,
    event: &Event,
    mut taken: i64,
    capacity: i64,
) -> AppResult<usize> {
    let mut promoted = 0;
    while taken < capacity {
        let Some(next) = sqlx::query(
            "SELECT id, name, email, lang FROM registrations \
             WHERE event_id = $1 AND status = 'waiting' ORDER BY id LIMIT 1",
        )
        .bind(event.id)
        .fetch_optional(&mut *conn)
        .await?
        else {
            break;
        };
        let id: i64 = next.try_get("id")?;
        // A new link: the promotion e-mail must carry one and only the hash is kept.
        let token = random_token();
        sqlx::query(
            "UPDATE registrations SET status = 'confirmed', token_hash = $1, updated_at = $2 WHERE id = $3",
        )
        .bind(hash_token(&token))
        .bind(now())
        .bind(id)
        .execute(&mut *conn)
        .await?;
        sqlx::query("UPDATE events SET confirmed_count = confirmed_count + 1 WHERE id = $1")
            .bind(event.id)
            .execute(&mut *conn)
            .await?;
        let lang = Lang::from_code(&next.try_get::<String, _>("lang")?).unwrap_or(Lang::En);
        let email: String = next.try_get("email")?;
        let name: String = next.try_get("name")?;
        tell(
            conn,
            config,
            event,
            lang,
            "event-promoted",
            &email,
            &name,
            Some(&token),
            true,
        )
        .await?;
        taken += 1;
        promoted += 1;
    }
    Ok(promoted)
}

/// Cancels a registration: its equality answers are deleted, and a place it held goes to
/// the next person waiting. Returns false if it was already cancelled.
pub async fn cancel(
    db: &Db,
    config: &Config,
    event: &Event,
    id: RegistrationId,
) -> AppResult<bool> {
    let mut tx = db.begin_write().await?;
    let (mut taken, capacity) = lock_event(db, &mut tx, event.id).await?;
    let Some(row) = sqlx::query(
        "SELECT status, name, email, lang FROM registrations WHERE id = $1 AND event_id = $2",
    )
    .bind(id)
    .bind(event.id)
    .fetch_optional(&mut *tx)
    .await?
    else {
        return Ok(false);
    };
    let status: String = row.try_get("status")?;
    if status == "cancelled" {
        return Ok(false);
    }
    sqlx::query("UPDATE registrations SET status = 'cancelled', updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM equality_answers WHERE registration_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if status == "confirmed" {
        sqlx::query("UPDATE events SET confirmed_count = confirmed_count - 1 WHERE id = $1")
            .bind(event.id)
            .execute(&mut *tx)
            .await?;
        taken -= 1;
    }
    let lang = Lang::from_code(&row.try_get::<String, _>("lang")?).unwrap_or(Lang::En);
    let email: String = row.try_get("email")?;
    let name: String = row.try_get("name")?;
    tell(
        &mut tx,
        config,
        event,
        lang,
        "event-cancelled",
        &email,
        &name,
        None,
        false,
    )
    .await?;
    promote_waiting(&mut tx, config, event, taken, capacity).await?;
    tx.commit().await?;
    Ok(true)
}

/// After the capacity was raised: gives the new places to the waiting list.
pub async fn fill_places(db: &Db, config: &Config, event: &Event) -> AppResult<usize> {
    let mut tx = db.begin_write().await?;
    let (taken, capacity) = lock_event(db, &mut tx, event.id).await?;
    let promoted = promote_waiting(&mut tx, config, event, taken, capacity).await?;
    tx.commit().await?;
    Ok(promoted)
}

/// Tells everyone still registered that the event's time or place changed: those with a
/// place get the updated `.ics` (same UID, higher SEQUENCE, so calendars update the entry).
/// Returns how many were told.
pub async fn tell_changed(db: &Db, config: &Config, event: &Event) -> AppResult<usize> {
    let rows = sqlx::query(
        "SELECT name, email, lang, status FROM registrations WHERE event_id = $1 AND status <> 'cancelled' ORDER BY id",
    )
    .bind(event.id)
    .fetch_all(&db.pool)
    .await?;
    let mut tx = db.begin_write().await?;
    for row in &rows {
        let lang = Lang::from_code(&row.try_get::<String, _>("lang")?).unwrap_or(Lang::En);
        let email: String = row.try_get("email")?;
        let name: String = row.try_get("name")?;
        let confirmed = row.try_get::<String, _>("status")? == "confirmed";
        tell(
            &mut tx,
            config,
            event,
            lang,
            "event-changed",
            &email,
            &name,
            None,
            confirmed,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(rows.len())
}
