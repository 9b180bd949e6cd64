use coproduce::auth::role::Role;

use super::{listed, org};
use crate::util::TestApp;

#[tokio::test]
async fn a_coordinator_moves_an_organisation_through_the_pipeline() {
    let app = TestApp::new().await;
    let slug = org(
        &app,
        listed("Inclusion Scotland", &["scotland"], &["disability"], &[10]),
    )
    .await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let coordinator_id = app
        .count("SELECT id FROM users WHERE email = 'coord@example.org'")
        .await
        .to_string();
    let page = coordinator
        .get(&format!("/organisations/{slug}/outreach"))
        .await;
    page.assert_status(200);
    page.html().assert_page_conventions();
    let url = format!("/organisations/{slug}/outreach");
    coordinator
        .post_form(
            &url,
            &[
                ("action", "pipeline"),
                ("stage", "contacted"),
                ("owner_id", &coordinator_id),
                ("next_action", "Phone about the summit"),
                ("next_action_due", "2019-01-15"),
            ],
        )
        .await
        .assert_redirect(&url);
    let bad = coordinator
        .post_form(
            &url,
            &[
                ("action", "pipeline"),
                ("stage", "flying"),
                ("next_action_due", "15/01/2019"),
            ],
        )
        .await;
    bad.assert_status(422);
    bad.html().assert_error_summary(&["next_action_due"]);
    coordinator
        .post_form(
            &url,
            &[
                ("action", "activity"),
                ("kind", "call"),
                ("happened_on", "2019-01-10"),
                ("summary", "Spoke to the director"),
            ],
        )
        .await
        .assert_redirect(&url);
    coordinator
        .post_form(
            &url,
            &[
                ("action", "note"),
                ("note", "Prefers e-mail in the mornings"),
            ],
        )
        .await
        .assert_redirect(&url);
    let page = coordinator.get(&url).await.html();
    assert!(page.text("main").contains("Spoke to the director"));
    assert!(page.text("main").contains("Prefers e-mail in the mornings"));
    // The board shows it under "Contacted"; a card moves with a plain form.
    let board = coordinator.get("/outreach").await;
    board.assert_status(200);
    let html = board.html();
    html.assert_page_conventions();
    assert!(
        html.text("#stage-contacted").is_empty()
            || html
                .text("section[aria-labelledby=stage-contacted]")
                .contains("Inclusion Scotland")
    );
    coordinator
        .post_form("/outreach/move", &[("slug", &slug), ("stage", "met")])
        .await
        .assert_redirect("/outreach");
    assert!(coordinator
        .get("/outreach")
        .await
        .html()
        .text("section[aria-labelledby=stage-met]")
        .contains("Inclusion Scotland"));
    coordinator
        .post_form("/outreach/move", &[("slug", &slug), ("stage", "nowhere")])
        .await
        .assert_status(400);
    // "My overdue next actions": the due date is in the past.
    let overdue = coordinator.get("/outreach?mine=1&overdue=1").await.html();
    assert!(overdue.text(".board").contains("Inclusion Scotland"));
    assert!(overdue.text(".board").contains("Overdue"));
    let other = app
        .signed_in("other-coord@example.org", Role::Coordinator)
        .await;
    assert!(!other
        .get("/outreach?mine=1&overdue=1")
        .await
        .html()
        .text(".board")
        .contains("Inclusion Scotland"));
}

#[tokio::test]
async fn contacts_notes_and_activity_are_for_coordinators_only() {
    let app = TestApp::new().await;
    let slug = org(
        &app,
        listed("Private Details Org", &["wales"], &["age"], &[3]),
    )
    .await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let url = format!("/organisations/{slug}/outreach");
    coordinator
        .post_form(
            &url,
            &[
                ("action", "contact"),
                ("contact_name", "Gareth Secret"),
                ("contact_email", "gareth.secret@example.org"),
                ("contact_phone", "029 2000 0000"),
                ("access_needs", "BSL interpreter"),
            ],
        )
        .await
        .assert_redirect(&url);
    coordinator
        .post_form(
            &url,
            &[
                ("action", "note"),
                ("note", "Confidential-note-text: call Gareth Secret"),
            ],
        )
        .await;
    coordinator
        .post_form(
            &url,
            &[
                ("action", "activity"),
                ("kind", "email"),
                ("happened_on", "2019-01-02"),
                (
                    "summary",
                    "Secret-activity-summary, e-mailed gareth.secret@example.org",
                ),
            ],
        )
        .await;
    let secrets = [
        "Gareth Secret",
        "gareth.secret@example.org",
        "029 2000 0000",
        "BSL interpreter",
        "Confidential-note-text",
        "Secret-activity-summary",
    ];
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    let partner = app.signed_in("partner@example.org", Role::Partner).await;
    let visitor = app.client();
    for (who, client) in [
        ("visitor", &visitor),
        ("participant", &participant),
        ("partner", &partner),
    ] {
        for path in [
            format!("/organisations/{slug}"),
            format!("/organisations/{slug}/history"),
            "/organisations".to_string(),
            "/organisations?q=gareth".to_string(),
            "/organisations.csv".to_string(),
            "/organisations.json".to_string(),
            "/organisations/oruk.json".to_string(),
            "/organisations.atom".to_string(),
            "/search?q=Gareth&fulltext=1".to_string(),
            "/recent-changes".to_string(),
        ] {
            let body = client.get(&path).await.body;
            for secret in secrets {
                assert!(!body.contains(secret), "{who} saw {secret:?} at {path}");
            }
        }
        assert!(
            matches!(client.get(&url).await.status, 303 | 403),
            "{who}: outreach page refused"
        );
        assert!(
            matches!(client.get("/outreach").await.status, 303 | 403),
            "{who}: board refused"
        );
    }
    assert_eq!(
        visitor
            .get("/organisations?q=gareth")
            .await
            .html()
            .count(".org-card"),
        0,
        "contacts are not searchable"
    );
    // Export one contact's data, then erase it everywhere, leaving an anonymised trace.
    let contact_id = app.count("SELECT id FROM organisation_contacts").await;
    let export = coordinator
        .get(&format!("/organisations/{slug}/contacts/{contact_id}.json"))
        .await;
    export.assert_status(200);
    let json: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(json["contact"]["email"], "gareth.secret@example.org");
    participant
        .get(&format!("/organisations/{slug}/contacts/{contact_id}.json"))
        .await
        .assert_status(403);
    coordinator
        .post_form(
            &url,
            &[
                ("action", "erase_contact"),
                ("contact_id", &contact_id.to_string()),
            ],
        )
        .await
        .assert_redirect(&url);
    let page = coordinator.get(&url).await.body;
    assert!(!page.contains("Gareth Secret") && !page.contains("gareth.secret@example.org"));
    assert!(page.contains("details were erased"));
    assert!(
        page.contains("call [erased contact]") && page.contains("e-mailed [erased contact]"),
        "the person's name and e-mail are redacted from notes and the activity log too"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM organisation_contacts WHERE email LIKE '%secret%' OR name LIKE '%Secret%' OR access_needs <> ''").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisation_contacts")
            .await,
        1,
        "an anonymised trace remains"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'contact-erased'")
            .await,
        1
    );
}

/// Issue #10 (item 16): the board stays one readable page however many organisations the
/// directory holds: each column shows its first cards and its total with a link to the
/// stage's list, and the list comes a hundred at a time.
#[tokio::test]
async fn the_board_shows_a_page_at_a_time_at_any_size() {
    let app = TestApp::new().await;
    for n in 0..130 {
        org(
            &app,
            listed(&format!("Group {n:03}"), &["wales"], &["race"], &[10]),
        )
        .await;
    }
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let board = coordinator.get("/outreach").await;
    board.assert_status(200);
    let html = board.html();
    html.assert_page_conventions();
    assert_eq!(html.count("#stage-identified + ul .board__card"), 30);
    assert!(html.text("#stage-identified").contains("130"));
    let all = html
        .attr(".board__column a[href*='view=list']", "href")
        .unwrap();
    assert!(all.contains("stage=identified"), "{all}");
    let first = coordinator.get(&all.replace("&amp;", "&")).await.html();
    assert_eq!(first.count("tbody tr"), 100);
    let next = first.attr("a[rel=next]", "href").expect("a next page");
    let second = coordinator.get(&next.replace("&amp;", "&")).await.html();
    assert_eq!(second.count("tbody tr"), 30);
    assert!(second.attr("a[rel=next]", "href").is_none());
    assert!(second.text("tbody").contains("Group 129"));
}
