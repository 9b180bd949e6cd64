use super::put;
use crate::util::TestApp;

#[tokio::test]
async fn search_ranks_title_matches_first_and_highlights() {
    let app = TestApp::new().await;
    put(
        &app,
        "Open conversation",
        "The open conversation is on 27 February 2019.",
    )
    .await;
    put(
        &app,
        "Outputs",
        "A summit held in February, after the open conversation.",
    )
    .await;
    put(&app, "Unrelated", "Nothing to see.").await;
    let client = app.client();
    let response = client.get("/search?q=conversation&fulltext=1").await;
    response.assert_status(200);
    let page = response.html();
    page.assert_page_conventions();
    let titles = page.texts(".search-results > li > a");
    assert_eq!(titles, vec!["Open conversation", "Outputs"]);
    assert!(page
        .texts(".snippet mark")
        .iter()
        .all(|m| m.eq_ignore_ascii_case("conversation")));
    assert!(page.count(".snippet mark") >= 1);
}

#[tokio::test]
async fn an_exact_title_goes_straight_to_the_page() {
    let app = TestApp::new().await;
    put(&app, "Meeting schedule", "Dates.").await;
    let client = app.client();
    client
        .get("/search?q=meeting+schedule")
        .await
        .assert_redirect("/wiki/Meeting_schedule");
    let listed = client.get("/search?q=meeting+schedule&fulltext=1").await;
    listed.assert_status(200);
    assert_eq!(
        listed.html().attr(".search-results a", "href").as_deref(),
        Some("/wiki/Meeting_schedule")
    );
}

#[tokio::test]
async fn accents_and_welsh_letters_are_folded() {
    let app = TestApp::new().await;
    put(&app, "Gŵyl", "Mae'r ŵyl yn y tŷ. Cân a dawns.").await;
    let client = app.client();
    for q in ["gwyl", "tŷ", "ty", "can", "CÂN"] {
        let page = client
            .get(&format!("/search?q={}&fulltext=1", urlencode(q)))
            .await
            .html();
        assert_eq!(
            page.texts(".search-results > li > a"),
            vec!["Gŵyl"],
            "query {q}"
        );
    }
}

#[tokio::test]
async fn prefixes_and_operators_are_safe() {
    let app = TestApp::new().await;
    put(&app, "Consortium", "Partners sign off the proposal.").await;
    let client = app.client();
    let page = client.get("/search?q=propos&fulltext=1").await.html();
    assert_eq!(page.texts(".search-results > li > a"), vec!["Consortium"]);
    for hostile in [
        "\"",
        "a OR",
        "NEAR(",
        "*",
        "'; DROP TABLE wiki_pages; --",
        "title:x",
        "^",
        "(((",
        "",
    ] {
        let response = client
            .get(&format!("/search?q={}&fulltext=1", urlencode(hostile)))
            .await;
        response.assert_status(200);
    }
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
