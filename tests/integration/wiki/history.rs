use coproduce::auth::role::Role;

use super::put;
use crate::util::TestApp;

#[tokio::test]
async fn history_lists_every_revision_with_size_changes() {
    let app = TestApp::new().await;
    let first = put(&app, "Plan", "one\n").await;
    put(&app, "Plan", "one\ntwo\n").await;
    put(&app, "Plan", "two\n").await;
    let response = app.client().get("/wiki/Plan/history").await;
    response.assert_status(200);
    let page = response.html();
    page.assert_page_conventions();
    assert_eq!(page.count("tbody tr"), 3);
    assert_eq!(page.texts(".size-change"), vec!["(-4)", "(+4)", "(+4)"]);
    let old = app
        .client()
        .get(&format!("/wiki/Plan?oldid={first}"))
        .await
        .html();
    assert!(old.text(".notice").contains("old version"));
    assert_eq!(old.text(".wiki-content"), "one");
    app.client()
        .get("/wiki/Plan?oldid=999999")
        .await
        .assert_status(404);
}

#[tokio::test]
async fn diffs_mark_words_inline_and_side_by_side() {
    let app = TestApp::new().await;
    let a = put(
        &app,
        "Conversation",
        "The open conversation is in February.\nKeep.\n",
    )
    .await;
    let b = put(
        &app,
        "Conversation",
        "The open conversation is on 27 February.\nKeep.\n",
    )
    .await;
    let client = app.client();
    let inline = client
        .get(&format!("/wiki/Conversation/diff?from={a}&to={b}"))
        .await;
    inline.assert_status(200);
    let page = inline.html();
    page.assert_page_conventions();
    assert_eq!(page.texts(".diff del"), vec!["in"]);
    assert!(page.texts(".diff ins").iter().any(|t| t.contains("27")));
    assert!(
        page.text(".diff").contains("removed"),
        "changes are named in text, not colour alone"
    );
    let side = client
        .get(&format!(
            "/wiki/Conversation/diff?from={a}&to={b}&view=side"
        ))
        .await
        .html();
    assert_eq!(side.count("table.diff--side"), 1);
    assert_eq!(side.texts(".diff del"), vec!["in"]);
    // Default: the latest revision against its parent.
    let latest = client.get("/wiki/Conversation/diff").await.html();
    assert_eq!(latest.texts(".diff del"), vec!["in"]);
}

#[tokio::test]
async fn revert_saves_the_old_text_as_a_new_revision() {
    let app = TestApp::new().await;
    let good = put(&app, "Target", "good text\n").await;
    put(&app, "Target", "vandalised\n").await;
    let client = app
        .signed_in("reverter@example.org", Role::Participant)
        .await;
    let history = client.get("/wiki/Target/history").await.html();
    assert_eq!(history.count("form[action='/wiki/Target/revert']"), 1);
    client
        .post_form("/wiki/Target/revert", &[("to", &good.to_string())])
        .await
        .assert_redirect("/wiki/Target/history");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM wiki_revisions").await,
        3,
        "nothing deleted"
    );
    assert!(app
        .client()
        .get("/wiki/Target")
        .await
        .body
        .contains("good text"));
    client
        .post_form("/wiki/Target/revert", &[("to", "nonsense")])
        .await
        .assert_status(400);
}

#[tokio::test]
async fn recent_changes_filter_and_feed() {
    let app = TestApp::new().await;
    let author = app
        .user("author@example.org", "Awen Author", Role::Participant)
        .await;
    put(&app, "Category:Reports", "A category.").await;
    let client = app.signed_in("other@example.org", Role::Participant).await;
    client
        .post_form(
            "/wiki/Main/edit",
            &[("text", "main text"), ("action", "save")],
        )
        .await;
    let minor_base = app
        .count("SELECT head_revision_id FROM wiki_pages WHERE title = 'Main'")
        .await
        .to_string();
    client
        .post_form(
            "/wiki/Main/edit",
            &[
                ("text", "main text."),
                ("minor", "1"),
                ("base_revision_id", &minor_base),
                ("action", "save"),
            ],
        )
        .await;
    let all = client.get("/recent-changes").await;
    all.assert_status(200);
    all.html().assert_page_conventions();
    assert_eq!(all.html().count(".changes li"), 3);
    assert_eq!(
        client
            .get("/recent-changes?hide_minor=1")
            .await
            .html()
            .count(".changes li"),
        2
    );
    assert_eq!(
        client
            .get("/recent-changes?namespace=category")
            .await
            .html()
            .count(".changes li"),
        1
    );
    assert_eq!(
        client
            .get("/recent-changes?namespace=main")
            .await
            .html()
            .count(".changes li"),
        2
    );
    let mine = client.get("/recent-changes?user=999").await.html();
    assert_eq!(mine.count(".changes li"), 0);
    let _ = author;
    let feed = client.get("/recent-changes.atom").await;
    feed.assert_status(200);
    assert!(feed
        .header("content-type")
        .unwrap()
        .starts_with("application/atom+xml"));
    let parsed: atom_syndication::Feed = feed.body.parse().expect("valid Atom");
    assert_eq!(parsed.entries().len(), 3);
    let history_feed = client.get("/wiki/Main/history.atom").await;
    let parsed: atom_syndication::Feed = history_feed.body.parse().expect("valid Atom");
    assert_eq!(parsed.entries().len(), 2);
    assert_eq!(parsed.entries()[0].authors()[0].name(), "Test Person");
}

#[tokio::test]
async fn page_information() {
    let app = TestApp::new().await;
    put(&app, "Info page", "text").await;
    put(&app, "Linker", "[[Info page]]").await;
    let page = app.client().get("/wiki/Info_page/info").await;
    page.assert_status(200);
    let html = page.html();
    html.assert_page_conventions();
    assert!(html.text(".summary-list").contains("Tester"));
}
