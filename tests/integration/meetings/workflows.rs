//! Issue #9: the meetings workflows commit once. A failure injected at their last step
//! (queueing the e-mail, refused by a database trigger) leaves nothing half-done: no
//! meeting, no link, no outreach entry, the poll still open and the request still new.

use coproduce::auth::role::Role;
use coproduce::storage::Backend;

use super::requests_polls::request;
use crate::events::day;
use crate::util::TestApp;

/// From now on every e-mail put in the outbox fails, as a full disk or a lost connection
/// would make it fail.
async fn refuse_mail(app: &TestApp) {
    match app.backend() {
        Backend::Sqlite => {
            app.exec(
                "CREATE TRIGGER refuse_mail BEFORE INSERT ON outbox \
                 BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
            )
            .await
        }
        Backend::Postgres => {
            app.exec(
                "CREATE FUNCTION refuse_mail() RETURNS trigger AS $$ \
                 BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql",
            )
            .await;
            app.exec(
                "CREATE TRIGGER refuse_mail BEFORE INSERT ON outbox \
                 FOR EACH ROW EXECUTE FUNCTION refuse_mail()",
            )
            .await
        }
    }
}

async fn allow_mail(app: &TestApp) {
    match app.backend() {
        Backend::Sqlite => app.exec("DROP TRIGGER refuse_mail").await,
        Backend::Postgres => app.exec("DROP TRIGGER refuse_mail ON outbox").await,
    }
}

/// Nothing the workflows write exists yet.
async fn assert_nothing_written(app: &TestApp) {
    for table in [
        "meetings",
        "meeting_organisations",
        "organisations",
        "organisation_contacts",
        "organisation_activities",
    ] {
        assert_eq!(
            app.count(&format!("SELECT COUNT(*) FROM {table}")).await,
            0,
            "{table} is untouched"
        );
    }
}

#[tokio::test]
async fn handling_a_request_that_fails_at_the_last_step_leaves_nothing_half_done() {
    let app = TestApp::new().await;
    app.client()
        .post_form("/meetings/request", &request())
        .await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let id = app.count("SELECT id FROM meeting_requests").await;
    let date = day(14);
    let schedule = [
        ("action", "schedule"),
        ("title", "Meeting with Deaf Cymru"),
        ("date", date.as_str()),
        ("time", "10:00"),
        ("duration", "60"),
        ("venue", "Cardiff"),
    ];
    let mails_before = app.count("SELECT COUNT(*) FROM outbox").await;
    refuse_mail(&app).await;
    let failed = coordinator
        .post_form(&format!("/meetings/requests/{id}"), &schedule)
        .await;
    assert_eq!(failed.status, 500);
    assert_nothing_written(&app).await;
    let declined = coordinator
        .post_form(
            &format!("/meetings/requests/{id}"),
            &[("action", "decline"), ("reason", "Not this month.")],
        )
        .await;
    assert_eq!(declined.status, 500);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_requests WHERE status = 'new' AND organisation_id IS NULL")
            .await,
        1,
        "the request is still new and unlinked"
    );
    // Once mail works again the same action succeeds, whole.
    allow_mail(&app).await;
    let done = coordinator
        .post_form(&format!("/meetings/requests/{id}"), &schedule)
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(app.count("SELECT COUNT(*) FROM meetings").await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_organisations")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_requests WHERE status = 'scheduled'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox").await,
        mails_before + 1
    );
}

#[tokio::test]
async fn confirming_a_poll_that_fails_at_the_last_step_leaves_nothing_half_done() {
    let app = TestApp::new().await;
    app.client()
        .post_form("/meetings/request", &request())
        .await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let id = app.count("SELECT id FROM meeting_requests").await;
    coordinator
        .post_form(&format!("/meetings/requests/{id}"), &[("action", "poll")])
        .await;
    // The poll link step itself commits its organisation; start counting from here.
    let orgs = app.count("SELECT COUNT(*) FROM organisations").await;
    assert_eq!(orgs, 1);
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
                ("invitees", "Rhian Davies, rhian@example.org"),
            ],
        )
        .await;
    assert_eq!(poll.status, 303, "{}", poll.body);
    let poll_url = poll.location();
    let slot = app.count("SELECT MIN(id) FROM poll_slots").await;
    refuse_mail(&app).await;
    let failed = coordinator
        .post_form(
            &format!("{poll_url}/confirm"),
            &[("slot_id", &slot.to_string())],
        )
        .await;
    assert_eq!(failed.status, 500);
    assert_eq!(app.count("SELECT COUNT(*) FROM meetings").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_organisations")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM time_polls WHERE status = 'open' AND meeting_id IS NULL")
            .await,
        1,
        "the poll is still open, not stuck confirming"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_requests WHERE status = 'polling'")
            .await,
        1
    );
    allow_mail(&app).await;
    let confirmed = coordinator
        .post_form(
            &format!("{poll_url}/confirm"),
            &[("slot_id", &slot.to_string())],
        )
        .await;
    assert_eq!(confirmed.status, 303);
    assert_eq!(app.count("SELECT COUNT(*) FROM meetings").await, 1);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM time_polls WHERE status = 'confirmed' AND meeting_id IS NOT NULL"
        )
        .await,
        1
    );
}

/// Issue #10 (defect 6) and #11 (finding 1): a public form's per-address limit holds when
/// the requests arrive all at once; counting and recording are one step.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_public_forms_limit_holds_under_simultaneous_requests() {
    let app = TestApp::new().await;
    let mut sent = Vec::new();
    for _ in 0..30 {
        let client = app.client();
        client.set_peer("203.0.113.9:1000");
        sent.push(tokio::spawn(async move {
            client
                .post_form("/meetings/request", &request())
                .await
                .status
        }));
    }
    let mut refused = 0;
    for s in sent {
        if s.await.unwrap() == 429 {
            refused += 1;
        }
    }
    let kept = app.count("SELECT COUNT(*) FROM meeting_requests").await;
    assert_eq!(
        kept,
        coproduce::auth::throttle::PUBLIC_FORM_LIMIT,
        "{kept} requests kept, {refused} refused"
    );
    assert_eq!(refused, 30 - kept);
}
