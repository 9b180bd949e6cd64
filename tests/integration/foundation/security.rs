use coproduce::auth::role::Role;

use crate::util::{TestApp, PASSWORD};

#[tokio::test]
async fn security_headers_on_every_response() {
    let app = TestApp::new().await;
    let client = app.client();
    for path in [
        "/",
        "/sign-in",
        "/no-such-page",
        "/healthz",
        "/static/site.css",
    ] {
        let response = client.get(path).await;
        let csp = response
            .header("content-security-policy")
            .unwrap_or_default();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        assert_eq!(
            response.header("x-content-type-options").as_deref(),
            Some("nosniff"),
            "{path}"
        );
        assert!(response.header("referrer-policy").is_some(), "{path}");
    }
}

#[tokio::test]
async fn no_inline_scripts_or_styles_in_pages() {
    let app = TestApp::new().await;
    let client = app.signed_in("inline@example.org", Role::Admin).await;
    for path in ["/", "/account", "/admin/users", "/admin/outbox", "/sign-up"] {
        let page = client.get(path).await.html();
        assert_eq!(page.count("script:not([src])"), 0, "{path}");
        assert_eq!(page.count("[style]"), 0, "{path}");
        assert_eq!(page.count("style"), 0, "{path}");
    }
}

#[tokio::test]
async fn sessions_work_across_instances_sharing_one_database() {
    let app = TestApp::new().await;
    let client = app.signed_in("multi@example.org", Role::Participant).await;
    let second = client.via(app.another_instance());
    second.get("/account").await.assert_status(200);
    second
        .post_form("/sign-out", &[])
        .await
        .assert_redirect("/");
    client.get("/account").await.assert_status(303);
}

/// Issue #11 (finding 10): pages reached by a personal link are never stored by a browser
/// or a proxy, as signed-in pages are not.
#[tokio::test]
async fn personal_link_pages_are_no_store() {
    let app = TestApp::new().await;
    let visitor = app.client();
    for path in [
        "/events/registration/not-a-real-token",
        "/meetings/poll/not-a-real-token",
        "/calendar/private/not-a-real-token",
    ] {
        let page = visitor.get(path).await;
        assert_eq!(
            page.header("cache-control").as_deref(),
            Some("no-store"),
            "{path}"
        );
    }
    // Other visitors' pages may be revalidated.
    assert_eq!(
        visitor
            .get("/events")
            .await
            .header("cache-control")
            .as_deref(),
        Some("private, no-cache")
    );
}

/// Issue #11 (finding 10): on an HTTPS site the flash cookie is `Secure` like the others.
#[tokio::test]
async fn the_flash_cookie_is_secure_on_https() {
    let app = TestApp::with_config(|c| {
        c.base_url = "https://coproduce.example/".parse().unwrap();
    })
    .await;
    app.user("flash@example.org", "Flash", Role::Participant)
        .await;
    let signed_in = app.client().sign_in("flash@example.org", PASSWORD).await;
    signed_in.assert_status(303);
    let flash: Vec<String> = signed_in
        .set_cookies()
        .into_iter()
        .filter(|c| c.starts_with("coproduce_flash="))
        .collect();
    assert_eq!(flash.len(), 1, "{flash:?}");
    assert!(flash[0].contains("; Secure"), "{}", flash[0]);
}

/// Issue #11 (finding 10): `?lang=` from another site (a link, an image) changes the
/// language for that browser but not the stored profile; chosen on this site, it does.
#[tokio::test]
async fn a_cross_site_lang_parameter_does_not_change_the_profile() {
    let app = TestApp::new().await;
    let client = app.signed_in("lang@example.org", Role::Participant).await;
    let stored = || {
        app.count("SELECT CASE WHEN lang = 'cy' THEN 1 ELSE 0 END FROM users WHERE email = 'lang@example.org'")
    };
    client
        .get_with("/?lang=cy", &[("sec-fetch-site", "cross-site")])
        .await
        .assert_status(200);
    assert_eq!(stored().await, 0, "the profile is unchanged");
    client
        .get_with("/?lang=cy", &[("sec-fetch-site", "same-origin")])
        .await
        .assert_status(200);
    assert_eq!(stored().await, 1, "chosen on the site, it is kept");
}

/// Issue #11 (finding 10): the heavy public pages (bulk exports, search) are served to
/// visitors from the page cache and only a few are built at once; when every place is
/// taken a visitor gets the 503 page with `Retry-After` instead of more work piling up,
/// and signed-in people are not held back.
#[tokio::test]
async fn heavy_public_pages_are_limited_for_visitors() {
    let app = TestApp::new().await;
    let visitor = app.client();
    let csv = visitor.get("/organisations.csv").await;
    csv.assert_status(200);
    let again = visitor.get("/organisations.csv").await;
    assert_eq!(
        again.header("content-disposition"),
        csv.header("content-disposition"),
        "a cached download keeps its file name"
    );
    let places = app.state.page_cache.heavy_places();
    let held = places
        .acquire_many(places.available_permits() as u32)
        .await
        .unwrap();
    for path in [
        "/organisations.json?made-up=1",
        "/organisations/oruk.json?made-up=2",
        "/search?q=anything+at+all&fulltext=1",
    ] {
        let busy = visitor.get(path).await;
        busy.assert_status(503);
        assert!(busy.header("retry-after").is_some(), "{path}");
        busy.html().assert_page_conventions();
    }
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    coordinator
        .get("/organisations.json?made-up=3")
        .await
        .assert_status(200);
    drop(held);
    visitor
        .get("/organisations.json?made-up=1")
        .await
        .assert_status(200);
}

/// Issue #10 (item 16): a visitor's page without forms costs no CSRF secret and sets no
/// cookie (so cached views stay cheap); a page with a form sets the cookie its token is
/// bound to, and such a page is never served from the cache to another browser.
#[tokio::test]
async fn the_csrf_cookie_is_set_only_where_a_form_needs_it() {
    let app = TestApp::new().await;
    crate::wiki::put(&app, "Plain page", "No forms here.").await;
    for _ in 0..2 {
        let view = app.client().get("/wiki/Plain_page").await;
        view.assert_status(200);
        assert!(view.set_cookies().is_empty(), "{:?}", view.set_cookies());
    }
    // The sign-in form: the cookie comes with it, and its token works.
    let visitor = app.client();
    let form = visitor.get("/sign-in").await;
    assert!(
        form.set_cookies()
            .iter()
            .any(|c| c.starts_with(coproduce::http::csrf::COOKIE)),
        "{:?}",
        form.set_cookies()
    );
    app.user("someone@example.org", "Someone", Role::Participant)
        .await;
    visitor
        .sign_in("someone@example.org", PASSWORD)
        .await
        .assert_status(303);
    // Two visitors asking for the same form page get tokens of their own.
    let first = app.client().get("/organisations/new").await.html();
    let second = app.client().get("/organisations/new").await.html();
    assert_ne!(
        first.attr("input[name=csrf_token]", "value"),
        second.attr("input[name=csrf_token]", "value")
    );
}
