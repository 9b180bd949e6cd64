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
