use coproduce::auth::role::Role;
use icalendar::{Calendar, Component};
use sqlx::Row;

use super::{day, open_event, registrant, token_of};
use crate::util::TestApp;

#[tokio::test]
async fn a_coordinator_adds_an_event_and_bad_dates_are_refused_at_their_fields() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let form = coordinator.get("/events/add").await;
    form.assert_status(200);
    form.html().assert_page_conventions();
    let start = day(40);
    let opens = day(-1);
    let closes = day(38);
    let mut fields = vec![
        ("title", "The summit"),
        (
            "description",
            "Lead equalities organisations design a funding proposal.",
        ),
        ("easy_read", "We meet to plan a big bid for money."),
        ("start_date", start.as_str()),
        ("start_time", "10:00"),
        ("end_date", start.as_str()),
        ("end_time", "09:00"),
        ("venue", "Pierhead, Cardiff Bay"),
        ("venue_access", "step_free"),
        ("capacity", "40"),
        ("registration_types", "in_person"),
        ("opens_date", opens.as_str()),
        ("opens_time", "09:00"),
        ("closes_date", closes.as_str()),
        ("closes_time", "17:00"),
        ("reminder_days", "2"),
        ("is_public", "1"),
    ];
    // End before start: an error at the end date, the input kept.
    let refused = coordinator.post_form("/events/add", &fields).await;
    refused.assert_status(422);
    let html = refused.html();
    html.assert_error_summary(&["end_date"]);
    assert_eq!(html.attr("#title", "value").as_deref(), Some("The summit"));
    // A date in the past.
    let past = day(-10);
    let mut in_past = fields.clone();
    for f in in_past.iter_mut() {
        if f.0 == "start_date" || f.0 == "end_date" {
            f.1 = past.as_str();
        }
        if f.0 == "end_time" {
            f.1 = "16:00";
        }
    }
    let refused = coordinator.post_form("/events/add", &in_past).await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["start_date"]);
    // A time that does not exist (clocks go forward at 01:00 on 28 March 2027: a skipped hour).
    let mut skipped = fields.clone();
    for f in skipped.iter_mut() {
        match f.0 {
            "start_date" | "end_date" => f.1 = "2027-03-28",
            "start_time" => f.1 = "01:30",
            "end_time" => f.1 = "16:00",
            "closes_date" => f.1 = "2027-03-27",
            _ => {}
        }
    }
    let refused = coordinator.post_form("/events/add", &skipped).await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["start_time"]);
    // Corrected: saved.
    for f in fields.iter_mut() {
        if f.0 == "end_time" {
            f.1 = "16:00";
        }
    }
    let saved = coordinator.post_form("/events/add", &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(saved.location(), "/events/the-summit");
    // Everyone sees it, with its easy-read summary and the registration form.
    let visitor = app.client();
    let page = visitor.get("/events/the-summit").await;
    page.assert_status(200);
    let html = page.html();
    html.assert_page_conventions();
    let main = html.text("main");
    assert!(
        main.contains("We meet to plan a big bid for money."),
        "{main}"
    );
    assert!(main.contains("40 places left"), "{main}");
    assert_eq!(html.count("form[action='/events/the-summit/register']"), 1);
    let list = visitor.get("/events").await.html().text("#upcoming + ul");
    assert!(
        list.contains("The summit") && list.contains("40 places left"),
        "{list}"
    );
    // Visitors cannot add, change or see who is coming.
    assert_eq!(visitor.get("/events/add").await.status, 303);
    let partner = app.signed_in("partner@example.org", Role::Partner).await;
    assert_eq!(
        partner.get("/events/the-summit/attendees").await.status,
        403
    );
    // Signed in, the registration form starts with the account's name and address.
    let prefilled = partner.get("/events/the-summit").await.html();
    assert_eq!(
        prefilled.attr("#email", "value").as_deref(),
        Some("partner@example.org")
    );
    // The programme.
    let added = coordinator
        .post_form(
            "/events/the-summit/sessions",
            &[
                ("action", "add"),
                ("session_title", "Welcome"),
                ("session_date", start.as_str()),
                ("session_time", "10:00"),
                ("session_end_time", "10:30"),
            ],
        )
        .await;
    assert_eq!(added.status, 303);
    let bad = coordinator
        .post_form(
            "/events/the-summit/sessions",
            &[
                ("action", "add"),
                ("session_title", "Lunch"),
                ("session_date", start.as_str()),
                ("session_time", "13:00"),
                ("session_end_time", "12:00"),
            ],
        )
        .await;
    bad.assert_status(422);
    bad.html().assert_error_summary(&["session_end_time"]);
    let page = visitor.get("/events/the-summit").await.html();
    assert!(page.text("#programme + ol").contains("Welcome"));
}

#[tokio::test]
async fn registering_without_an_account_sends_the_ics_and_a_personal_link() {
    let app = TestApp::new().await;
    let slug = open_event(&app, "The summit", 20).await;
    let visitor = app.client();
    let mut form = registrant("Siân Jones", "sian@example.org");
    form.extend([
        ("access_needs", "bsl_interpreter"),
        ("access_needs", "personal_assistant"),
        ("access_needs", "not_a_real_code"),
        ("dietary", "vegetarian"),
        ("access_other", "I need to leave by 3pm"),
        ("monitoring_age", "25_34"),
        ("monitoring_disability", "yes"),
        ("monitoring_shoe", "9"),
    ]);
    let done = visitor
        .post_form(&format!("/events/{slug}/register"), &form)
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let link = done.location();
    assert!(link.starts_with("/events/registration/"), "{link}");
    // The e-mail: subject, the same link, and the .ics attached.
    let (subject, body) = app.last_email_to("sian@example.org").await;
    assert_eq!(subject, "Your place at The summit");
    assert!(body.contains(&link), "{body}");
    let row = sqlx::query(
        "SELECT attachment_name, attachment_type, attachment_body FROM outbox WHERE to_addr = $1",
    )
    .bind("sian@example.org")
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    let name: String = row.get("attachment_name");
    assert_eq!(name, format!("{slug}.ics"));
    assert!(row
        .get::<String, _>("attachment_type")
        .starts_with("text/calendar"));
    let calendar: Calendar = row
        .get::<String, _>("attachment_body")
        .parse()
        .expect("a valid iCalendar file");
    let event = calendar
        .components
        .iter()
        .find_map(|c| c.as_event())
        .expect("an event");
    assert_eq!(event.get_summary(), Some("The summit"));
    assert!(event
        .get_description()
        .unwrap_or_default()
        .contains("https://meet.example.org/summit"));
    // The personal link shows the registration with the needs kept (unknown code dropped).
    let page = visitor.get(&link).await;
    page.assert_status(200);
    let html = page.html();
    html.assert_page_conventions();
    assert_eq!(html.text("#registration-status"), "Place confirmed");
    assert!(html.attr("#need-bsl_interpreter", "checked").is_some());
    assert!(html.attr("#need-captioning", "checked").is_none());
    let stored: String = sqlx::query("SELECT access_needs FROM registrations")
        .fetch_one(&app.db.pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(stored, "bsl_interpreter,personal_assistant");
    // Monitoring answers are stored apart, valid ones only.
    assert_eq!(app.count("SELECT COUNT(*) FROM equality_answers").await, 2);
    // Changing needs through the link.
    let changed = visitor
        .post_form(
            &link,
            &[
                ("name", "Siân Jones"),
                ("kind", "online"),
                ("access_needs", "captioning"),
            ],
        )
        .await;
    assert_eq!(changed.status, 303);
    let page = visitor.get(&link).await.html();
    assert!(page.attr("#need-captioning", "checked").is_some());
    assert!(page.attr("#need-bsl_interpreter", "checked").is_none());
    // A forged link is not found; the public page never shows registrants' needs.
    assert_eq!(
        visitor
            .get("/events/registration/forged-token-123")
            .await
            .status,
        404
    );
    let public = visitor.get(&format!("/events/{slug}")).await.body;
    assert!(!public.contains("Siân"));
    assert!(!public.contains("leave by 3pm"));
    // Registering again with the same address takes no second place; a fresh link is sent
    // and the old one stops working.
    let again = app.client();
    again.set_peer("10.0.0.9:1000");
    let second = again
        .post_form(
            &format!("/events/{slug}/register"),
            &registrant("Siân", "SIAN@example.org"),
        )
        .await;
    assert_eq!(second.status, 303);
    assert_eq!(second.location(), format!("/events/{slug}"));
    assert_eq!(app.count("SELECT COUNT(*) FROM registrations").await, 1);
    assert_eq!(visitor.get(&link).await.status, 404);
    let fresh = app.link_in_last_email("sian@example.org").await;
    assert_eq!(visitor.get(&fresh).await.status, 200);
    assert_ne!(token_of(&fresh), token_of(&link));
}

#[tokio::test]
async fn bad_registrations_keep_the_input_and_closed_events_refuse() {
    let app = TestApp::new().await;
    let slug = open_event(&app, "The summit", 5).await;
    let visitor = app.client();
    let refused = visitor
        .post_form(
            &format!("/events/{slug}/register"),
            &[
                ("name", ""),
                ("email", "not an address"),
                ("organisation", "=HYPERLINK(1)"),
                ("access_needs", "quiet_room"),
            ],
        )
        .await;
    refused.assert_status(422);
    let html = refused.html();
    html.assert_error_summary(&["name", "email", "kind"]);
    assert_eq!(
        html.attr("#organisation", "value").as_deref(),
        Some("=HYPERLINK(1)")
    );
    assert!(html.attr("#need-quiet_room", "checked").is_some());
    assert_eq!(app.count("SELECT COUNT(*) FROM registrations").await, 0);
    // Registration closed: refused at the form, nothing stored.
    app.exec("UPDATE events SET registration_closes_at = registration_opens_at + 1")
        .await;
    let page = visitor.get(&format!("/events/{slug}")).await.html();
    assert!(page.text("main").contains("Registration has closed."));
    let late = visitor
        .post_form(
            &format!("/events/{slug}/register"),
            &registrant("Late", "late@example.org"),
        )
        .await;
    late.assert_status(422);
    assert_eq!(app.count("SELECT COUNT(*) FROM registrations").await, 0);
}

#[tokio::test]
async fn a_full_event_has_a_waiting_list_and_a_cancelled_place_goes_to_the_next_person() {
    let app = TestApp::new().await;
    let slug = open_event(&app, "Open conversation", 1).await;
    let first = app.client();
    let taken = first
        .post_form(
            &format!("/events/{slug}/register"),
            &registrant("Aled", "aled@example.org"),
        )
        .await;
    let aled_link = taken.location();
    let second = app.client();
    second.set_peer("10.0.0.2:1000");
    let page = second.get(&format!("/events/{slug}")).await.html();
    assert!(page.text("main").contains("No places left"));
    let waiting = second
        .post_form(
            &format!("/events/{slug}/register"),
            &registrant("Bethan", "bethan@example.org"),
        )
        .await;
    let bethan_link = waiting.location();
    let third = app.client();
    third.set_peer("10.0.0.3:1000");
    third
        .post_form(
            &format!("/events/{slug}/register"),
            &registrant("Cai", "cai@example.org"),
        )
        .await;
    let (subject, _) = app.last_email_to("bethan@example.org").await;
    assert_eq!(subject, "You are on the waiting list for Open conversation");
    let page = second.get(&bethan_link).await.html();
    assert_eq!(page.text("#registration-status"), "On the waiting list");
    assert!(page.text("main").contains("number 1 on the waiting list"));
    assert!(third
        .get(&app.link_in_last_email("cai@example.org").await)
        .await
        .body
        .contains("number 2"));
    // Aled cancels: Bethan (first waiting) is promoted and e-mailed with the .ics; Cai waits.
    let cancelled = first.post_form(&format!("{aled_link}/cancel"), &[]).await;
    cancelled.assert_status(200);
    assert_eq!(
        app.last_email_to("aled@example.org").await.0,
        "Your place at Open conversation is cancelled"
    );
    let (subject, body) = app.last_email_to("bethan@example.org").await;
    assert_eq!(subject, "A place is free for you at Open conversation");
    let promoted_link = crate::util::link_path(&body).expect("a link");
    assert_eq!(
        second
            .get(&promoted_link)
            .await
            .html()
            .text("#registration-status"),
        "Place confirmed"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE to_addr = 'bethan@example.org' AND attachment_body IS NOT NULL").await,
        1
    );
    assert_eq!(app.count("SELECT confirmed_count FROM events").await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM registrations WHERE status = 'waiting'")
            .await,
        1
    );
    // Cancelling twice changes nothing more.
    first.post_form(&format!("{aled_link}/cancel"), &[]).await;
    assert_eq!(app.count("SELECT confirmed_count FROM events").await, 1);
    assert_eq!(app.email_count_to("cai@example.org").await, 1);
}

#[tokio::test]
async fn public_events_are_in_the_calendar_feed_without_their_joining_link() {
    let app = TestApp::new().await;
    let slug = open_event(&app, "The summit", 20).await;
    for path in [
        "/calendar.ics".to_string(),
        format!("/events/{slug}/calendar.ics"),
    ] {
        let feed = app.client().get(&path).await;
        feed.assert_status(200);
        let calendar: Calendar = feed.body.parse().expect("a valid iCalendar file");
        let event = calendar
            .components
            .iter()
            .find_map(|c| {
                c.as_event()
                    .filter(|e| e.get_summary() == Some("The summit"))
            })
            .expect("the event is in the feed");
        assert_eq!(
            event.property_value("LOCATION"),
            Some("Temple of Peace, Cardiff")
        );
        assert!(
            !feed.body.contains("meet.example.org"),
            "the joining link is for registrants only"
        );
    }
    // The Atom feed lists it, linked to its page.
    let atom = app.client().get("/meetings.atom").await.body;
    let feed = atom_syndication::Feed::read_from(atom.as_bytes()).expect("a valid Atom feed");
    assert!(feed
        .entries()
        .iter()
        .any(|e| e.title().as_str() == "The summit"
            && e.links()
                .iter()
                .any(|l| l.href().ends_with(&format!("/events/{slug}")))));
    // The month view shows the event on its day, linked to its page.
    let month = (chrono::Utc::now() + chrono::Duration::days(30))
        .format("%Y-%m")
        .to_string();
    let view = app
        .client()
        .get(&format!("/meetings/month?month={month}"))
        .await
        .html();
    assert_eq!(
        view.attr(".month__busy a", "href"),
        Some(format!("/events/{slug}"))
    );
    // A private event is in no public feed and is not found by visitors.
    app.exec("UPDATE events SET is_public = 0").await;
    let visitor = app.client();
    visitor.set_peer("10.3.3.3:1000");
    assert!(!visitor
        .get("/calendar.ics?fresh=1")
        .await
        .body
        .contains("The summit"));
    assert_eq!(visitor.get(&format!("/events/{slug}")).await.status, 404);
}
