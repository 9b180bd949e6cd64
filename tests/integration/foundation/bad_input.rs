use coproduce::auth::role::Role;

use crate::util::TestApp;

#[tokio::test]
async fn invalid_utf8_and_malformed_forms_get_a_400_page() {
    let app = TestApp::new().await;
    let client = app.client();
    let token = client.csrf_token().await;
    let mut body = format!("csrf_token={token}&name=").into_bytes();
    body.extend_from_slice(&[0xff, 0xfe, 0x80]);
    body.extend_from_slice(b"&email=a%40b.org&password=x");
    let response = client
        .post_raw("/sign-up", "application/x-www-form-urlencoded", body, &[])
        .await;
    assert!(
        response.status == 400 || response.status == 422,
        "status {}",
        response.status
    );
    response.html().assert_page_conventions();

    let body = format!("csrf_token={token}&email=%ZZ").into_bytes();
    let response = client
        .post_raw("/sign-in", "application/x-www-form-urlencoded", body, &[])
        .await;
    assert!(
        response.status < 500,
        "malformed percent-encoding: {}",
        response.status
    );

    let response = client
        .post_raw(
            "/sign-in",
            "application/json",
            b"{}".to_vec(),
            &[("x-csrf-token", &token)],
        )
        .await;
    response.assert_status(400);
    response.html().assert_page_conventions();
}

#[tokio::test]
async fn oversized_bodies_get_a_413_page() {
    let app = TestApp::new().await;
    let client = app.client();
    let token = client.csrf_token().await;
    let mut body = format!("csrf_token={token}&name=").into_bytes();
    body.extend(std::iter::repeat_n(b'a', 3 * 1024 * 1024));
    let response = client
        .post_raw("/sign-up", "application/x-www-form-urlencoded", body, &[])
        .await;
    response.assert_status(413);
    response.html().assert_page_conventions();
}

#[tokio::test]
async fn very_long_fields_are_validation_errors_not_failures() {
    let app = TestApp::new().await;
    let client = app.client();
    let long = "x".repeat(100_000);
    let email = format!("{long}@example.org");
    let response = client
        .post_form(
            "/sign-up",
            &[("name", &long), ("email", &email), ("password", &long)],
        )
        .await;
    response.assert_status(422);
    response
        .html()
        .assert_error_summary(&["name", "email", "password"]);
    let response = client.sign_in(&email, &long).await;
    response.assert_status(422);
}

#[tokio::test]
async fn bad_path_parameters_are_not_server_errors() {
    let app = TestApp::new().await;
    let admin = app.signed_in("paths@example.org", Role::Admin).await;
    let response = admin
        .post_form("/admin/users/not-a-number/role", &[("role", "admin")])
        .await;
    assert_eq!(response.status, 400);
    response.html().assert_page_conventions();
    let response = admin.get("/reset-password/%FF%FE").await;
    assert!(response.status < 500, "{}", response.status);
}

/// Issue #11 (finding 10): invalid UTF-8 (raw or percent-encoded) and NUL in a form are
/// refused with the 400 page and nothing is stored, rather than kept as U+FFFD (or, on
/// PostgreSQL, failing with a server error).
#[tokio::test]
async fn forms_with_bad_bytes_are_refused_and_nothing_is_stored() {
    let app = TestApp::new().await;
    let client = app.client();
    let token = client.csrf_token().await;
    for bad in [&b"%FF%FE"[..], &b"\xff\xfe"[..], &b"Deaf%00Cymru"[..]] {
        let mut body = format!("csrf_token={token}&organisation_name=").into_bytes();
        body.extend_from_slice(bad);
        body.extend_from_slice(
            b"&contact_name=Rhian&contact_email=rhian%40example.org&topic=Meeting",
        );
        let response = client
            .post_raw(
                "/meetings/request",
                "application/x-www-form-urlencoded",
                body,
                &[],
            )
            .await;
        response.assert_status(400);
        response.html().assert_page_conventions();
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM meeting_requests").await, 0);
}
