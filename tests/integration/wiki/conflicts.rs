use coproduce::auth::role::Role;

use super::put;
use crate::util::TestApp;

const BASE: &str = "# Plan\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n";

#[tokio::test]
async fn edits_from_a_stale_base_that_do_not_overlap_are_merged_and_said_so() {
    let app = TestApp::new().await;
    let base = put(&app, "Plan", BASE).await;
    put(
        &app,
        "Plan",
        &BASE.replace(
            "First paragraph.",
            "First paragraph, revised by someone else.",
        ),
    )
    .await;
    let client = app.signed_in("late@example.org", Role::Participant).await;
    let mine = BASE.replace("Third paragraph.", "Third paragraph, with my addition.");
    let response = client
        .post_form(
            "/wiki/Plan/edit",
            &[
                ("text", &mine),
                ("base_revision_id", &base.to_string()),
                ("action", "save"),
            ],
        )
        .await;
    response.assert_redirect("/wiki/Plan");
    let page = client.get("/wiki/Plan").await.html();
    assert!(page.text(".notice").contains("both were kept"));
    let text = page.text(".wiki-content");
    assert!(
        text.contains("revised by someone else") && text.contains("with my addition"),
        "{text}"
    );
}

#[tokio::test]
async fn overlapping_edits_get_a_conflict_page_with_the_editors_text_intact() {
    let app = TestApp::new().await;
    let base = put(&app, "Plan", BASE).await;
    let theirs = put(
        &app,
        "Plan",
        &BASE.replace("Second paragraph.", "Second paragraph: their version."),
    )
    .await;
    let client = app
        .signed_in("conflicted@example.org", Role::Participant)
        .await;
    let mine = BASE.replace("Second paragraph.", "Second paragraph: my version.");
    let response = client
        .post_form(
            "/wiki/Plan/edit",
            &[
                ("text", &mine),
                ("base_revision_id", &base.to_string()),
                ("summary", "mine"),
                ("action", "save"),
            ],
        )
        .await;
    response.assert_status(409);
    let page = response.html();
    page.assert_page_conventions();
    page.assert_error_summary(&["text"]);
    assert_eq!(
        page.raw_text("textarea#mine-text"),
        mine,
        "my text is intact"
    );
    let combined = page.raw_text("textarea#text");
    assert!(
        combined.contains("<<<<<<< ")
            && combined.contains("their version")
            && combined.contains("my version")
            && combined.contains(">>>>>>> "),
        "the overlap is marked for me to resolve: {combined}"
    );
    assert!(page.text("textarea#current-text").contains("their version"));
    assert_eq!(
        page.attr("input[name=base_revision_id]", "value"),
        Some(theirs.to_string())
    );
    assert_eq!(page.attr("#summary", "value").as_deref(), Some("mine"));
    assert!(page.text(".conflict .diff").contains("my version"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM wiki_revisions").await,
        2,
        "nothing saved"
    );
    // Resolving: save on top of the current head.
    let resolved = BASE.replace(
        "Second paragraph.",
        "Second paragraph: their version and mine.",
    );
    client
        .post_form(
            "/wiki/Plan/edit",
            &[
                ("text", &resolved),
                ("base_revision_id", &theirs.to_string()),
                ("action", "save"),
            ],
        )
        .await
        .assert_redirect("/wiki/Plan");
    assert!(client
        .get("/wiki/Plan")
        .await
        .body
        .contains("their version and mine"));
}

#[tokio::test]
async fn the_same_persons_earlier_edit_is_never_silently_overwritten() {
    let app = TestApp::new().await;
    let base = put(&app, "Plan", BASE).await;
    let client = app
        .signed_in("twotabs@example.org", Role::Participant)
        .await;
    // Tab one saves.
    client
        .post_form(
            "/wiki/Plan/edit",
            &[
                ("text", &BASE.replace("First", "Tab one's first")),
                ("base_revision_id", &base.to_string()),
                ("action", "save"),
            ],
        )
        .await
        .assert_redirect("/wiki/Plan");
    // Tab two, opened on the same base, changes the same line.
    let response = client
        .post_form(
            "/wiki/Plan/edit",
            &[
                ("text", &BASE.replace("First", "Tab two's first")),
                ("base_revision_id", &base.to_string()),
                ("action", "save"),
            ],
        )
        .await;
    response.assert_status(409);
    assert!(
        client
            .get("/wiki/Plan")
            .await
            .body
            .contains("Tab one&#x27;s first")
            || client
                .get("/wiki/Plan")
                .await
                .body
                .contains("Tab one's first")
    );
}

#[tokio::test]
async fn section_edits_merge_and_conflict_the_same_way() {
    let app = TestApp::new().await;
    let text = "Lead.\n\n## One\n\nOne text.\n\n## Two\n\nTwo text.\n";
    let base = put(&app, "Sections", text).await;
    put(
        &app,
        "Sections",
        &text.replace("One text.", "One text, changed."),
    )
    .await;
    let client = app
        .signed_in("sections@example.org", Role::Participant)
        .await;
    // Editing section 2 from the stale base merges with the change to section 1.
    client
        .post_form(
            "/wiki/Sections/edit",
            &[
                ("text", "## Two\n\nTwo text, mine."),
                ("section", "2"),
                ("base_revision_id", &base.to_string()),
                ("action", "save"),
            ],
        )
        .await
        .assert_redirect("/wiki/Sections");
    let body = client
        .get("/wiki/Sections")
        .await
        .html()
        .text(".wiki-content");
    assert!(
        body.contains("One text, changed.") && body.contains("Two text, mine."),
        "{body}"
    );
    // Editing section 1 from the stale base overlaps.
    let response = client
        .post_form(
            "/wiki/Sections/edit",
            &[
                ("text", "## One\n\nOne text, mine."),
                ("section", "1"),
                ("base_revision_id", &base.to_string()),
                ("action", "save"),
            ],
        )
        .await;
    response.assert_status(409);
    assert!(response
        .html()
        .raw_text("textarea#text")
        .contains("One text, mine."));
}

/// Issue #10 (defect 8): a page stored with LF and an edit sent by a browser with CRLF
/// still merge when they change far-apart paragraphs, and the page keeps one convention.
#[tokio::test]
async fn crlf_from_the_browser_merges_with_lf_pages() {
    let app = TestApp::new().await;
    let base = put(&app, "Plan", BASE).await;
    put(
        &app,
        "Plan",
        &BASE.replace(
            "First paragraph.",
            "First paragraph, revised by someone else.",
        ),
    )
    .await;
    let client = app.signed_in("crlf@example.org", Role::Participant).await;
    let mine = BASE
        .replace("Third paragraph.", "Third paragraph, with my addition.")
        .replace('\n', "\r\n");
    client
        .post_form(
            "/wiki/Plan/edit",
            &[
                ("text", &mine),
                ("base_revision_id", &base.to_string()),
                ("action", "save"),
            ],
        )
        .await
        .assert_redirect("/wiki/Plan");
    let page = client.get("/wiki/Plan").await.html();
    assert!(page.text(".notice").contains("both were kept"));
    let stored = sqlx::query_scalar::<_, String>(
        "SELECT r.body FROM wiki_revisions r JOIN wiki_pages p ON p.head_revision_id = r.id WHERE p.title = 'Plan'",
    )
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert!(!stored.contains('\r'), "stored with LF only");
    assert!(stored.contains("revised by someone else") && stored.contains("with my addition"));
}

/// Issue #10 (defect 9): the conflict page offers both versions with the overlap marked;
/// saving from it is refused while markers remain, and a save that would remove what the
/// other person added is held back, naming those lines, until the editor confirms it.
#[tokio::test]
async fn the_conflict_page_never_silently_drops_the_other_persons_work() {
    let app = TestApp::new().await;
    let base = put(&app, "Plan", BASE).await;
    let theirs_text = BASE
        .replace("Second paragraph.", "Second paragraph: their version.")
        .replace(
            "Third paragraph.",
            "Third paragraph.\n\nTheir new closing line.",
        );
    let theirs = put(&app, "Plan", &theirs_text).await;
    let client = app
        .signed_in("resolver@example.org", Role::Participant)
        .await;
    let mine = BASE.replace("Second paragraph.", "Second paragraph: my version.");
    let page = client
        .post_form(
            "/wiki/Plan/edit",
            &[
                ("text", &mine),
                ("base_revision_id", &base.to_string()),
                ("action", "save"),
            ],
        )
        .await;
    page.assert_status(409);
    let html = page.html();
    let combined = html.raw_text("textarea#text");
    assert!(
        combined.contains("Their new closing line."),
        "non-overlapping parts are combined: {combined}"
    );
    assert_eq!(
        html.attr("input[name=conflict_base]", "value"),
        Some(base.to_string())
    );
    let resubmit = |text: String, confirm: bool| {
        let mut fields = vec![
            ("text".to_string(), text),
            ("base_revision_id".to_string(), theirs.to_string()),
            ("conflict_base".to_string(), base.to_string()),
            ("action".to_string(), "save".to_string()),
        ];
        if confirm {
            fields.push(("confirm_drop".to_string(), "1".to_string()));
        }
        fields
    };
    let post = |fields: Vec<(String, String)>| {
        let client = &client;
        async move {
            let pairs: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            client.post_form("/wiki/Plan/edit", &pairs).await
        }
    };
    // Pressing Save again with the markers still in: refused, text kept.
    let refused = post(resubmit(combined.clone(), false)).await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["text"]);
    assert_eq!(refused.html().raw_text("textarea#text"), combined);
    // My own text pasted back over everything: it would drop their lines; held back.
    let held = post(resubmit(mine.clone(), false)).await;
    held.assert_status(409);
    let held_page = held.html();
    held_page.assert_page_conventions();
    held_page.assert_error_summary(&["confirm_drop"]);
    let named = held_page.text(".dropped-lines");
    assert!(
        named.contains("their version") && named.contains("Their new closing line."),
        "{named}"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM wiki_revisions").await,
        2,
        "nothing saved"
    );
    // Resolved, both kept in one line: saved, no confirmation needed.
    let resolved = theirs_text.replace("their version.", "their version, and my version.");
    post(resubmit(resolved, false))
        .await
        .assert_redirect("/wiki/Plan");
    // Confirmed removal is the editor's choice, and allowed.
    let head = app.count("SELECT MAX(id) FROM wiki_revisions").await;
    let confirmed = post(vec![
        ("text".to_string(), mine.clone()),
        ("base_revision_id".to_string(), head.to_string()),
        ("conflict_base".to_string(), head.to_string()),
        ("confirm_drop".to_string(), "1".to_string()),
        ("action".to_string(), "save".to_string()),
    ])
    .await;
    confirmed.assert_redirect("/wiki/Plan");
}
