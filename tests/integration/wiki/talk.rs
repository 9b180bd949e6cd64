use coproduce::auth::role::Role;

use super::put;
use crate::util::TestApp;

#[tokio::test]
async fn threaded_comments_with_replies_edits_and_moderation() {
    let app = TestApp::new().await;
    put(&app, "Plan", "The plan.").await;
    let alice = app.signed_in("alice@example.org", Role::Participant).await;
    let talk = alice.get("/wiki/Plan/talk").await;
    talk.assert_status(200);
    talk.html().assert_page_conventions();

    let added = alice
        .post_form(
            "/wiki/Plan/talk",
            &[("action", "comment"), ("body", "Should we add **dates**?")],
        )
        .await;
    assert_eq!(added.status, 303);
    assert!(added.location().starts_with("/wiki/Plan/talk#comment-"));
    let first_id = added.location().rsplit('-').next().unwrap().to_string();

    let bob = app.signed_in("bob@example.org", Role::Participant).await;
    bob.post_form(
        "/wiki/Plan/talk",
        &[
            ("action", "reply"),
            ("parent_id", &first_id),
            ("body", "Yes, February."),
        ],
    )
    .await;
    let page = bob.get("/wiki/Plan/talk").await.html();
    assert_eq!(page.count("article.comment"), 2);
    assert_eq!(
        page.count("article.comment--depth-1"),
        1,
        "the reply is nested"
    );
    assert_eq!(page.text(".comment__body strong"), "dates");
    // Only the author may edit.
    let forged = bob
        .post_form(
            "/wiki/Plan/talk",
            &[
                ("action", "edit"),
                ("comment_id", &first_id),
                ("body", "hijacked"),
            ],
        )
        .await;
    forged.assert_status(403);
    alice
        .post_form(
            "/wiki/Plan/talk",
            &[
                ("action", "edit"),
                ("comment_id", &first_id),
                ("body", "Should we add dates and places?"),
            ],
        )
        .await;
    assert!(alice
        .get("/wiki/Plan/talk")
        .await
        .body
        .contains("dates and places"));

    // Participants cannot hide; coordinators can, with a reason, and can undo it.
    bob.post_form(
        "/wiki/Plan/talk",
        &[
            ("action", "hide"),
            ("comment_id", &first_id),
            ("reason", "x"),
        ],
    )
    .await
    .assert_status(403);
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let no_reason = coordinator
        .post_form(
            "/wiki/Plan/talk",
            &[
                ("action", "hide"),
                ("comment_id", &first_id),
                ("reason", ""),
            ],
        )
        .await;
    no_reason.assert_status(422);
    no_reason
        .html()
        .assert_error_summary(&[&format!("reason-{first_id}")]);
    coordinator
        .post_form(
            "/wiki/Plan/talk",
            &[
                ("action", "hide"),
                ("comment_id", &first_id),
                ("reason", "Off topic"),
            ],
        )
        .await;
    let public = app.client().get("/wiki/Plan/talk").await;
    assert!(
        !public.body.contains("dates and places"),
        "hidden from readers"
    );
    assert!(public.body.contains("hidden by a coordinator"));
    assert!(coordinator
        .get("/wiki/Plan/talk")
        .await
        .body
        .contains("Off topic"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM moderation_log WHERE action = 'comment-hidden'")
            .await,
        1
    );
    coordinator
        .post_form(
            "/wiki/Plan/talk",
            &[("action", "unhide"), ("comment_id", &first_id)],
        )
        .await;
    assert!(app
        .client()
        .get("/wiki/Plan/talk")
        .await
        .body
        .contains("dates and places"));
}

#[tokio::test]
async fn comment_errors_keep_the_text_and_visitors_cannot_comment() {
    let app = TestApp::new().await;
    put(&app, "Plan", "The plan.").await;
    let client = app.signed_in("err@example.org", Role::Participant).await;
    let empty = client
        .post_form("/wiki/Plan/talk", &[("action", "comment"), ("body", "  ")])
        .await;
    empty.assert_status(422);
    empty.html().assert_error_summary(&["comment-body"]);
    let long = "x".repeat(10_001);
    let too_long = client
        .post_form("/wiki/Plan/talk", &[("action", "comment"), ("body", &long)])
        .await;
    too_long.assert_status(422);
    assert_eq!(
        too_long.html().raw_text("#comment-body").len(),
        10_001,
        "text kept"
    );
    client
        .post_form(
            "/wiki/Plan/talk",
            &[("action", "reply"), ("parent_id", "999"), ("body", "x")],
        )
        .await
        .assert_status(404);
    client
        .post_form("/wiki/Nope/talk", &[("action", "comment"), ("body", "x")])
        .await
        .assert_status(404);
    let visitor = app.client();
    visitor
        .post_form(
            "/wiki/Plan/talk",
            &[("action", "comment"), ("body", "spam")],
        )
        .await
        .assert_status(403);
    assert!(visitor
        .get("/wiki/Plan/talk")
        .await
        .body
        .contains("Sign in to join the discussion"));
}
