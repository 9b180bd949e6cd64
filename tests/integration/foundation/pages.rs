use crate::util::TestApp;

const PUBLIC_PAGES: &[&str] = &[
    "/",
    "/accessibility",
    "/privacy",
    "/licence",
    "/sign-up",
    "/sign-in",
    "/forgot-password",
    "/sign-in-link",
    "/check-your-email",
];

#[tokio::test]
async fn every_public_page_keeps_the_page_conventions_in_both_languages() {
    let app = TestApp::new().await;
    for lang in ["en", "cy"] {
        let client = app.client();
        for path in PUBLIC_PAGES {
            let response = client.get(&format!("{path}?lang={lang}")).await;
            response.assert_status(200);
            let page = response.html();
            page.assert_page_conventions();
            assert_eq!(page.lang(), lang, "{path} in {lang}");
            for link in ["/accessibility", "/privacy", "/licence"] {
                assert_eq!(
                    page.count(&format!("footer a[href='{link}']")),
                    1,
                    "{path}: footer links {link}"
                );
            }
        }
    }
}

#[tokio::test]
async fn home_page_introduces_the_initiative_in_its_founding_terms() {
    let app = TestApp::new().await;
    let page = app.client().get("/").await.html();
    let text = page.text("main");
    for phrase in [
        "Sustainable Development Goals",
        "Open Government",
        "protected characteristics",
        "furthest from decision making",
        "equality network in each home nation",
    ] {
        assert!(text.contains(phrase), "home page mentions {phrase:?}");
    }
    // Sections that are not built yet are not linked: only those that exist.
    assert_eq!(
        page.attrs(".site-nav__list a", "href"),
        vec![
            "/",
            "/wiki",
            "/organisations",
            "/meetings",
            "/events",
            "/who-we-met"
        ]
    );
}

#[tokio::test]
async fn unknown_pages_get_a_translated_404_page() {
    let app = TestApp::new().await;
    let client = app.client();
    let response = client.get("/no-such-page").await;
    response.assert_status(404);
    let page = response.html();
    page.assert_page_conventions();
    assert_eq!(page.text("h1"), "Page not found");
    let response = client.get("/no-such-page?lang=cy").await;
    response.assert_status(404);
    assert_eq!(response.html().text("h1"), "Heb ddod o hyd i'r dudalen");
}

#[tokio::test]
async fn wrong_method_gets_a_405_page() {
    let app = TestApp::new().await;
    let client = app.client();
    let response = client.post_form("/", &[]).await;
    response.assert_status(405);
    response.html().assert_page_conventions();
}

#[tokio::test]
async fn static_assets_are_served_with_caching() {
    let app = TestApp::new().await;
    let client = app.client();
    let css = client.get("/static/site.css").await;
    css.assert_status(200);
    assert!(css.header("content-type").unwrap().starts_with("text/css"));
    assert!(css.header("cache-control").unwrap().contains("max-age"));
    client.get("/static/missing.css").await.assert_status(404);
}
