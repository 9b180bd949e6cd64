use coproduce::auth::role::Role;

use crate::util::{TestApp, PASSWORD};

#[tokio::test]
async fn admins_search_change_roles_and_suspend() {
    let app = TestApp::new().await;
    let admin = app.signed_in("admin@example.org", Role::Admin).await;
    let member_id = app
        .user("member@example.org", "Mair Member", Role::Participant)
        .await
        .0;
    let member = app.client();
    member
        .sign_in("member@example.org", PASSWORD)
        .await
        .assert_status(303);

    let page = admin.get("/admin/users").await;
    page.assert_status(200);
    let html = page.html();
    html.assert_page_conventions();
    assert_eq!(html.count("tbody tr"), 2);
    let found = admin.get("/admin/users?q=mair").await.html();
    assert_eq!(found.count("tbody tr"), 1);
    assert!(found.text("tbody").contains("member@example.org"));

    admin
        .post_form(
            &format!("/admin/users/{member_id}/role"),
            &[("role", "coordinator")],
        )
        .await
        .assert_redirect("/admin/users");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE role = 'coordinator'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'role-changed'")
            .await,
        1
    );
    admin
        .post_form(
            &format!("/admin/users/{member_id}/role"),
            &[("role", "emperor")],
        )
        .await
        .assert_status(400);

    admin
        .post_form(
            &format!("/admin/users/{member_id}/suspend"),
            &[("action", "suspend")],
        )
        .await
        .assert_redirect("/admin/users");
    member.get("/account").await.assert_status(303);
    app.client()
        .sign_in("member@example.org", PASSWORD)
        .await
        .assert_status(422);
    admin
        .post_form(
            &format!("/admin/users/{member_id}/suspend"),
            &[("action", "restore")],
        )
        .await
        .assert_redirect("/admin/users");
    app.client()
        .sign_in("member@example.org", PASSWORD)
        .await
        .assert_status(303);
    admin
        .post_form("/admin/users/999999/suspend", &[("action", "suspend")])
        .await
        .assert_status(404);
}

#[tokio::test]
async fn the_last_admin_keeps_the_role_and_cannot_suspend_themselves() {
    let app = TestApp::new().await;
    let admin = app.signed_in("solo@example.org", Role::Admin).await;
    let id = app.count("SELECT id FROM users").await;
    admin
        .post_form(
            &format!("/admin/users/{id}/role"),
            &[("role", "participant")],
        )
        .await
        .assert_redirect("/admin/users");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE role = 'admin'")
            .await,
        1
    );
    admin
        .post_form(
            &format!("/admin/users/{id}/suspend"),
            &[("action", "suspend")],
        )
        .await
        .assert_redirect("/admin/users");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE suspended_at IS NULL")
            .await,
        1
    );
}

#[tokio::test]
async fn outbox_shows_messages_to_admins_only() {
    let app = TestApp::new().await;
    let client = app.client();
    client
        .post_form(
            "/sign-up",
            &[
                ("name", "New"),
                ("email", "new@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    participant.get("/admin/outbox").await.assert_status(403);
    let admin = app.signed_in("a@example.org", Role::Admin).await;
    let page = admin.get("/admin/outbox").await;
    page.assert_status(200);
    let html = page.html();
    html.assert_page_conventions();
    assert!(html.text("main").contains("new@example.org"));
    assert!(
        html.text(".message__body").contains("/confirm-email/"),
        "the link is readable"
    );
}

/// Issue #11 (finding 6): sent mail is purged after the period an admin sets; a bad period
/// is refused at its field with what was typed kept; with SMTP configured the page never
/// shows a live one-time link, even before it is sent.
#[tokio::test]
async fn sent_mail_is_purged_after_the_period_the_admin_sets() {
    let app = TestApp::new().await;
    let admin = app.signed_in("a@example.org", Role::Admin).await;
    let refused = admin
        .post_form("/admin/outbox/retention", &[("keep_days", "0")])
        .await;
    refused.assert_status(422);
    let html = refused.html();
    html.assert_error_summary(&["keep_days"]);
    assert_eq!(html.attr("#keep_days", "value").as_deref(), Some("0"));
    admin
        .post_form("/admin/outbox/retention", &[("keep_days", "2")])
        .await
        .assert_redirect("/admin/outbox");
    assert_eq!(
        admin
            .get("/admin/outbox")
            .await
            .html()
            .attr("#keep_days", "value")
            .as_deref(),
        Some("2")
    );
    let now = coproduce::storage::now();
    for (to, status, sent_days_ago) in [
        ("old-sent@example.org", "sent", 3),
        ("new-sent@example.org", "sent", 1),
        ("old-failed@example.org", "failed", 3),
        ("old-waiting@example.org", "pending", 3),
        ("old-logged@example.org", "logged", 3),
    ] {
        let at = now - sent_days_ago * 86_400;
        app.exec(&format!(
            "INSERT INTO outbox (to_addr, subject, body_text, status, next_attempt_at, created_at, sent_at) \
             VALUES ('{to}', 's', 'b', '{status}', {at}, {at}, {at})"
        ))
        .await;
    }
    coproduce::jobs::worker::schedule_periodic(&app.db, &coproduce::app::jobs::registry(), now)
        .await
        .unwrap();
    app.run_jobs().await;
    let left: Vec<String> = sqlx::query_scalar("SELECT to_addr FROM outbox ORDER BY to_addr")
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(
        left,
        [
            "new-sent@example.org",
            "old-logged@example.org",
            "old-waiting@example.org"
        ]
    );
}

#[tokio::test]
async fn with_smtp_the_outbox_page_hides_one_time_links() {
    let app = TestApp::with_config(|config| {
        config.smtp = Some(coproduce::config::SmtpConfig {
            host: "127.0.0.1".into(),
            port: 1,
            tls: coproduce::config::SmtpTls::None,
            username: None,
            password: None,
        });
    })
    .await;
    let token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
    coproduce::mail::outbox::enqueue(
        &app.db,
        "someone@example.org",
        "Sign in",
        &format!("http://127.0.0.1:8080/sign-in-link/{token}"),
    )
    .await
    .unwrap();
    let admin = app.signed_in("a@example.org", Role::Admin).await;
    let body = admin
        .get("/admin/outbox")
        .await
        .html()
        .text(".message__body");
    assert!(!body.contains(token), "{body}");
    assert!(body.contains("/sign-in-link/"), "{body}");
}
