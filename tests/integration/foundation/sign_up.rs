use crate::util::{TestApp, PASSWORD};

#[tokio::test]
async fn sign_up_confirm_sign_in_and_sign_out() {
    let app = TestApp::new().await;
    let client = app.client();
    client
        .get("/sign-up")
        .await
        .assert_status(200)
        .html()
        .assert_page_conventions();
    client
        .post_form(
            "/sign-up",
            &[
                ("name", "Rhiannon Jones"),
                ("email", "Rhiannon@Example.org"),
                ("password", PASSWORD),
            ],
        )
        .await
        .assert_redirect("/check-your-email");
    client.get("/check-your-email").await.assert_status(200);

    // Not confirmed yet: signing in says so and sends a fresh link.
    let response = client.sign_in("rhiannon@example.org", PASSWORD).await;
    response.assert_status(422);
    assert!(response.body.contains("confirm your email address"));

    let (subject, body) = app.last_email_to("rhiannon@example.org").await;
    assert!(subject.contains("Confirm your email address"));
    // Issue #11 (finding 3): the address typed at sign-up may not be the typist's, so the
    // mail does not open with the name they chose.
    assert!(body.starts_with("Hello,"), "{body}");
    assert!(!body.contains("Rhiannon Jones"), "{body}");
    let link = app.link_in_last_email("rhiannon@example.org").await;
    assert!(link.starts_with("/confirm-email/"));

    // Opening the link shows a button; it is used only when pressed.
    let page = client.get(&link).await;
    page.assert_status(200);
    assert_eq!(
        page.html().attr("main form", "action").as_deref(),
        Some(link.as_str())
    );
    client
        .post_form(&link, &[])
        .await
        .assert_redirect("/sign-in");
    let page = client.get("/sign-in").await.html();
    assert!(page.text(".notice").contains("email address is confirmed"));

    let response = client.sign_in("RHIANNON@example.org", PASSWORD).await;
    response.assert_redirect("/");
    let session = client.cookie("coproduce_session").expect("session cookie");
    let account = client.get("/account").await;
    account.assert_status(200);
    assert!(account.body.contains("Rhiannon Jones"));

    client
        .post_form("/sign-out", &[])
        .await
        .assert_redirect("/");
    assert!(client.cookie("coproduce_session").is_none());
    // The old session id is dead even if replayed.
    let replay = app.client();
    replay.set_cookie("coproduce_session", &session);
    replay
        .get("/account")
        .await
        .assert_redirect("/sign-in?next=%2Faccount");
}

#[tokio::test]
async fn sign_up_errors_are_summarised_and_input_is_kept() {
    let app = TestApp::new().await;
    let client = app.client();
    let response = client
        .post_form("/sign-up", &[("name", ""), ("email", ""), ("password", "")])
        .await;
    response.assert_status(422);
    let page = response.html();
    page.assert_error_summary(&["name", "email", "password"]);
    page.assert_page_conventions();

    let long_name = "N".repeat(101);
    let response = client
        .post_form(
            "/sign-up",
            &[
                ("name", &long_name),
                ("email", "not-an-address"),
                ("password", "password123"),
            ],
        )
        .await;
    response.assert_status(422);
    let page = response.html();
    page.assert_error_summary(&["name", "email", "password"]);
    assert_eq!(
        page.attr("#name", "value").as_deref(),
        Some(long_name.as_str()),
        "name kept"
    );
    assert_eq!(
        page.attr("#email", "value").as_deref(),
        Some("not-an-address"),
        "email kept"
    );
    assert_eq!(
        page.attr("#password", "value").as_deref(),
        Some(""),
        "password never echoed"
    );
    assert!(page
        .text("#password-error")
        .contains("most common passwords"));
    assert_eq!(page.attr("#email", "aria-invalid").as_deref(), Some("true"));
    assert!(page
        .attr("#email", "aria-describedby")
        .unwrap()
        .contains("email-error"));
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);

    // Missing fields entirely (not just empty) are errors at the fields, not a failed request.
    let response = client.post_form("/sign-up", &[]).await;
    response.assert_status(422);
}

#[tokio::test]
async fn duplicate_email_reveals_nothing_and_tells_the_owner() {
    let app = TestApp::new().await;
    app.user(
        "taken@example.org",
        "First Owner",
        coproduce::auth::role::Role::Participant,
    )
    .await;
    let client = app.client();
    client
        .post_form(
            "/sign-up",
            &[
                ("name", "Somebody Else"),
                ("email", "taken@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await
        .assert_redirect("/check-your-email");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
    let (subject, body) = app.last_email_to("taken@example.org").await;
    assert!(subject.contains("Someone tried to create an account"));
    assert!(body.contains("Hello First Owner"));
}

#[tokio::test]
async fn welsh_sign_up_sends_welsh_email() {
    let app = TestApp::new().await;
    let client = app.client();
    client.get("/?lang=cy").await;
    client
        .post_form(
            "/sign-up",
            &[
                ("name", "Dafydd"),
                ("email", "dafydd@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await
        .assert_redirect("/check-your-email");
    let (subject, body) = app.last_email_to("dafydd@example.org").await;
    assert!(subject.starts_with("Cadarnhewch"), "{subject}");
    assert!(
        body.starts_with("Helo,") && !body.contains("Dafydd"),
        "{body}"
    );
}

#[tokio::test]
async fn confirmation_links_work_once_and_expire() {
    let app = TestApp::new().await;
    let client = app.client();
    client
        .post_form(
            "/sign-up",
            &[
                ("name", "Once"),
                ("email", "once@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let link = app.link_in_last_email("once@example.org").await;
    client
        .post_form(&link, &[])
        .await
        .assert_redirect("/sign-in");
    let reused = client.post_form(&link, &[]).await;
    reused.assert_status(400);
    assert!(reused
        .html()
        .text("h1")
        .contains("expired or has already been used"));
    client.get(&link).await.assert_status(400);

    client
        .post_form(
            "/sign-up",
            &[
                ("name", "Late"),
                ("email", "late@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let link = app.link_in_last_email("late@example.org").await;
    app.exec("UPDATE one_time_tokens SET expires_at = 0").await;
    client.post_form(&link, &[]).await.assert_status(400);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE email_confirmed_at IS NULL")
            .await,
        1
    );
    client
        .get("/confirm-email/not-a-real-token")
        .await
        .assert_status(400);
}
