//! After the meeting: public and private minutes, follow-up actions, people attending,
//! attachments (public and private), and an organisation created on the spot.

use coproduce::auth::role::Role;

use super::meeting;
use crate::util::TestApp;

#[tokio::test]
async fn minutes_actions_people_and_attachments_keep_private_parts_private() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let url = coordinator
        .post_form(
            "/meetings/add",
            &meeting("Listening event", "2018-11-20", "10:00"),
        )
        .await
        .location();
    // An organisation not in the directory: offered to be created, then created unlisted.
    let unknown = coordinator
        .post_form(
            &format!("{url}/organisations"),
            &[("action", "add"), ("organisation", "Women Connect First")],
        )
        .await;
    unknown.assert_status(422);
    assert!(unknown.html().attr("#create", "value").is_some());
    coordinator
        .post_form(
            &format!("{url}/organisations"),
            &[
                ("action", "add"),
                ("organisation", "Women Connect First"),
                ("create", "1"),
            ],
        )
        .await
        .assert_redirect(&url);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM organisations WHERE name = 'Women Connect First' AND listed = 0"
        )
        .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_organisations")
            .await,
        1
    );
    // Minutes.
    coordinator
        .post_form(
            &format!("{url}/minutes"),
            &[
                ("minutes_public", "Open notes"),
                ("minutes_private", "Closed notes"),
                ("outcomes", "A plan"),
            ],
        )
        .await;
    // Actions: refused without a description (input kept), then added and done.
    let refused = coordinator
        .post_form(
            &format!("{url}/actions"),
            &[
                ("action", "add"),
                ("description", ""),
                ("due_on", "2018-12-01"),
            ],
        )
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["action_description"]);
    assert_eq!(
        refused.html().attr("#action_due", "value").as_deref(),
        Some("2018-12-01")
    );
    let owner = app
        .count("SELECT id FROM users WHERE email = 'coord@example.org'")
        .await
        .to_string();
    coordinator
        .post_form(
            &format!("{url}/actions"),
            &[
                ("action", "add"),
                ("description", "Send the summary"),
                ("owner_id", &owner),
                ("due_on", "2018-12-01"),
            ],
        )
        .await
        .assert_redirect(&format!("{url}#actions"));
    let open = coordinator.get("/meetings/actions").await;
    open.assert_status(200);
    open.html().assert_page_conventions();
    assert!(open.html().text("main").contains("Send the summary"));
    assert!(open.html().text("main").contains("Overdue"));
    let action_id = app
        .count("SELECT id FROM meeting_actions")
        .await
        .to_string();
    coordinator
        .post_form(
            &format!("{url}/actions"),
            &[("action", "done"), ("action_id", &action_id)],
        )
        .await;
    assert!(!coordinator
        .get("/meetings/actions")
        .await
        .body
        .contains("Send the summary"));
    // People attending.
    coordinator
        .post_form(
            &format!("{url}/people"),
            &[
                ("action", "add"),
                ("name", "Aled Evans"),
                ("organisation", "Disability Wales"),
            ],
        )
        .await;
    // Attachments: a public PDF and a private CSV; a mislabelled file is refused.
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    coordinator
        .post_multipart(
            &format!("{url}/attachments"),
            &[("is_public", "1")],
            Some(("slides.pdf", pdf)),
        )
        .await
        .assert_redirect(&format!("{url}#attachments"));
    coordinator
        .post_multipart(
            &format!("{url}/attachments"),
            &[],
            Some(("sign-in.csv", b"name\nAled\n")),
        )
        .await;
    let bad = coordinator
        .post_multipart(
            &format!("{url}/attachments"),
            &[],
            Some(("photo.png", b"not an image")),
        )
        .await;
    bad.assert_status(422);
    bad.html().assert_error_summary(&["file"]);
    let page = coordinator.get(&url).await;
    page.html().assert_page_conventions();
    let main = page.html().text("main");
    assert!(
        main.contains("Closed notes")
            && main.contains("Aled Evans")
            && main.contains("sign-in.csv")
    );
    // A visitor sees the public part only.
    let visitor = app.client();
    let public = visitor.get(&url).await.html().text("main");
    assert!(
        public.contains("Open notes") && public.contains("A plan") && public.contains("slides.pdf")
    );
    assert!(!public.contains("Closed notes"));
    assert!(!public.contains("Aled Evans"));
    assert!(!public.contains("sign-in.csv"));
    assert!(!public.contains("Send the summary"));
    let ids: Vec<i64> = vec![
        app.count("SELECT id FROM meeting_attachments WHERE name = 'slides.pdf'")
            .await,
        app.count("SELECT id FROM meeting_attachments WHERE name = 'sign-in.csv'")
            .await,
    ];
    let download = visitor.get(&format!("{url}/attachments/{}", ids[0])).await;
    download.assert_status(200);
    assert_eq!(
        download.header("content-type").as_deref(),
        Some("application/pdf")
    );
    assert!(download
        .header("content-security-policy")
        .unwrap()
        .contains("sandbox"));
    assert_eq!(
        visitor
            .get(&format!("{url}/attachments/{}", ids[1]))
            .await
            .status,
        404
    );
    assert_eq!(
        coordinator
            .get(&format!("{url}/attachments/{}", ids[1]))
            .await
            .status,
        200
    );
    // A private meeting's attachments are hidden from visitors altogether.
    app.exec("UPDATE meetings SET is_public = 0").await;
    assert_eq!(
        visitor
            .get(&format!("{url}/attachments/{}", ids[0]))
            .await
            .status,
        404
    );
}
