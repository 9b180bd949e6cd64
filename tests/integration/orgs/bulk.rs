//! Issue #18: tags given by an import, the outreach list filtered by tag, and a bulk change
//! to every organisation of a filtered list, run as a job and logged in each record's
//! history; tags stay private.

use coproduce::auth::role::Role;

use super::{listed, org};
use crate::util::TestApp;

#[tokio::test]
async fn a_filtered_list_is_changed_at_once_and_each_history_says_so() {
    let app = TestApp::new().await;
    org(&app, listed("Not In The File", &["england"], &[], &[])).await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    // An import whose every row gets the tag "CCNI 2026" (a constant).
    let csv = "name,listed\nFirst Group,yes\nSecond Group,no\n";
    let uploaded = coordinator
        .post_multipart(
            "/organisations/import",
            &[],
            Some(("tagged.csv", csv.as_bytes())),
        )
        .await;
    let url = uploaded.location();
    coordinator
        .post_form(
            &format!("{url}/settings"),
            &[
                ("col_name", "0"),
                ("col_listed", "1"),
                ("set_tags", "CCNI 2026"),
            ],
        )
        .await
        .assert_redirect(&url);
    coordinator.post_form(&url, &[]).await.assert_redirect(&url);
    assert_eq!(app.run_jobs().await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisation_tags WHERE tag = 'CCNI 2026'")
            .await,
        2
    );
    // Tags are private: never in the public export, shown to coordinators only.
    app.state.page_cache.clear();
    assert!(!app
        .client()
        .get("/organisations.csv")
        .await
        .body
        .contains("CCNI"));
    assert!(!app
        .client()
        .get("/organisations/first-group")
        .await
        .body
        .contains("CCNI"));
    assert!(coordinator
        .get("/organisations/first-group")
        .await
        .body
        .contains("CCNI 2026"));

    let list = coordinator.get("/outreach?view=list&tag=CCNI+2026").await;
    list.assert_status(200);
    let html = list.html();
    html.assert_page_conventions();
    assert_eq!(html.count("table tbody tr"), 2);
    let form = coordinator
        .get("/outreach/bulk?view=list&tag=CCNI+2026")
        .await;
    form.assert_status(200);
    form.html().assert_page_conventions();
    assert!(form
        .html()
        .text("main")
        .contains("changes the 2 organisations"));

    // Listing in bulk needs the consent confirmed; the choice is kept.
    let refused = coordinator
        .post_form(
            "/outreach/bulk",
            &[("tag", "CCNI 2026"), ("action", "listed")],
        )
        .await;
    refused.assert_status(422);
    let page = refused.html();
    page.assert_error_summary(&["confirm_consent"]);
    assert_eq!(page.attr("#action-listed", "checked").as_deref(), Some(""));
    coordinator
        .post_form(
            "/outreach/bulk",
            &[
                ("tag", "CCNI 2026"),
                ("action", "stage"),
                ("value_stage", "nonsense"),
            ],
        )
        .await
        .assert_status(422);

    let started = coordinator
        .post_form(
            "/outreach/bulk",
            &[
                ("tag", "CCNI 2026"),
                ("action", "stage"),
                ("value_stage", "contacted"),
            ],
        )
        .await;
    assert_eq!(started.status, 303);
    let progress = started.location();
    assert_eq!(app.run_jobs().await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisation_outreach WHERE stage = 'contacted'")
            .await,
        2
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisation_activities WHERE summary LIKE 'Stage set to Contacted for 2 organisations%'").await,
        2
    );
    assert!(coordinator
        .get(&progress)
        .await
        .html()
        .text("main")
        .contains("Finished"));
    // A change to the records' fields is a revision in each history.
    let revisions = app
        .count("SELECT COUNT(*) FROM organisation_revisions")
        .await;
    let started = coordinator
        .post_form(
            "/outreach/bulk",
            &[
                ("tag", "CCNI 2026"),
                ("action", "nation"),
                ("value_nation", "wales"),
            ],
        )
        .await;
    assert_eq!(started.status, 303);
    assert_eq!(app.run_jobs().await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisation_revisions")
            .await,
        revisions + 2
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisation_nations WHERE nation = 'wales'")
            .await,
        2
    );
    let history = coordinator
        .get("/organisations/second-group/history")
        .await
        .html();
    assert!(
        history
            .text("main")
            .contains("Wales added to 2 organisations"),
        "{}",
        history.text("main")
    );
    // The record outside the list was not touched.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisation_nations n JOIN organisations o ON o.id = n.organisation_id WHERE o.name = 'Not In The File'").await,
        1
    );
    // Participants cannot reach any of it.
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    participant.get("/outreach/bulk").await.assert_status(403);
}
