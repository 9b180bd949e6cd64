//! Script-injection vectors through every rendered wiki field: page text, titles, edit
//! summaries. The rendered pages must contain no script element, no event-handler
//! attribute and no script URL. (The browser journey runs the same corpus in Chromium.)

use coproduce::auth::role::Role;

use crate::util::TestApp;

/// The corpus, shared with the browser journey (`e2e/journeys.mjs`).
pub fn vectors() -> Vec<String> {
    serde_json::from_str(include_str!("../../../e2e/xss-vectors.json")).expect("vectors")
}

pub fn assert_inert(html: &str, context: &str) {
    let lower = html.to_lowercase();
    let doc = scraper::Html::parse_document(html);
    let scripts = scraper::Selector::parse("script:not([src])").unwrap();
    assert_eq!(
        doc.select(&scripts).count(),
        0,
        "{context}: inline script element"
    );
    let all = scraper::Selector::parse("*").unwrap();
    for element in doc.select(&all) {
        for (name, value) in element.value().attrs() {
            assert!(!name.starts_with("on"), "{context}: event handler {name}");
            let v = value.to_lowercase().replace(['\t', '\n', ' '], "");
            assert!(
                !v.starts_with("javascript:") && !v.starts_with("data:text/html"),
                "{context}: {name}={value}"
            );
        }
        let tag = element.value().name();
        assert!(
            !["iframe", "object", "embed", "svg", "math", "form"].contains(&tag)
                || tag == "form"
                    && element
                        .value()
                        .attr("action")
                        .is_some_and(|a| a.starts_with('/')),
            "{context}: <{tag}>"
        );
    }
    assert!(!lower.contains("<script>alert"), "{context}");
}

#[tokio::test]
async fn injection_vectors_in_text_and_summaries_execute_nothing() {
    let app = TestApp::new().await;
    let client = app.signed_in("xss@example.org", Role::Participant).await;
    let vectors = vectors();
    assert!(vectors.len() >= 20);
    for (i, vector) in vectors.iter().enumerate() {
        let path = format!("/wiki/Vector_{i}");
        client
            .post_form(
                &format!("{path}/edit"),
                &[("text", vector), ("summary", vector), ("action", "save")],
            )
            .await
            .assert_redirect(&path);
        for view in [
            path.clone(),
            format!("{path}/history"),
            "/recent-changes".to_string(),
        ] {
            let response = client.get(&view).await;
            assert_eq!(response.status, 200, "{view}");
            assert_inert(&response.body, &format!("{view} with vector {i}"));
        }
        let preview = client
            .post_form(
                &format!("{path}/edit"),
                &[("text", vector), ("action", "preview")],
            )
            .await;
        assert_inert(&preview.body, &format!("preview of vector {i}"));
    }
    let feed = client.get("/recent-changes.atom").await;
    assert!(!feed.body.contains("<script>"), "feeds escape summaries");
}

#[tokio::test]
async fn injection_vectors_in_titles_are_refused_or_escaped() {
    let app = TestApp::new().await;
    let client = app.signed_in("titles@example.org", Role::Participant).await;
    for title in [
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "x%22%20onmouseover=%22alert(1)",
        "javascript:alert(1)",
    ] {
        let response = client.get(&format!("/wiki/{title}")).await;
        assert!(
            response.status == 404 || response.status == 308,
            "{title}: {}",
            response.status
        );
        assert_inert(&response.body, title);
    }
}
