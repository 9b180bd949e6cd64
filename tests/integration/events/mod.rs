//! Events: the organisers' form and its checks, registering without an account (access
//! needs, the confirmation with its `.ics`, the personal link), the waiting list and
//! promotion, capacity under concurrent load, organisers' lists, reminders and monitoring.

mod capacity;
mod organise;
mod registration;

use chrono::{Duration, Utc};
use coproduce::events::model::{self, EventFields};
use coproduce::storage::now;

use crate::util::TestApp;

/// A London date `days` from today (YYYY-MM-DD).
pub fn day(days: i64) -> String {
    (Utc::now() + Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

/// An event open for registration now, starting in 30 days, with `capacity` places.
pub async fn open_event(app: &TestApp, title: &str, capacity: i64) -> String {
    let start = now() + 30 * 86_400;
    model::create(
        &app.db,
        &EventFields {
            title: title.into(),
            description: "A day together.".into(),
            easy_read: "We meet to talk.".into(),
            starts_at: start,
            ends_at: start + 6 * 3600,
            venue: "Temple of Peace, Cardiff".into(),
            venue_access: vec!["step_free".into()],
            online_url: "https://meet.example.org/summit".into(),
            capacity,
            registration_opens_at: now() - 86_400,
            registration_closes_at: start - 86_400,
            registration_types: vec!["in_person".into(), "online".into()],
            reminder_days: 2,
            feedback_url: "https://forms.example.org/feedback".into(),
            is_example: false,
            is_public: true,
        },
        None,
    )
    .await
    .expect("create event")
}

/// A registration form for `name` <`email`>.
pub fn registrant<'a>(name: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("email", email),
        ("organisation", "Disability Wales"),
        ("kind", "in_person"),
    ]
}

/// The token in a personal-link path.
pub fn token_of(location: &str) -> String {
    location.rsplit('/').next().expect("a token").to_string()
}

#[tokio::test]
async fn the_demo_has_the_open_conversation_and_a_labelled_example_open_for_registration() {
    use coproduce::events::demo;
    let app = TestApp::new().await;
    demo::load(&app.db).await.unwrap();
    demo::load(&app.db).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM events").await, 2);
    let visitor = app.client();
    let past = visitor.get("/events/open-conversation-2019").await;
    past.assert_status(200);
    let main = past.html().text("main");
    assert!(
        main.contains("27 February 2019") && main.contains("This event has finished."),
        "{main}"
    );
    let example = visitor.get("/events/example-event").await.html();
    assert!(example.text("main").contains("Example:"));
    assert_eq!(
        example.count("form[action='/events/example-event/register']"),
        1
    );
    assert!(example
        .text("#programme + ol")
        .contains("Welcome and introductions"));
    // Months later the example has gone by; loading the demo again moves it ahead.
    app.exec("UPDATE events SET starts_at = starts_at - 200 * 86400, ends_at = ends_at - 200 * 86400, registration_closes_at = registration_closes_at - 200 * 86400 WHERE slug = 'example-event'").await;
    demo::load(&app.db).await.unwrap();
    let moved = model::find_by_slug(&app.db, "example-event")
        .await
        .unwrap()
        .unwrap();
    assert!(moved.fields.registration_closes_at > now() && moved.fields.starts_at > now());
}
