//! Drafting: sections with word limits (checked at save, saying by how much), an edit
//! based on an older revision refused with both texts kept, history with diffs, comments
//! and status changes mailed to the owner's representatives, and drafts private.

use coproduce::auth::role::Role;
use coproduce::consortium::model::MemberRole;

use super::{proposal, section_paths};
use crate::consortium::{member, signatory};
use crate::util::TestApp;

#[tokio::test]
async fn sections_are_drafted_within_their_word_limits_with_full_history() {
    let app = TestApp::new().await;
    let (coordinator, path) = proposal(&app).await;
    // A bad section line is refused with the input kept.
    let refused = coordinator
        .post_form(
            "/proposals/new",
            &[("title", "X"), ("funder", "Y"), ("sections", "Aims | lots")],
        )
        .await;
    refused.assert_status(422);
    let page = refused.html();
    page.assert_error_summary(&["sections"]);
    assert!(page.text("#sections").contains("Aims | lots"));
    let sections = section_paths(&coordinator, &path).await;
    assert_eq!(sections.len(), 2);
    let aims = &sections[0];
    let page = coordinator.get(aims).await.html();
    page.assert_page_conventions();
    assert_eq!(page.attr("#body", "data-word-limit").as_deref(), Some("10"));
    let over = "One two three four five six seven eight nine ten eleven twelve";
    let refused = coordinator
        .post_form(
            aims,
            &[("body", over), ("status", "drafting"), ("base", "0")],
        )
        .await;
    refused.assert_status(422);
    let page = refused.html();
    page.assert_error_summary(&["body"]);
    assert!(
        page.text(".error-summary")
            .contains("2 words over the limit of 10"),
        "{}",
        page.text(".error-summary")
    );
    assert!(
        page.text("#body").contains("eleven twelve"),
        "the text is kept"
    );
    for (base, text) in [
        ("0", "We reach people furthest from decisions."),
        ("1", "We reach people furthest from decision making."),
    ] {
        coordinator
            .post_form(
                aims,
                &[
                    ("body", text),
                    ("status", "drafting"),
                    ("base", base),
                    ("summary", "wording"),
                ],
            )
            .await
            .assert_redirect(aims);
    }
    // Someone who opened the page at revision 1 saves: refused, both texts shown.
    let stale = coordinator
        .post_form(
            aims,
            &[
                ("body", "My other words."),
                ("status", "drafting"),
                ("base", "1"),
            ],
        )
        .await;
    stale.assert_status(422);
    let page = stale.html();
    assert!(page.text("#theirs").contains("decision making"));
    assert!(page.text("#body").contains("My other words."));
    assert_eq!(
        page.attr("input[name='base']", "value").as_deref(),
        Some("2")
    );
    let history = coordinator.get(aims).await.html();
    let revisions = history.attrs("a[href*='/revisions/']", "href");
    assert_eq!(revisions.len(), 2);
    let diff = coordinator.get(&revisions[0]).await.html();
    diff.assert_page_conventions();
    assert!(diff.text("ins").contains("making"), "{}", diff.text("main"));
    assert!(diff.text("del").contains("decisions"));
}

#[tokio::test]
async fn owners_hear_of_comments_and_status_changes_but_not_of_their_own() {
    let app = TestApp::new().await;
    let (coordinator, path) = proposal(&app).await;
    let owner = member(&app, "Wales Network", MemberRole::Lead, Some("wales")).await;
    let sig = signatory(&app, owner, "owner@example.org").await;
    let aims = section_paths(&coordinator, &path).await.remove(0);
    coordinator
        .post_form(
            &aims,
            &[
                ("body", "Draft."),
                ("status", "review"),
                ("base", "0"),
                ("owner_id", &owner.0.to_string()),
            ],
        )
        .await
        .assert_status(303);
    assert_eq!(app.email_count_to("owner@example.org").await, 1);
    assert!(app
        .last_email_to("owner@example.org")
        .await
        .0
        .contains("Ready for review"));
    coordinator
        .post_form(
            &format!("{aims}/comments"),
            &[("body", "Shorten the first sentence?")],
        )
        .await
        .assert_redirect(&format!("{aims}#comments"));
    assert_eq!(app.email_count_to("owner@example.org").await, 2);
    // The owner's own comment is not mailed back to them.
    sig.post_form(&format!("{aims}/comments"), &[("body", "Done.")])
        .await
        .assert_status(303);
    assert_eq!(app.email_count_to("owner@example.org").await, 2);
    // An owner that is not a member is refused at the field.
    let refused = coordinator
        .post_form(
            &aims,
            &[
                ("body", "Draft."),
                ("status", "review"),
                ("base", "1"),
                ("owner_id", "999"),
            ],
        )
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["owner_id"]);
}

#[tokio::test]
async fn drafts_are_for_members_and_coordinators_only() {
    let app = TestApp::new().await;
    let (coordinator, path) = proposal(&app).await;
    let aims = section_paths(&coordinator, &path).await.remove(0);
    app.client().get(&path).await.assert_status(404);
    assert!(!app
        .client()
        .get("/proposals")
        .await
        .body
        .contains("Equalities co-production"));
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    participant.get(&path).await.assert_status(404);
    participant.get(&aims).await.assert_status(403);
    let stranger = app.signed_in("x@example.org", Role::Partner).await;
    stranger.get(&aims).await.assert_status(404);
    stranger
        .get(&format!("{path}/budget"))
        .await
        .assert_status(404);
    let m = member(&app, "Wales Network", MemberRole::Lead, Some("wales")).await;
    let rep = signatory(&app, m, "rep@example.org").await;
    rep.get(&aims).await.assert_status(200);
    // A representative drafts, but only coordinators and the facilitator freeze.
    rep.post_form(&format!("{path}/freeze"), &[])
        .await
        .assert_status(404);
    assert_eq!(app.count("SELECT COUNT(*) FROM proposal_versions").await, 0);
    // The members' list shows it.
    assert!(rep
        .get("/proposals")
        .await
        .body
        .contains("Equalities co-production"));
}
