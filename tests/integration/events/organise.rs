use coproduce::auth::role::Role;
use coproduce::events::reminders;
use sqlx::Row;

use super::{open_event, registrant};
use crate::util::TestApp;

async fn register(app: &TestApp, slug: &str, n: usize, extra: &[(&str, &str)]) {
    let client = app.client();
    client.set_peer(&format!("10.1.{}.{}:1000", n / 200, n % 200 + 1));
    let name = format!("Person {n}");
    let email = format!("person{n}@example.org");
    let mut form = registrant(&name, &email);
    form.extend_from_slice(extra);
    let done = client
        .post_form(&format!("/events/{slug}/register"), &form)
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
}

#[tokio::test]
async fn organisers_get_a_checklist_a_safe_csv_and_suppressed_monitoring() {
    let app = TestApp::new().await;
    let slug = open_event(&app, "The summit", 20).await;
    register(
        &app,
        &slug,
        1,
        &[
            ("access_needs", "bsl_interpreter"),
            ("dietary", "vegetarian"),
            ("monitoring_disability", "yes"),
        ],
    )
    .await;
    register(
        &app,
        &slug,
        2,
        &[
            ("access_needs", "bsl_interpreter"),
            ("access_needs", "personal_assistant"),
            ("dietary", "vegetarian"),
            ("monitoring_disability", "no"),
        ],
    )
    .await;
    register(
        &app,
        &slug,
        3,
        &[
            ("dietary", "vegetarian"),
            ("access_other", "=cmd|' /C calc'!A0"),
            ("monitoring_disability", "no"),
        ],
    )
    .await;
    for n in 4..=8 {
        register(
            &app,
            &slug,
            n,
            &[
                ("monitoring_disability", "prefer_not"),
                ("monitoring_age", "35_44"),
            ],
        )
        .await;
    }
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let page = coordinator.get(&format!("/events/{slug}/attendees")).await;
    page.assert_status(200);
    let html = page.html();
    html.assert_page_conventions();
    let checklist = html.texts("#checklist ~ ul.checklist li");
    assert_eq!(
        checklist,
        vec![
            "2 BSL interpreters",
            "1 personal assistant place",
            "3 vegetarian",
            "1 other request (see the list below)"
        ]
    );
    // Monitoring: disability has 1 yes, 2 no, 5 prefer not: both small cells hidden.
    let main = html.text("main");
    assert!(main.contains("fewer than 5"), "{main}");
    assert!(!main.contains("Yes 1"), "{main}");
    // Age has 5 answers, all in one cell: shown.
    assert!(main.contains("35 to 44 5"), "{main}");
    // Sexual orientation: nobody answered: not shown.
    assert!(main.contains("Fewer than 5 answers: not shown."));
    // The CSV: everyone, formula cells neutralised.
    let csv = coordinator
        .get(&format!("/events/{slug}/attendees.csv"))
        .await;
    csv.assert_status(200);
    assert!(csv
        .header("content-disposition")
        .unwrap()
        .contains("attachment"));
    assert!(csv.body.contains("'=cmd|"), "{}", csv.body);
    assert!(csv.body.contains("bsl_interpreter; personal_assistant"));
    assert_eq!(csv.body.lines().count(), 9);
    // Check-in from a phone: mark arrived, undo.
    let check_in = coordinator.get(&format!("/events/{slug}/check-in")).await;
    check_in.assert_status(200);
    check_in.html().assert_page_conventions();
    let id = app
        .count("SELECT id FROM registrations WHERE email = 'person2@example.org'")
        .await;
    let marked = coordinator
        .post_form(
            &format!("/events/{slug}/check-in"),
            &[("registration_id", &id.to_string()), ("arrived", "1")],
        )
        .await;
    assert_eq!(marked.status, 303);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM registrations WHERE checked_in_at IS NOT NULL")
            .await,
        1
    );
    assert!(coordinator
        .get(&format!("/events/{slug}/check-in"))
        .await
        .body
        .contains("1 / 8"));
    // Cancelling deletes that person's monitoring answers.
    let before = app.count("SELECT COUNT(*) FROM equality_answers").await;
    let link = {
        let client = app.client();
        client.set_peer("10.9.9.9:1000");
        client
            .post_form(
                &format!("/events/{slug}/register"),
                &registrant("Nia", "nia@example.org"),
            )
            .await;
        app.link_in_last_email("nia@example.org").await
    };
    let registration_id = app
        .count("SELECT id FROM registrations WHERE email = 'person4@example.org'")
        .await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM equality_answers WHERE registration_id = {registration_id}"
        ))
        .await,
        2
    );
    let person4 = app.client();
    // person 4's link is in their e-mail.
    let p4 = app.link_in_last_email("person4@example.org").await;
    person4.post_form(&format!("{p4}/cancel"), &[]).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM equality_answers").await,
        before - 2
    );
    assert!(!link.is_empty());
}

#[tokio::test]
async fn reminders_and_feedback_are_sent_once_whoever_runs_the_job() {
    let app = TestApp::new().await;
    let slug = open_event(&app, "The summit", 20).await;
    register(&app, &slug, 1, &[]).await;
    register(&app, &slug, 2, &[]).await;
    // Not due yet (30 days away, reminders 2 days before).
    assert_eq!(
        reminders::run_due(&app.db, &app.state.config)
            .await
            .unwrap(),
        0
    );
    // Tomorrow: due. Two instances run the job at the same moment.
    app.exec(
        "UPDATE events SET starts_at = strftime_now() + 86400, ends_at = strftime_now() + 90000"
            .replace("strftime_now()", &coproduce::storage::now().to_string())
            .as_str(),
    )
    .await;
    let config = app.state.config.clone();
    let (a, b) = tokio::join!(
        reminders::run_due(&app.db, &config),
        reminders::run_due(&app.db, &config)
    );
    assert_eq!(a.unwrap() + b.unwrap(), 2);
    assert_eq!(reminders::run_due(&app.db, &config).await.unwrap(), 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE subject LIKE 'Reminder:%'")
            .await,
        2
    );
    // After the event: the feedback link, once.
    let past = coproduce::storage::now() - 3600;
    app.exec(&format!(
        "UPDATE events SET starts_at = {}, ends_at = {past}",
        past - 7200
    ))
    .await;
    assert_eq!(reminders::run_due(&app.db, &config).await.unwrap(), 2);
    assert_eq!(reminders::run_due(&app.db, &config).await.unwrap(), 0);
    let (subject, body) = app.last_email_to("person1@example.org").await;
    assert_eq!(subject, "What did you think of The summit?");
    assert!(body.contains("https://forms.example.org/feedback"));
}

#[tokio::test]
async fn registrants_details_are_removed_ninety_days_after_the_event() {
    let app = TestApp::new().await;
    let slug = open_event(&app, "The summit", 20).await;
    register(
        &app,
        &slug,
        1,
        &[
            ("access_needs", "quiet_room"),
            ("access_other", "Call me on 07700 900000"),
            ("monitoring_age", "35_44"),
        ],
    )
    .await;
    let link = app.link_in_last_email("person1@example.org").await;
    // 89 days after: kept.
    let ended = coproduce::storage::now() - 89 * 86_400;
    app.exec(&format!(
        "UPDATE events SET starts_at = {}, ends_at = {ended}",
        ended - 3600
    ))
    .await;
    reminders::run_due(&app.db, &app.state.config)
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM registrations WHERE email = 'person1@example.org'")
            .await,
        1
    );
    // 91 days after: the name, address and free text are gone, and the link is dead;
    // the counts for the report stay.
    let ended = coproduce::storage::now() - 91 * 86_400;
    app.exec(&format!(
        "UPDATE events SET starts_at = {}, ends_at = {ended}",
        ended - 3600
    ))
    .await;
    assert_eq!(
        reminders::forget_past_registrants(&app.db).await.unwrap(),
        1
    );
    assert_eq!(
        reminders::forget_past_registrants(&app.db).await.unwrap(),
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM registrations WHERE name = '' AND organisation = '' AND access_other = '' AND email LIKE 'removed-%'").await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM registrations WHERE access_needs = 'quiet_room'")
            .await,
        1
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM equality_answers").await, 1);
    assert_eq!(app.client().get(&link).await.status, 404);
}

#[tokio::test]
async fn organisers_cancel_places_resize_the_event_and_tell_people_of_changes() {
    let app = TestApp::new().await;
    let slug = open_event(&app, "The summit", 1).await;
    for n in 1..=3 {
        register(&app, &slug, n, &[]).await;
    }
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    // Cancelling the one place gives it to the first person waiting.
    let first = app
        .count("SELECT id FROM registrations WHERE email = 'person1@example.org'")
        .await;
    coordinator
        .post_form(
            &format!("/events/{slug}/attendees/cancel"),
            &[("registration_id", &first.to_string())],
        )
        .await
        .assert_redirect(&format!("/events/{slug}/attendees#people"));
    assert_eq!(
        app.last_email_to("person1@example.org").await.0,
        "Your place at The summit is cancelled"
    );
    assert_eq!(
        app.last_email_to("person2@example.org").await.0,
        "A place is free for you at The summit"
    );
    // Cancelling twice: not found.
    let again = coordinator
        .post_form(
            &format!("/events/{slug}/attendees/cancel"),
            &[("registration_id", &first.to_string())],
        )
        .await;
    assert_eq!(again.status, 404);
    // The edit form: a capacity below the places taken is refused at the field; raising it
    // promotes the waiting list; moving the event tells everyone, with the updated .ics.
    let (start, opens, closes) = (super::day(40), super::day(-1), super::day(38));
    let mut form = vec![
        ("title", "The summit"),
        ("start_date", start.as_str()),
        ("start_time", "10:00"),
        ("end_date", start.as_str()),
        ("end_time", "16:00"),
        ("venue", "Pierhead, Cardiff Bay"),
        ("capacity", "0"),
        ("registration_types", "in_person"),
        ("opens_date", opens.as_str()),
        ("opens_time", "09:00"),
        ("closes_date", closes.as_str()),
        ("closes_time", "17:00"),
        ("reminder_days", "2"),
        ("is_public", "1"),
    ];
    let refused = coordinator
        .post_form(&format!("/events/{slug}/edit"), &form)
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["capacity"]);
    form.retain(|(k, _)| *k != "capacity");
    form.push(("capacity", "5"));
    coordinator
        .post_form(&format!("/events/{slug}/edit"), &form)
        .await
        .assert_redirect(&format!("/events/{slug}"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM registrations WHERE status = 'confirmed'")
            .await,
        2
    );
    assert_eq!(
        app.last_email_to("person3@example.org")
            .await
            .0
            .split(':')
            .next(),
        Some("Changed")
    );
    let ics: String = sqlx::query("SELECT attachment_body FROM outbox WHERE to_addr = 'person3@example.org' ORDER BY id DESC LIMIT 1")
        .fetch_one(&app.db.pool)
        .await
        .unwrap()
        .get(0);
    assert!(
        ics.contains("SEQUENCE:1") && ics.contains("Pierhead"),
        "{ics}"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE subject LIKE 'Changed:%'")
            .await,
        2
    );
}
