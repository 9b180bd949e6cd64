use coproduce::auth::role::Role;

use super::put;
use crate::util::TestApp;

#[tokio::test]
async fn create_view_and_edit_a_page_through_the_forms() {
    let app = TestApp::new().await;
    let client = app.signed_in("editor@example.org", Role::Participant).await;
    let form = client.get("/wiki/Meeting_notes/2019/edit").await;
    form.assert_status(200);
    let page = form.html();
    page.assert_page_conventions();
    assert_eq!(page.text("h1"), "Creating Meeting notes/2019");
    let created = client
        .post_form(
            "/wiki/Meeting_notes/2019/edit",
            &[
                ("text", "# Notes\n\nWe met **Involve**."),
                ("summary", "first notes"),
                ("action", "save"),
            ],
        )
        .await;
    created.assert_redirect("/wiki/Meeting_notes/2019");
    let view = client.get("/wiki/Meeting_notes/2019").await;
    view.assert_status(200);
    let html = view.html();
    html.assert_page_conventions();
    assert_eq!(html.text("h1"), "Meeting notes/2019");
    assert!(html.text(".wiki-content").contains("We met Involve"));
    assert_eq!(html.text(".wiki-content strong"), "Involve");
    assert!(html.text(".notice").contains("saved"));
    assert!(html.text(".page-meta").contains("Test Person"));
    // Breadcrumbs lead up through the parent page.
    assert!(html
        .attrs(".breadcrumbs a", "href")
        .contains(&"/wiki/Meeting_notes".to_string()));

    let edit = client.get("/wiki/Meeting_notes/2019/edit").await.html();
    let base = edit.attr("input[name=base_revision_id]", "value").unwrap();
    assert_eq!(
        edit.raw_text("textarea#text"),
        "# Notes\n\nWe met **Involve**."
    );
    client
        .post_form(
            "/wiki/Meeting_notes/2019/edit",
            &[
                ("text", "# Notes\n\nWe met Involve and Hope not Hate."),
                ("base_revision_id", &base),
                ("minor", "1"),
                ("action", "save"),
            ],
        )
        .await
        .assert_redirect("/wiki/Meeting_notes/2019");
    assert!(client
        .get("/wiki/Meeting_notes/2019")
        .await
        .body
        .contains("Hope not Hate"));
    assert_eq!(app.count("SELECT COUNT(*) FROM wiki_revisions").await, 2);
}

#[tokio::test]
async fn visitors_read_but_must_sign_in_to_edit() {
    let app = TestApp::new().await;
    put(&app, "Open page", "Anyone can read this.").await;
    let visitor = app.client();
    visitor.get("/wiki/Open_page").await.assert_status(200);
    visitor
        .get("/wiki/Open_page/edit")
        .await
        .assert_redirect("/sign-in?next=%2Fwiki%2FOpen_page%2Fedit");
    let response = visitor
        .post_form(
            "/wiki/Open_page/edit",
            &[("text", "vandalism"), ("action", "save")],
        )
        .await;
    response.assert_status(403);
    assert_eq!(app.count("SELECT COUNT(*) FROM wiki_revisions").await, 1);
}

#[tokio::test]
async fn titles_are_normalised_and_missing_pages_invite_creation() {
    let app = TestApp::new().await;
    put(&app, "Who we've met", "List.").await;
    let client = app.client();
    client.get("/wiki/who_we've_met").await.assert_status(308);
    assert_eq!(
        client.get("/wiki/who_we've_met").await.location(),
        "/wiki/Who_we've_met"
    );
    client.get("/wiki/Who_we've_met").await.assert_status(200);
    let missing = client.get("/wiki/Not_yet").await;
    missing.assert_status(404);
    let page = missing.html();
    page.assert_page_conventions();
    assert_eq!(
        page.attr("a.button", "href").as_deref(),
        Some("/wiki/Not_yet/edit")
    );
    client.get("/wiki/Bad%23title").await.assert_status(404);
    // Welsh letters in titles and URLs.
    put(&app, "Ŵyl y Cymry", "Gŵyl.").await;
    let response = client.get("/wiki/%C5%B4yl_y_Cymry").await;
    response.assert_status(200);
    assert_eq!(response.html().text("h1"), "Ŵyl y Cymry");
}

#[tokio::test]
async fn links_to_missing_pages_are_marked_in_text_and_lead_to_creating_them() {
    let app = TestApp::new().await;
    put(
        &app,
        "Hub",
        "See [[Spoke]] and [[Other|the other page]] and [[Hub#Intro]].\n\n## Intro\n",
    )
    .await;
    put(&app, "Other", "Exists.").await;
    let page = app.client().get("/wiki/Hub").await.html();
    let links = page.attrs(".wiki-content a", "href");
    assert!(links.contains(&"/wiki/Spoke/edit".to_string()), "{links:?}");
    assert!(links.contains(&"/wiki/Other".to_string()), "{links:?}");
    assert!(links.contains(&"/wiki/Hub#intro".to_string()), "{links:?}");
    assert_eq!(page.text("a.wiki-new"), "Spoke (page not written yet)");
    // Creating the page turns the link into a plain one (the cached render is dropped).
    put(&app, "Spoke", "Now it exists.").await;
    let page = app.client().get("/wiki/Hub").await.html();
    assert_eq!(page.count("a.wiki-new"), 0);
    let here = app.client().get("/wiki/Spoke/links").await.html();
    assert_eq!(
        here.attrs("main .page-list a", "href"),
        vec!["/wiki/Hub".to_string()]
    );
}

#[tokio::test]
async fn headings_have_anchors_contents_and_section_edit_links() {
    let app = TestApp::new().await;
    put(
        &app,
        "Brief",
        "Lead.\n\n## Aims\n\nA.\n\n## Outputs\n\nB.\n\n## Approach\n\nC.\n",
    )
    .await;
    let page = app.client().get("/wiki/Brief").await.html();
    assert_eq!(
        page.attrs(".wiki-content h2[id]:not(.toc__heading)", "id"),
        vec!["aims", "outputs", "approach"]
    );
    assert_eq!(
        page.attrs(".toc a", "href"),
        vec!["#aims", "#outputs", "#approach"]
    );
    assert_eq!(
        page.attr(".section-edit a", "href").as_deref(),
        Some("/wiki/Brief/edit?section=1")
    );
    assert!(page.text(".section-edit a").contains("section: Aims"));
}

#[tokio::test]
async fn editing_one_section_changes_only_that_section() {
    let app = TestApp::new().await;
    put(
        &app,
        "Brief",
        "Lead.\n\n## Aims\n\nOld aims.\n\n## Outputs\n\nOutputs.\n",
    )
    .await;
    let client = app
        .signed_in("section@example.org", Role::Participant)
        .await;
    let form = client.get("/wiki/Brief/edit?section=1").await.html();
    assert_eq!(form.raw_text("textarea#text"), "## Aims\n\nOld aims.");
    let base = form.attr("input[name=base_revision_id]", "value").unwrap();
    client
        .post_form(
            "/wiki/Brief/edit",
            &[
                ("text", "## Aims\n\nNew aims."),
                ("base_revision_id", &base),
                ("section", "1"),
                ("action", "save"),
            ],
        )
        .await
        .assert_redirect("/wiki/Brief");
    let (_, body) = latest(&app).await;
    assert_eq!(
        body,
        "Lead.\n\n## Aims\n\nNew aims.\n\n## Outputs\n\nOutputs.\n"
    );
    client
        .get("/wiki/Brief/edit?section=9")
        .await
        .assert_status(404);
}

#[tokio::test]
async fn preview_renders_without_saving() {
    let app = TestApp::new().await;
    let client = app
        .signed_in("preview@example.org", Role::Participant)
        .await;
    let response = client
        .post_form(
            "/wiki/Draft/edit",
            &[
                ("text", "Some *emphasis* and [[Nowhere]]"),
                ("action", "preview"),
            ],
        )
        .await;
    response.assert_status(200);
    let page = response.html();
    assert_eq!(page.text(".preview em"), "emphasis");
    assert_eq!(
        page.raw_text("textarea#text"),
        "Some *emphasis* and [[Nowhere]]",
        "text kept"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM wiki_pages").await, 0);
}

#[tokio::test]
async fn edit_form_errors_keep_the_text() {
    let app = TestApp::new().await;
    let client = app.signed_in("errors@example.org", Role::Participant).await;
    let long_summary = "s".repeat(501);
    let response = client
        .post_form(
            "/wiki/New_page/edit",
            &[
                ("text", "   "),
                ("summary", &long_summary),
                ("action", "save"),
            ],
        )
        .await;
    response.assert_status(422);
    let page = response.html();
    page.assert_error_summary(&["text", "summary"]);
    assert_eq!(
        page.attr("#summary", "value").as_deref(),
        Some(long_summary.as_str())
    );
    let response = client
        .post_form(
            "/wiki/New_page/edit",
            &[("text", "x"), ("base_revision_id", "abc")],
        )
        .await;
    response.assert_status(400);
}

#[tokio::test]
async fn the_wiki_index_lists_pages_and_starts_new_ones() {
    let app = TestApp::new().await;
    put(&app, "Alpha", "a").await;
    put(&app, "Beta", "b").await;
    let client = app.client();
    let index = client.get("/wiki").await;
    index.assert_status(200);
    let page = index.html();
    page.assert_page_conventions();
    assert_eq!(
        page.attrs(".page-list a", "href"),
        vec!["/wiki/Alpha", "/wiki/Beta"]
    );
    client
        .get("/wiki?title=meeting+notes")
        .await
        .assert_redirect("/wiki/Meeting_notes/edit");
    client
        .get("/wiki?title=bad%5Btitle")
        .await
        .assert_status(422);
}

#[tokio::test]
async fn demo_loads_the_founding_document_once() {
    let app = TestApp::new().await;
    coproduce::wiki::demo::load(&app.db, None).await.unwrap();
    coproduce::wiki::demo::load(&app.db, None).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM wiki_pages").await, 5);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM wiki_revisions WHERE author_name = 'Open Government Pioneers'"
        )
        .await,
        5
    );
    let client = app.client();
    let main = client
        .get("/wiki/Equalities_co-production_initiative")
        .await
        .html();
    assert_eq!(main.count("a.wiki-new"), 0, "every founding link resolves");
    assert!(main
        .text(".wiki-content")
        .contains("co-production and civic mediation"));
    let list = client.get("/wiki/Reading_and_watch_list").await.html();
    assert_eq!(list.count(".wiki-content table tbody tr"), 12);
    assert_eq!(
        list.texts(".wiki-content thead th"),
        vec!["Title", "Source"]
    );
    let brief = client.get("/wiki/Initial_brief").await.html();
    assert_eq!(
        brief.texts(".wiki-content h2:not(.toc__heading)"),
        vec![
            "Aims",
            "Objective",
            "Intended outcomes",
            "Rationale",
            "Outputs",
            "Approach"
        ]
    );
}

async fn latest(app: &TestApp) -> (i64, String) {
    use sqlx::Row;
    let row = sqlx::query("SELECT id, body FROM wiki_revisions ORDER BY id DESC LIMIT 1")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    (row.get("id"), row.get("body"))
}

#[tokio::test]
async fn visitors_see_changes_at_once_despite_the_micro_cache() {
    let app = TestApp::new().await;
    put(&app, "Cached", "First words.").await;
    let visitor = app.client();
    assert!(visitor
        .get("/wiki/Cached")
        .await
        .body
        .contains("First words."));
    let editor = app.signed_in("cache@example.org", Role::Participant).await;
    let base = app
        .count("SELECT head_revision_id FROM wiki_pages")
        .await
        .to_string();
    editor
        .post_form(
            "/wiki/Cached/edit",
            &[
                ("text", "Second words."),
                ("base_revision_id", &base),
                ("action", "save"),
            ],
        )
        .await
        .assert_redirect("/wiki/Cached");
    assert!(
        visitor
            .get("/wiki/Cached")
            .await
            .body
            .contains("Second words."),
        "a change empties the cache"
    );
    // Signed-in people never get a visitor's cached page.
    let page = editor.get("/wiki/Cached").await.html();
    assert!(page.text(".site-nav__account").contains("Sign out"));
    // Welsh and English are cached apart.
    assert_eq!(
        visitor.get("/wiki/Cached?lang=cy").await.html().lang(),
        "cy"
    );
    assert_eq!(app.client().get("/wiki/Cached").await.html().lang(), "en");
}
