//! The reminder and feedback e-mails, run by every instance's background worker. Each
//! message is claimed by a conditional update of its registration (`reminder_sent_at IS
//! NULL`) in the same transaction that queues it, so however many instances run the job at
//! once, nobody is e-mailed twice. The same job removes registrants' personal details
//! [`RETENTION_DAYS`] after an event (see [`forget_past_registrants`]).

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use sqlx::Row;

use super::model;
use crate::config::Config;
use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::mail::messages;
use crate::storage::{now, Db};

/// Which job: the reminder before, or the feedback link after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Reminder,
    Feedback,
}

impl Kind {
    fn column(self) -> &'static str {
        match self {
            Kind::Reminder => "reminder_sent_at",
            Kind::Feedback => "feedback_sent_at",
        }
    }
}

/// Confirmed registrations due a message of `kind` at `at`: (registration id, event id).
async fn due(db: &Db, kind: Kind, at: i64) -> AppResult<Vec<(i64, model::EventId)>> {
    let sql = match kind {
        // From `reminder_days` before the start until the start.
        Kind::Reminder => {
            "SELECT r.id, r.event_id FROM registrations r JOIN events e ON e.id = r.event_id \
             WHERE r.status = 'confirmed' AND r.reminder_sent_at IS NULL AND e.reminder_days > 0 \
             AND e.starts_at > $1 AND e.starts_at - e.reminder_days * 86400 <= $1 \
             ORDER BY r.id LIMIT 500"
        }
        // Within a week after the end, when the event has a feedback form.
        Kind::Feedback => {
            "SELECT r.id, r.event_id FROM registrations r JOIN events e ON e.id = r.event_id \
             WHERE r.status = 'confirmed' AND r.feedback_sent_at IS NULL AND e.feedback_url <> '' \
             AND e.ends_at <= $1 AND e.ends_at > $1 - 7 * 86400 \
             ORDER BY r.id LIMIT 500"
        }
    };
    let rows = sqlx::query(sql).bind(at).fetch_all(&db.pool).await?;
    rows.iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("event_id")?)))
        .collect()
}

/// Sends what is due; returns how many messages were queued by this call.
pub async fn run_due(db: &Db, config: &Config) -> AppResult<usize> {
    let mut sent = 0;
    for kind in [Kind::Reminder, Kind::Feedback] {
        let at = now();
        // Each event is read once, however many of its registrations are due.
        let mut events: HashMap<model::EventId, Option<model::Event>> = HashMap::new();
        for (id, event_id) in due(db, kind, at).await? {
            if let Entry::Vacant(slot) = events.entry(event_id) {
                slot.insert(model::find(db, event_id).await?);
            }
            let Some(Some(event)) = events.get(&event_id) else {
                continue;
            };
            let mut tx = db.begin_write().await?;
            let claimed = sqlx::query(&format!(
                "UPDATE registrations SET {col} = $1 WHERE id = $2 AND {col} IS NULL \
                 AND status = 'confirmed' RETURNING name, email, lang",
                col = kind.column()
            ))
            .bind(at)
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(row) = claimed else {
                continue;
            };
            let lang = Lang::from_code(&row.try_get::<String, _>("lang")?).unwrap_or(Lang::En);
            let email: String = row.try_get("email")?;
            let args = [
                ("name", Arg::from(row.try_get::<String, _>("name")?)),
                ("event", Arg::from(event.fields.title.clone())),
                (
                    "when",
                    Arg::from(crate::views::format_time(lang, event.fields.starts_at)),
                ),
                (
                    "page",
                    Arg::from(config.link(&format!("/events/{}", event.slug))),
                ),
                ("feedback", Arg::from(event.fields.feedback_url.clone())),
            ];
            let key = match kind {
                Kind::Reminder => "event-reminder",
                Kind::Feedback => "event-feedback",
            };
            messages::send_keyed_on(&mut tx, lang, key, &email, &args, None).await?;
            tx.commit().await?;
            sent += 1;
        }
    }
    forget_past_registrants(db).await?;
    Ok(sent)
}

/// How long after an event ends registrants' names and contact details are kept.
pub const RETENTION_DAYS: i64 = 90;

/// Removes the name, address, organisation and free-text needs of everyone registered for
/// events that ended more than [`RETENTION_DAYS`] ago; their personal links stop working.
/// The counts (places, access-need codes, anonymous monitoring totals) stay for the report.
/// Returns how many registrations were anonymised.
pub async fn forget_past_registrants(db: &Db) -> AppResult<u64> {
    let cutoff = now() - RETENTION_DAYS * 86_400;
    let result = sqlx::query(
        "UPDATE registrations SET name = '', email = 'removed-' || id, organisation = '', \
         access_other = '', token_hash = 'removed-' || id, updated_at = $1 \
         WHERE email NOT LIKE 'removed-%' \
         AND event_id IN (SELECT id FROM events WHERE ends_at < $2)",
    )
    .bind(now())
    .bind(cutoff)
    .execute(&db.pool)
    .await?;
    Ok(result.rows_affected())
}
