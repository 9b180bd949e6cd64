use coproduce::auth::role::Role;

use crate::util::{TestApp, PASSWORD};

#[tokio::test]
async fn password_reset_sets_a_new_password_and_ends_other_sessions() {
    let app = TestApp::new().await;
    app.user("forgetful@example.org", "Forgetful", Role::Participant)
        .await;
    let elsewhere = app.client();
    elsewhere
        .sign_in("forgetful@example.org", PASSWORD)
        .await
        .assert_status(303);

    let client = app.client();
    client
        .get("/forgot-password")
        .await
        .assert_status(200)
        .html()
        .assert_page_conventions();
    client
        .post_form("/forgot-password", &[("email", "forgetful@example.org")])
        .await
        .assert_redirect("/check-your-email");
    // Unknown addresses get the same answer and no e-mail.
    client
        .post_form("/forgot-password", &[("email", "unknown@example.org")])
        .await
        .assert_redirect("/check-your-email");
    assert_eq!(app.email_count_to("unknown@example.org").await, 0);

    let link = app.link_in_last_email("forgetful@example.org").await;
    assert!(link.starts_with("/reset-password/"));
    client
        .get(&link)
        .await
        .assert_status(200)
        .html()
        .assert_page_conventions();

    let weak = client.post_form(&link, &[("password", "short")]).await;
    weak.assert_status(422);
    weak.html().assert_error_summary(&["password"]);

    client
        .post_form(&link, &[("password", "a brand new passphrase")])
        .await
        .assert_redirect("/account");
    client.get("/account").await.assert_status(200);
    // The link is used up, the old password is gone, the other browser is signed out.
    client
        .post_form(&link, &[("password", "another new passphrase")])
        .await
        .assert_status(400);
    elsewhere.get("/account").await.assert_status(303);
    let fresh = app.client();
    fresh
        .sign_in("forgetful@example.org", PASSWORD)
        .await
        .assert_status(422);
    fresh
        .sign_in("forgetful@example.org", "a brand new passphrase")
        .await
        .assert_status(303);
}

#[tokio::test]
async fn reset_links_expire() {
    let app = TestApp::new().await;
    app.user("slow@example.org", "Slow", Role::Participant)
        .await;
    let client = app.client();
    client
        .post_form("/forgot-password", &[("email", "slow@example.org")])
        .await;
    let link = app.link_in_last_email("slow@example.org").await;
    app.exec("UPDATE one_time_tokens SET expires_at = 0").await;
    client.get(&link).await.assert_status(400);
    client
        .post_form(&link, &[("password", "a brand new passphrase")])
        .await
        .assert_status(400);
}

#[tokio::test]
async fn link_requests_validate_the_address() {
    let app = TestApp::new().await;
    let client = app.client();
    for path in ["/forgot-password", "/sign-in-link"] {
        let response = client.post_form(path, &[("email", "")]).await;
        response.assert_status(422);
        response.html().assert_error_summary(&["email"]);
        let response = client.post_form(path, &[("email", "nonsense")]).await;
        response.assert_status(422);
        assert_eq!(
            response.html().attr("#email", "value").as_deref(),
            Some("nonsense")
        );
    }
}

#[tokio::test]
async fn sign_in_by_emailed_link() {
    let app = TestApp::new().await;
    app.user("linky@example.org", "Linky", Role::Participant)
        .await;
    app.exec("UPDATE users SET password_hash = NULL, email_confirmed_at = NULL")
        .await;
    let client = app.client();
    client
        .get("/sign-in-link")
        .await
        .assert_status(200)
        .html()
        .assert_page_conventions();
    client
        .post_form("/sign-in-link", &[("email", "LINKY@example.org")])
        .await
        .assert_redirect("/check-your-email");
    let link = app.link_in_last_email("linky@example.org").await;
    assert!(link.starts_with("/sign-in-link/"));
    client.get(&link).await.assert_status(200);
    client.post_form(&link, &[]).await.assert_redirect("/");
    client.get("/account").await.assert_status(200);
    // Using the link proved the address.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE email_confirmed_at IS NOT NULL")
            .await,
        1
    );
    // Once only.
    app.client().post_form(&link, &[]).await.assert_status(400);
}

#[tokio::test]
async fn sign_in_links_expire_after_fifteen_minutes() {
    let app = TestApp::new().await;
    app.user("expiring@example.org", "Expiring", Role::Participant)
        .await;
    let client = app.client();
    client
        .post_form("/sign-in-link", &[("email", "expiring@example.org")])
        .await;
    let lifetime = app
        .count("SELECT expires_at - created_at FROM one_time_tokens")
        .await;
    assert_eq!(lifetime, 15 * 60);
    let link = app.link_in_last_email("expiring@example.org").await;
    app.exec("UPDATE one_time_tokens SET expires_at = created_at")
        .await;
    client.post_form(&link, &[]).await.assert_status(400);
}
