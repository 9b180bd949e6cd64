//! "Let's meet" → a time poll → answers through personal links → the meeting confirmed
//! with invitations → minutes → the organisation on "who we've met".

use coproduce::auth::role::Role;
use icalendar::{Calendar, Component};
use sqlx::Row;

use crate::events::day;
use crate::util::TestApp;

pub fn request<'a>() -> Vec<(&'a str, &'a str)> {
    vec![
        ("organisation_name", "Deaf Cymru"),
        ("contact_name", "Rhian Davies"),
        ("contact_email", "rhian@example.org"),
        ("contact_phone", "029 2000 0000"),
        ("topic", "How deaf people can take part in the SDG review"),
        ("when_suits", "Weekday mornings"),
        ("access_needs", "bsl_interpreter"),
    ]
}

#[tokio::test]
async fn a_request_becomes_a_poll_then_a_meeting_then_a_name_on_who_we_met() {
    let app = TestApp::new().await;
    // The public form, no account.
    let visitor = app.client();
    let form = visitor.get("/meetings/request").await;
    form.assert_status(200);
    form.html().assert_page_conventions();
    let sent = visitor.post_form("/meetings/request", &request()).await;
    sent.assert_redirect("/meetings/request/sent");
    assert_eq!(
        app.last_email_to("rhian@example.org").await.0,
        "We have your request to meet"
    );
    // The queue.
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let queue = coordinator.get("/meetings/requests").await;
    queue.assert_status(200);
    assert!(queue.html().text("main").contains("Deaf Cymru"));
    let id = app.count("SELECT id FROM meeting_requests").await;
    let page = coordinator.get(&format!("/meetings/requests/{id}")).await;
    page.assert_status(200);
    page.html().assert_page_conventions();
    assert!(page.html().text("main").contains("British Sign Language"));
    // Turned into a time poll: the organisation is created (unlisted), the contact and
    // the request recorded in its outreach.
    let to_poll = coordinator
        .post_form(&format!("/meetings/requests/{id}"), &[("action", "poll")])
        .await;
    to_poll.assert_redirect(&format!("/meetings/polls/new?request={id}"));
    let org_id = app
        .count("SELECT organisation_id FROM meeting_requests")
        .await;
    assert_eq!(
        app.count(&format!(
            "SELECT listed FROM organisations WHERE id = {org_id}"
        ))
        .await,
        0
    );
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM organisation_contacts WHERE organisation_id = {org_id} AND email = 'rhian@example.org'")).await,
        1
    );
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM organisation_outreach WHERE organisation_id = {org_id} AND stage = 'in_conversation'")).await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM organisation_activities WHERE organisation_id = {org_id}"
        ))
        .await,
        1
    );
    let prefilled = coordinator.get(&to_poll.location()).await.html();
    assert_eq!(
        prefilled.attr("#title", "value").as_deref(),
        Some("Meeting with Deaf Cymru")
    );
    assert!(prefilled.text("#invitees").contains("rhian@example.org"));
    let (d1, d2) = (day(20), day(21));
    let poll = coordinator
        .post_form(
            "/meetings/polls/new",
            &[
                ("request", &id.to_string()),
                ("title", "Meeting with Deaf Cymru"),
                ("purpose", "The SDG review"),
                ("duration", "60"),
                ("venue", "Cardiff"),
                ("slot_date", &d1),
                ("slot_time", "10:00"),
                ("slot_date", &d2),
                ("slot_time", "10:00"),
                ("slot_date", ""),
                ("slot_time", ""),
                (
                    "invitees",
                    "Rhian Davies, rhian@example.org\nSam Jones <sam@example.org>",
                ),
            ],
        )
        .await;
    assert_eq!(poll.status, 303, "{}", poll.body);
    let poll_url = poll.location();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_requests WHERE status = 'polling'")
            .await,
        1
    );
    // Each invitee answers through their own link.
    let rhian_link = app.link_in_last_email("rhian@example.org").await;
    let sam_link = app.link_in_last_email("sam@example.org").await;
    let slots: Vec<i64> = sqlx::query("SELECT id FROM poll_slots ORDER BY starts_at")
        .fetch_all(&app.db.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let rhian = app.client();
    let answer_page = rhian.get(&rhian_link).await;
    answer_page.assert_status(200);
    answer_page.html().assert_page_conventions();
    let (s1, s2) = (format!("slot_{}", slots[0]), format!("slot_{}", slots[1]));
    rhian
        .post_form(&rhian_link, &[(&s1, "no"), (&s2, "yes")])
        .await
        .assert_redirect(&rhian_link);
    let sam = app.client();
    sam.post_form(&sam_link, &[(&s1, "yes"), (&s2, "if_need_be")])
        .await;
    // Changing an answer replaces it.
    sam.post_form(&sam_link, &[(&s1, "yes"), (&s2, "yes")])
        .await;
    assert_eq!(app.count("SELECT COUNT(*) FROM poll_answers").await, 4);
    let results = coordinator.get(&poll_url).await;
    results.assert_status(200);
    let html = results.html();
    html.assert_page_conventions();
    assert!(html.text("#best-slot").contains(&format!(
        "{}",
        chrono::NaiveDate::parse_from_str(&d2, "%Y-%m-%d")
            .unwrap()
            .format("%-d")
    )));
    // Confirming the best slot schedules the meeting and e-mails everyone the .ics.
    let confirmed = coordinator
        .post_form(
            &format!("{poll_url}/confirm"),
            &[("slot_id", &slots[1].to_string())],
        )
        .await;
    assert_eq!(confirmed.status, 303);
    let meeting_url = confirmed.location();
    for who in ["rhian@example.org", "sam@example.org"] {
        let row = sqlx::query("SELECT subject, attachment_body FROM outbox WHERE to_addr = $1 ORDER BY id DESC LIMIT 1")
            .bind(who)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert!(row
            .get::<String, _>("subject")
            .starts_with("Confirmed: Meeting with Deaf Cymru"));
        let calendar: Calendar = row
            .get::<String, _>("attachment_body")
            .parse()
            .expect("an .ics");
        assert!(calendar.components.iter().any(|c| c
            .as_event()
            .is_some_and(|e| e.get_summary() == Some("Meeting with Deaf Cymru"))));
    }
    // Confirming again makes no second meeting; answering is closed.
    coordinator
        .post_form(
            &format!("{poll_url}/confirm"),
            &[("slot_id", &slots[0].to_string())],
        )
        .await;
    assert_eq!(app.count("SELECT COUNT(*) FROM meetings").await, 1);
    sam.post_form(&sam_link, &[(&s1, "no")]).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM poll_answers WHERE answer = 'no'")
            .await,
        1
    );
    assert!(sam
        .get(&sam_link)
        .await
        .html()
        .text("#confirmed")
        .contains("confirmed"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_requests WHERE status = 'scheduled'")
            .await,
        1
    );
    // A forged link finds nothing.
    assert_eq!(
        app.client()
            .get("/meetings/poll/not-a-real-token")
            .await
            .status,
        404
    );
    // After the meeting: minutes, consent to be named, held → on "who we've met".
    coordinator
        .post_form(
            &format!("{meeting_url}/minutes"),
            &[
                ("minutes_public", "We talked about BSL at events."),
                ("minutes_private", "Funding worries."),
                ("outcomes", "Joint event in spring"),
            ],
        )
        .await
        .assert_redirect(&format!("{meeting_url}#minutes"));
    coordinator
        .post_form(
            &format!("{meeting_url}/organisations"),
            &[
                ("action", "consent"),
                ("organisation_id", &org_id.to_string()),
                ("consent", "yes"),
            ],
        )
        .await;
    let meeting_id = app.count("SELECT id FROM meetings").await;
    app.exec(&format!("UPDATE meetings SET status = 'held', is_public = 1, starts_at = starts_at - 40 * 86400 WHERE id = {meeting_id}")).await;
    let public = app.client().get(&meeting_url).await.html();
    let main = public.text("main");
    assert!(main.contains("We talked about BSL at events."));
    assert!(main.contains("Joint event in spring"));
    assert!(
        !main.contains("Funding worries."),
        "private minutes stay private"
    );
    let who = app.client().get("/who-we-met").await.html().text("main");
    assert!(who.contains("Deaf Cymru"), "{who}");
}

#[tokio::test]
async fn requests_refuse_bad_input_and_can_be_scheduled_or_declined() {
    let app = TestApp::new().await;
    let visitor = app.client();
    let refused = visitor
        .post_form(
            "/meetings/request",
            &[
                ("organisation_name", "Deaf Cymru"),
                ("contact_email", "nope"),
            ],
        )
        .await;
    refused.assert_status(422);
    let html = refused.html();
    html.assert_error_summary(&["contact_name", "contact_email", "topic"]);
    assert_eq!(
        html.attr("#organisation_name", "value").as_deref(),
        Some("Deaf Cymru")
    );
    // The honeypot: thanked, nothing kept.
    let mut bot = request();
    bot.push(("fax_number", "0800"));
    visitor
        .post_form("/meetings/request", &bot)
        .await
        .assert_redirect("/meetings/request/sent");
    assert_eq!(app.count("SELECT COUNT(*) FROM meeting_requests").await, 0);
    // Visitors cannot see the queue.
    assert_eq!(visitor.get("/meetings/requests").await.status, 303);
    // Scheduled straight away: an existing record with the same name is linked.
    visitor.post_form("/meetings/request", &request()).await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let id = app.count("SELECT id FROM meeting_requests").await;
    let date = day(14);
    let bad = coordinator
        .post_form(
            &format!("/meetings/requests/{id}"),
            &[
                ("action", "schedule"),
                ("title", "Meeting with Deaf Cymru"),
                ("date", &date),
                ("time", "25:00"),
                ("duration", "60"),
                ("venue", "Cardiff"),
            ],
        )
        .await;
    bad.assert_status(422);
    bad.html().assert_error_summary(&["time"]);
    let done = coordinator
        .post_form(
            &format!("/meetings/requests/{id}"),
            &[
                ("action", "schedule"),
                ("title", "Meeting with Deaf Cymru"),
                ("date", &date),
                ("time", "10:00"),
                ("duration", "60"),
                ("venue", "Cardiff"),
            ],
        )
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_organisations")
            .await,
        1
    );
    let (subject, _) = app.last_email_to("rhian@example.org").await;
    assert_eq!(subject, "Your meeting with us is arranged");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE to_addr = 'rhian@example.org' AND attachment_name = 'meeting.ics'").await,
        1
    );
    // A second request from the same organisation links the same record, and is declined.
    visitor.set_peer("10.0.0.5:1000");
    visitor.post_form("/meetings/request", &request()).await;
    let second = app.count("SELECT MAX(id) FROM meeting_requests").await;
    let no_reason = coordinator
        .post_form(
            &format!("/meetings/requests/{second}"),
            &[("action", "decline"), ("reason", " ")],
        )
        .await;
    no_reason.assert_status(422);
    no_reason.html().assert_error_summary(&["reason"]);
    coordinator
        .post_form(
            &format!("/meetings/requests/{second}"),
            &[
                ("action", "decline"),
                ("reason", "We have already met this month."),
            ],
        )
        .await
        .assert_redirect("/meetings/requests");
    let (subject, body) = app.last_email_to("rhian@example.org").await;
    assert_eq!(subject, "Your request to meet us");
    assert!(body.contains("We have already met this month."));
    assert_eq!(app.count("SELECT COUNT(*) FROM organisations").await, 1);
}

#[tokio::test]
async fn a_poll_can_invite_more_people_and_remind_those_who_have_not_answered() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let (d1, d2) = (day(10), day(11));
    let poll = coordinator
        .post_form(
            "/meetings/polls/new",
            &[
                ("title", "Network call"),
                ("duration", "60"),
                ("online_url", "https://meet.example.org/call"),
                ("slot_date", &d1),
                ("slot_time", "10:00"),
                ("slot_date", &d2),
                ("slot_time", "10:00"),
                (
                    "invitees",
                    "Aled, aled@example.org\nBethan, bethan@example.org",
                ),
            ],
        )
        .await
        .location();
    let aled = app.link_in_last_email("aled@example.org").await;
    let bethan = app.link_in_last_email("bethan@example.org").await;
    let slot = app.count("SELECT MIN(id) FROM poll_slots").await;
    app.client()
        .post_form(&aled, &[(&format!("slot_{slot}"), "yes")])
        .await;
    // More people: a repeated address is not invited twice; a bad line is explained.
    let bad = coordinator
        .post_form(
            &format!("{poll}/invitees"),
            &[("action", "add"), ("invitees", "no address")],
        )
        .await;
    bad.assert_status(422);
    bad.html().assert_error_summary(&["invitees"]);
    assert_eq!(bad.html().text("#invitees"), "no address");
    coordinator
        .post_form(
            &format!("{poll}/invitees"),
            &[
                ("action", "add"),
                (
                    "invitees",
                    "Cai, cai@example.org\nAled again, aled@example.org",
                ),
            ],
        )
        .await
        .assert_redirect(&poll);
    assert_eq!(app.count("SELECT COUNT(*) FROM poll_invitees").await, 3);
    assert_eq!(app.email_count_to("aled@example.org").await, 1);
    assert_eq!(app.email_count_to("cai@example.org").await, 1);
    // Remind: only those who have not answered, each with a fresh link.
    let page = coordinator.get(&poll).await.html();
    assert!(page
        .text("main")
        .contains("2 people have not answered yet."));
    coordinator
        .post_form(&format!("{poll}/invitees"), &[("action", "remind")])
        .await
        .assert_redirect(&poll);
    assert_eq!(app.email_count_to("aled@example.org").await, 1);
    let (subject, _) = app.last_email_to("bethan@example.org").await;
    assert!(
        subject.starts_with("Reminder: when could you meet?"),
        "{subject}"
    );
    let fresh = app.link_in_last_email("bethan@example.org").await;
    assert_eq!(app.client().get(&bethan).await.status, 404);
    assert_eq!(app.client().get(&fresh).await.status, 200);
    assert_eq!(app.client().get(&aled).await.status, 200);
}

#[tokio::test]
async fn a_poll_needs_two_to_twenty_future_times_and_valid_invitees() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let past = day(-3);
    let future = day(3);
    let one = coordinator
        .post_form(
            "/meetings/polls/new",
            &[
                ("title", "Call"),
                ("duration", "60"),
                ("venue", "Cardiff"),
                ("slot_date", &future),
                ("slot_time", "10:00"),
                ("invitees", "Aled, aled@example.org"),
            ],
        )
        .await;
    one.assert_status(422);
    one.html().assert_error_summary(&["slot_date_0"]);
    let bad = coordinator
        .post_form(
            "/meetings/polls/new",
            &[
                ("title", "Call"),
                ("duration", "60"),
                ("venue", "Cardiff"),
                ("slot_date", &past),
                ("slot_time", "10:00"),
                ("slot_date", &future),
                ("slot_time", "25:61"),
                ("invitees", "just a name"),
            ],
        )
        .await;
    bad.assert_status(422);
    bad.html()
        .assert_error_summary(&["slot_date_0", "slot_time_1", "invitees"]);
    let dates: Vec<String> = (1..=21).map(day).collect();
    let mut many: Vec<(&str, &str)> = vec![
        ("title", "Call"),
        ("duration", "60"),
        ("venue", "Cardiff"),
        ("invitees", "Aled, aled@example.org"),
    ];
    for d in &dates {
        many.push(("slot_date", d));
        many.push(("slot_time", "10:00"));
    }
    let refused = coordinator.post_form("/meetings/polls/new", &many).await;
    refused.assert_status(422);
    assert!(refused.html().text(".error-summary").contains("at most 20"));
    assert_eq!(app.count("SELECT COUNT(*) FROM time_polls").await, 0);
}
