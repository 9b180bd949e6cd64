//! Visitors' cached pages answered before routing (issue #10, item 16): the same bytes and
//! headers as the full path, gzipped for browsers that accept it, never for anyone with a
//! cookie, and never stale after a change made through this instance.

use std::io::Read;

use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use tower::ServiceExt;

use super::put;
use crate::util::TestApp;

async fn raw(app: &TestApp, headers: &[(&str, &str)]) -> (axum::http::HeaderMap, Vec<u8>) {
    let mut request = Request::get("/wiki/Cached_page");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .router
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    (headers, body)
}

#[tokio::test]
async fn a_cached_view_is_the_same_page_with_the_same_headers() {
    let app = TestApp::new().await;
    put(&app, "Cached page", "Served from the cache.").await;
    // The first view builds the page (the full path); the second comes from the cache.
    let (built_headers, built) = raw(&app, &[]).await;
    let (cached_headers, cached) = raw(&app, &[]).await;
    assert_eq!(built, cached);
    for name in [
        "content-type",
        "content-security-policy",
        "x-content-type-options",
        "x-frame-options",
        "referrer-policy",
        "cache-control",
    ] {
        assert_eq!(built_headers.get(name), cached_headers.get(name), "{name}");
    }
    assert!(cached_headers.get("set-cookie").is_none());
    // Gzipped for a browser that takes it, and the same page once unzipped.
    let (zipped_headers, zipped) = raw(&app, &[("accept-encoding", "gzip, br")]).await;
    assert_eq!(
        zipped_headers
            .get("content-encoding")
            .map(|v| v.to_str().unwrap()),
        Some("gzip")
    );
    let mut unzipped = Vec::new();
    flate2::read::GzDecoder::new(&zipped[..])
        .read_to_end(&mut unzipped)
        .unwrap();
    assert_eq!(unzipped, built);
    // In Welsh for a Welsh browser, not the English copy.
    let (_, welsh) = raw(&app, &[("accept-language", "cy")]).await;
    assert!(String::from_utf8_lossy(&welsh).contains("lang=\"cy\""));
}

#[tokio::test]
async fn a_change_through_this_instance_is_seen_at_once() {
    let app = TestApp::new().await;
    put(&app, "Cached page", "First version.").await;
    raw(&app, &[]).await;
    raw(&app, &[]).await;
    let editor = app
        .signed_in(
            "editor@example.org",
            coproduce::auth::role::Role::Participant,
        )
        .await;
    let head = app.count("SELECT MAX(id) FROM wiki_revisions").await;
    editor
        .post_form(
            "/wiki/Cached_page/edit",
            &[
                ("text", "Second version."),
                ("base_revision_id", &head.to_string()),
                ("action", "save"),
            ],
        )
        .await
        .assert_redirect("/wiki/Cached_page");
    let (_, body) = raw(&app, &[]).await;
    assert!(String::from_utf8_lossy(&body).contains("Second version."));
}
