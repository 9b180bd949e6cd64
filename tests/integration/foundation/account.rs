use coproduce::auth::role::Role;

use crate::util::{TestApp, PASSWORD};

#[tokio::test]
async fn change_name_and_language() {
    let app = TestApp::new().await;
    let client = app.signed_in("me@example.org", Role::Participant).await;
    let page = client.get("/account").await;
    page.assert_status(200);
    page.html().assert_page_conventions();
    assert_eq!(page.header("cache-control").as_deref(), Some("no-store"));

    client
        .post_form(
            "/account/profile",
            &[("name", "Gwen Morgan"), ("lang", "cy")],
        )
        .await
        .assert_redirect("/account");
    let page = client.get("/account").await.html();
    assert_eq!(page.lang(), "cy");
    assert!(page.text(".notice").contains("wedi'u cadw"));
    assert!(page.text(".summary-list").contains("Gwen Morgan"));

    let bad = client
        .post_form("/account/profile", &[("name", " "), ("lang", "fr")])
        .await;
    bad.assert_status(422);
    bad.html().assert_error_summary(&["name", "lang"]);
}

#[tokio::test]
async fn change_password_needs_the_current_one() {
    let app = TestApp::new().await;
    let client = app.signed_in("pw@example.org", Role::Participant).await;
    let other_browser = app.client();
    other_browser
        .sign_in("pw@example.org", PASSWORD)
        .await
        .assert_status(303);

    let wrong = client
        .post_form(
            "/account/password",
            &[
                ("current_password", "wrong"),
                ("new_password", "a fresh passphrase"),
            ],
        )
        .await;
    wrong.assert_status(422);
    wrong.html().assert_error_summary(&["current_password"]);
    let weak = client
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "123456789"),
            ],
        )
        .await;
    weak.assert_status(422);
    weak.html().assert_error_summary(&["new_password"]);

    client
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a fresh passphrase"),
            ],
        )
        .await
        .assert_redirect("/account");
    client.get("/account").await.assert_status(200);
    other_browser.get("/account").await.assert_status(303);
    app.client()
        .sign_in("pw@example.org", "a fresh passphrase")
        .await
        .assert_status(303);
}

#[tokio::test]
async fn change_email_is_confirmed_by_a_link_to_the_new_address() {
    let app = TestApp::new().await;
    let client = app.signed_in("old@example.org", Role::Participant).await;
    let bad = client
        .post_form(
            "/account/email",
            &[
                ("new_email", "not valid"),
                ("email_current_password", PASSWORD),
            ],
        )
        .await;
    bad.assert_status(422);
    let page = bad.html();
    page.assert_error_summary(&["new_email"]);
    assert_eq!(
        page.attr("#new_email", "value").as_deref(),
        Some("not valid")
    );
    client
        .post_form(
            "/account/email",
            &[
                ("new_email", "old@example.org"),
                ("email_current_password", PASSWORD),
            ],
        )
        .await
        .assert_status(422);

    client
        .post_form(
            "/account/email",
            &[
                ("new_email", "New@Example.org"),
                ("email_current_password", PASSWORD),
            ],
        )
        .await
        .assert_redirect("/account");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE email = 'old@example.org'")
            .await,
        1,
        "not changed yet"
    );
    let link = app.link_in_last_email("new@example.org").await;
    assert!(link.starts_with("/change-email/"));
    client
        .post_form(&link, &[])
        .await
        .assert_redirect("/account");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE email = 'new@example.org'")
            .await,
        1
    );
    let (subject, _) = app.last_email_to("old@example.org").await;
    assert!(subject.contains("email address has changed"));
    client.post_form(&link, &[]).await.assert_status(400);
}

#[tokio::test]
async fn change_email_to_a_taken_address_reveals_nothing() {
    let app = TestApp::new().await;
    app.user("taken@example.org", "Taken", Role::Participant)
        .await;
    let client = app.signed_in("mine@example.org", Role::Participant).await;
    client
        .post_form(
            "/account/email",
            &[
                ("new_email", "taken@example.org"),
                ("email_current_password", PASSWORD),
            ],
        )
        .await
        .assert_redirect("/account");
    assert_eq!(app.email_count_to("taken@example.org").await, 0);
}

#[tokio::test]
async fn download_my_data_as_json() {
    let app = TestApp::new().await;
    let client = app.signed_in("export@example.org", Role::Participant).await;
    let response = client.get("/account/data.json").await;
    response.assert_status(200);
    assert_eq!(
        response.header("content-type").as_deref(),
        Some("application/json")
    );
    assert!(response
        .header("content-disposition")
        .unwrap()
        .contains("attachment"));
    let json: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    assert_eq!(json["account"]["email"], "export@example.org");
    assert_eq!(json["account"]["role"], "participant");
    assert_eq!(json["sessions"].as_array().unwrap().len(), 1);
    assert!(
        !response.body.contains("argon2"),
        "the password hash is never exported"
    );
}

#[tokio::test]
async fn delete_account() {
    let app = TestApp::new().await;
    let client = app
        .signed_in("leaving@example.org", Role::Participant)
        .await;
    client
        .get("/account/delete")
        .await
        .assert_status(200)
        .html()
        .assert_page_conventions();
    let wrong = client
        .post_form("/account/delete", &[("password", "nope")])
        .await;
    wrong.assert_status(422);
    wrong.html().assert_error_summary(&["password"]);
    let session = client.cookie("coproduce_session").unwrap();
    client
        .post_form("/account/delete", &[("password", PASSWORD)])
        .await
        .assert_redirect("/");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
    let replay = app.client();
    replay.set_cookie("coproduce_session", &session);
    replay.get("/account").await.assert_status(303);
}

#[tokio::test]
async fn the_last_admin_cannot_delete_their_account() {
    let app = TestApp::new().await;
    let client = app.signed_in("only-admin@example.org", Role::Admin).await;
    let response = client
        .post_form("/account/delete", &[("password", PASSWORD)])
        .await;
    response.assert_status(422);
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
}

/// Issue #11 (finding 5): re-checking the password before changing it or deleting the
/// account is throttled like signing in, so a stolen session cannot guess it.
#[tokio::test]
async fn password_rechecks_are_throttled() {
    let app = TestApp::new().await;
    let client = app.signed_in("re@example.org", Role::Participant).await;
    for n in 0..coproduce::auth::throttle::SIGN_IN_LIMIT {
        let form = [
            ("current_password", format!("guess {n}")),
            ("new_password", "a fresh passphrase".to_string()),
        ];
        let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        client
            .post_form("/account/password", &fields)
            .await
            .assert_status(422);
    }
    client
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a fresh passphrase"),
            ],
        )
        .await
        .assert_status(429);
    client
        .post_form("/account/delete", &[("password", "another guess")])
        .await
        .assert_status(429);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE email = 're@example.org'")
            .await,
        1
    );
}

/// Issue #11 (finding 3): changing the e-mail address needs the password, is throttled per
/// account and per target address, and the mail to the new address does not open with
/// words the account holder chose.
#[tokio::test]
async fn change_email_needs_the_password_and_cannot_be_used_to_send_mail_at_will() {
    let app = TestApp::new().await;
    app.user(
        "holder@example.org",
        "Click http://evil.example now",
        Role::Participant,
    )
    .await;
    let client = app.client();
    client
        .sign_in("holder@example.org", PASSWORD)
        .await
        .assert_status(303);
    let missing = client
        .post_form("/account/email", &[("new_email", "target@example.org")])
        .await;
    missing.assert_status(422);
    missing
        .html()
        .assert_error_summary(&["email_current_password"]);
    client
        .post_form(
            "/account/email",
            &[
                ("new_email", "target@example.org"),
                ("email_current_password", "wrong"),
            ],
        )
        .await
        .assert_status(422);
    assert_eq!(app.email_count_to("target@example.org").await, 0);
    for _ in 0..coproduce::account::email::EMAIL_CHANGE_LIMIT {
        client
            .post_form(
                "/account/email",
                &[
                    ("new_email", "target@example.org"),
                    ("email_current_password", PASSWORD),
                ],
            )
            .await
            .assert_redirect("/account");
    }
    client
        .post_form(
            "/account/email",
            &[
                ("new_email", "target@example.org"),
                ("email_current_password", PASSWORD),
            ],
        )
        .await
        .assert_status(429);
    assert_eq!(
        app.email_count_to("target@example.org").await,
        coproduce::account::email::EMAIL_CHANGE_LIMIT
    );
    let (_, body) = app.last_email_to("target@example.org").await;
    assert!(
        !body.contains("evil.example"),
        "the account's chosen name is not in the mail: {body}"
    );
}
