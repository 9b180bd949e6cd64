//! The founding events for `serve --demo`: the open conversation of 27 February 2019 (as
//! the founding document describes it, a past event) and one example event in the future,
//! labelled as an example on every page, so that registration can be tried. Idempotent;
//! an example whose registration has closed moves 60 days ahead again.

use super::model::{self, EventFields};
use crate::calendar::when::london_to_utc;
use crate::error::AppResult;
use crate::storage::{now, Db};

pub const OPEN_CONVERSATION_SLUG: &str = "open-conversation-2019";
pub const EXAMPLE_SLUG: &str = "example-event";

fn at(date: &str, time: &str) -> i64 {
    london_to_utc(date, time).unwrap_or_default()
}

pub async fn load(db: &Db) -> AppResult<()> {
    if model::find_by_slug(db, OPEN_CONVERSATION_SLUG)
        .await?
        .is_none()
    {
        let fields = EventFields {
            title: "Open conversation".into(),
            description: "An open conversation to explore joint interests, and consider a collaborative approach for a longer-term programme: engaging people furthest from decision making into plans around the Sustainable Development Goals and Open Government. It follows meetings with stakeholders, including equality interest groups, between November 2018 and January 2019.\n\n(Demo data: the founding document gives the date; the time and place here are not from it.)".into(),
            easy_read: "We met to talk about how people who are often left out can have a say in big plans. The big plans are the Sustainable Development Goals and Open Government.".into(),
            starts_at: at("2019-02-27", "10:00"),
            ends_at: at("2019-02-27", "16:00"),
            venue: "To be confirmed (not recorded in the founding document)".into(),
            venue_access: vec![],
            online_url: String::new(),
            capacity: 60,
            registration_opens_at: at("2019-01-07", "09:00"),
            registration_closes_at: at("2019-02-26", "17:00"),
            registration_types: vec!["in_person".into()],
            reminder_days: 2,
            feedback_url: String::new(),
            is_example: false,
            is_public: true,
        };
        let slug = model::create(db, &fields, None).await?;
        sqlx::query("UPDATE events SET slug = $1 WHERE slug = $2")
            .bind(OPEN_CONVERSATION_SLUG)
            .bind(slug)
            .execute(&db.pool)
            .await?;
    }
    // An example that has gone by (a demo started months ago) moves to 60 days ahead again,
    // so that registration can always be tried.
    if let Some(example) = model::find_by_slug(db, EXAMPLE_SLUG).await? {
        if example.fields.registration_closes_at <= now() {
            let shift = (now() / 86_400 + 60) * 86_400 + 10 * 3600 - example.fields.starts_at;
            sqlx::query(
                "UPDATE events SET starts_at = starts_at + $1, ends_at = ends_at + $1, \
                 registration_opens_at = $2, registration_closes_at = registration_closes_at + $1, \
                 ics_sequence = ics_sequence + 1, updated_at = $2 WHERE id = $3",
            )
            .bind(shift)
            .bind(now())
            .bind(example.id)
            .execute(&db.pool)
            .await?;
            sqlx::query("UPDATE event_sessions SET starts_at = starts_at + $1, ends_at = ends_at + $1 WHERE event_id = $2")
                .bind(shift)
                .bind(example.id)
                .execute(&db.pool)
                .await?;
        }
    }
    if model::find_by_slug(db, EXAMPLE_SLUG).await?.is_none() {
        let day = 86_400;
        let start = (now() / day + 60) * day + 10 * 3600;
        let fields = EventFields {
            title: "Example event: try registering".into(),
            description: "This is an example event so that you can try registering, telling us your access needs, and changing or cancelling your place. It is not a real event.".into(),
            easy_read: "This is not a real event. You can use it to practise signing up.".into(),
            starts_at: start,
            ends_at: start + 6 * 3600,
            venue: "Example venue, Cardiff".into(),
            venue_access: vec!["step_free".into(), "hearing_loop".into(), "accessible_toilet".into(), "quiet_room".into()],
            online_url: "https://meet.example.org/example-event".into(),
            capacity: 10,
            registration_opens_at: now() - day,
            registration_closes_at: start - day,
            registration_types: vec!["in_person".into(), "online".into()],
            reminder_days: 2,
            feedback_url: String::new(),
            is_example: true,
            is_public: true,
        };
        let slug = model::create(db, &fields, None).await?;
        sqlx::query("UPDATE events SET slug = $1 WHERE slug = $2")
            .bind(EXAMPLE_SLUG)
            .bind(slug)
            .execute(&db.pool)
            .await?;
        if let Some(event) = model::find_by_slug(db, EXAMPLE_SLUG).await? {
            for (offset, length, title) in [
                (0, 30, "Welcome and introductions"),
                (30, 90, "What the Sustainable Development Goals mean for us"),
                (180, 60, "Lunch (quiet room available)"),
                (240, 90, "Working together: small groups"),
                (330, 30, "What happens next"),
            ] {
                model::add_session(
                    db,
                    event.id,
                    start + offset * 60,
                    start + (offset + length) * 60,
                    title,
                    "",
                )
                .await?;
            }
        }
    }
    Ok(())
}
