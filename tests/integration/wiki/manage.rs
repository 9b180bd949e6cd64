use coproduce::auth::role::Role;

use super::put;
use crate::util::TestApp;

#[tokio::test]
async fn categories_collect_their_pages() {
    let app = TestApp::new().await;
    put(&app, "Report 2019", "The report.\n\n[[Category:Reports]]").await;
    put(
        &app,
        "Report 2020",
        "Another.\n\n[[category:reports]] [[:Category:Plans]]",
    )
    .await;
    let client = app.client();
    let page = client.get("/wiki/Report_2019").await.html();
    assert_eq!(
        page.attrs(".categories a", "href"),
        vec!["/wiki/Category:Reports"]
    );
    assert!(
        !page.text(".wiki-content > p").contains("Category"),
        "category links are not in the text"
    );
    // A category with members but no text of its own lists them.
    let category = client.get("/wiki/Category:Reports").await;
    category.assert_status(200);
    let html = category.html();
    html.assert_page_conventions();
    assert_eq!(
        html.texts(".category-members .page-list a"),
        vec!["Report 2019", "Report 2020"]
    );
    // [[:Category:Plans]] links to the category without joining it.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM wiki_categories WHERE category = 'Plans'")
            .await,
        0
    );
    client
        .get("/wiki/Category:Nothing")
        .await
        .assert_status(404);
}

#[tokio::test]
async fn moving_keeps_history_and_leaves_a_redirect() {
    let app = TestApp::new().await;
    put(&app, "Old name", "First.").await;
    put(&app, "Old name", "Second.").await;
    put(&app, "Linker", "See [[Old name]].").await;
    let client = app.signed_in("mover@example.org", Role::Participant).await;
    client
        .get("/wiki/Old_name/move")
        .await
        .assert_status(200)
        .html()
        .assert_page_conventions();
    let taken = client
        .post_form(
            "/wiki/Old_name/move",
            &[("new_title", "Linker"), ("redirect", "1")],
        )
        .await;
    taken.assert_status(422);
    taken.html().assert_error_summary(&["new_title"]);
    client
        .post_form("/wiki/Old_name/move", &[("new_title", "Bad#title")])
        .await
        .assert_status(422);
    client
        .post_form(
            "/wiki/Old_name/move",
            &[
                ("new_title", "New name"),
                ("redirect", "1"),
                ("reason", "clearer"),
            ],
        )
        .await
        .assert_redirect("/wiki/New_name");
    let history = client.get("/wiki/New_name/history").await.html();
    assert_eq!(history.count("tbody tr"), 3, "both revisions and the move");
    // The old title redirects and says where the reader came from.
    let old = client.get("/wiki/Old_name").await;
    old.assert_redirect("/wiki/New_name?redirected_from=Old+name");
    let landed = client.get(&old.location()).await.html();
    assert_eq!(
        landed.attr(".redirect-notice a", "href").as_deref(),
        Some("/wiki/Old_name?redirect=no")
    );
    client
        .get("/wiki/Old_name?redirect=no")
        .await
        .assert_status(200);
    // Links to the old title still resolve (to the redirect page).
    assert_eq!(
        app.client()
            .get("/wiki/Linker")
            .await
            .html()
            .count("a.wiki-new"),
        0
    );
    // Without a redirect the old title is free.
    client
        .post_form("/wiki/New_name/move", &[("new_title", "Final name")])
        .await
        .assert_redirect("/wiki/Final_name");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM wiki_pages WHERE title = 'New name'")
            .await,
        0
    );
}

#[tokio::test]
async fn protection_limits_who_may_edit() {
    let app = TestApp::new().await;
    put(&app, "Guarded", "Text.").await;
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    let partner = app.signed_in("partner@example.org", Role::Partner).await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    participant
        .get("/wiki/Guarded/protect")
        .await
        .assert_status(403);
    participant
        .post_form("/wiki/Guarded/protect", &[("level", "locked")])
        .await
        .assert_status(403);
    coordinator
        .get("/wiki/Guarded/protect")
        .await
        .assert_status(200)
        .html()
        .assert_page_conventions();
    coordinator
        .post_form(
            "/wiki/Guarded/protect",
            &[("level", "partner"), ("reason", "agreed text")],
        )
        .await
        .assert_redirect("/wiki/Guarded");
    participant
        .get("/wiki/Guarded/edit")
        .await
        .assert_status(403);
    participant
        .post_form("/wiki/Guarded/edit", &[("text", "x"), ("action", "save")])
        .await
        .assert_status(403);
    partner.get("/wiki/Guarded/edit").await.assert_status(200);
    assert!(app
        .client()
        .get("/wiki/Guarded")
        .await
        .body
        .contains("only partners and coordinators"));
    coordinator
        .post_form("/wiki/Guarded/protect", &[("level", "locked")])
        .await;
    partner.get("/wiki/Guarded/edit").await.assert_status(403);
    coordinator
        .post_form("/wiki/Guarded/protect", &[("level", "sideways")])
        .await
        .assert_status(422);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM moderation_log WHERE action LIKE 'page-protection-%'")
            .await,
        2
    );
}

#[tokio::test]
async fn deleted_pages_vanish_and_admins_restore_them_with_history() {
    let app = TestApp::new().await;
    put(&app, "Doomed", "v1 searchable").await;
    put(&app, "Doomed", "v2 searchable").await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let no_reason = coordinator
        .post_form("/wiki/Doomed/delete", &[("reason", "")])
        .await;
    no_reason.assert_status(422);
    no_reason.html().assert_error_summary(&["reason"]);
    coordinator
        .post_form("/wiki/Doomed/delete", &[("reason", "duplicate")])
        .await
        .assert_redirect("/wiki");
    let client = app.client();
    client.get("/wiki/Doomed").await.assert_status(404);
    assert!(!client.get("/wiki").await.body.contains("Doomed"));
    assert!(!client.get("/recent-changes").await.body.contains("Doomed"));
    assert_eq!(
        client
            .get("/search?q=searchable&fulltext=1")
            .await
            .html()
            .count(".search-results li"),
        0
    );
    // The title can be used again meanwhile.
    let admin = app.signed_in("a@example.org", Role::Admin).await;
    coordinator
        .get("/admin/deleted-pages")
        .await
        .assert_status(403);
    let list = admin.get("/admin/deleted-pages").await;
    list.assert_status(200);
    list.html().assert_page_conventions();
    let id = app
        .count("SELECT id FROM wiki_pages WHERE title IS NULL")
        .await;
    admin
        .post_form(&format!("/admin/deleted-pages/{id}/restore"), &[])
        .await
        .assert_redirect("/admin/deleted-pages");
    client.get("/wiki/Doomed").await.assert_status(200);
    assert_eq!(
        client
            .get("/wiki/Doomed/history")
            .await
            .html()
            .count("tbody tr"),
        2
    );
    assert_eq!(
        client
            .get("/search?q=searchable&fulltext=1")
            .await
            .html()
            .count(".search-results li"),
        1
    );
}

#[tokio::test]
async fn restoring_onto_a_taken_title_is_refused() {
    let app = TestApp::new().await;
    put(&app, "Reused", "old").await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    coordinator
        .post_form("/wiki/Reused/delete", &[("reason", "x")])
        .await;
    put(&app, "Reused", "new page with the same title").await;
    let admin = app.signed_in("a@example.org", Role::Admin).await;
    let id = app
        .count("SELECT id FROM wiki_pages WHERE title IS NULL")
        .await;
    admin
        .post_form(&format!("/admin/deleted-pages/{id}/restore"), &[])
        .await;
    assert!(admin
        .get("/admin/deleted-pages")
        .await
        .body
        .contains("another page now has its title"));
    assert!(app
        .client()
        .get("/wiki/Reused")
        .await
        .body
        .contains("new page with the same title"));
}

#[tokio::test]
async fn followers_get_at_most_one_email_per_page_per_hour() {
    let app = TestApp::new().await;
    put(&app, "Followed", "v1").await;
    let follower = app
        .signed_in("follower@example.org", Role::Participant)
        .await;
    follower
        .post_form("/wiki/Followed/watch", &[("action", "follow")])
        .await
        .assert_redirect("/wiki/Followed");
    let page = follower.get("/wiki/Followed").await.html();
    assert!(page.text(".page-actions").contains("Stop following"));
    let editor = app.signed_in("editor@example.org", Role::Participant).await;
    for n in 2..5 {
        let base = app
            .count("SELECT head_revision_id FROM wiki_pages WHERE title = 'Followed'")
            .await
            .to_string();
        editor
            .post_form(
                "/wiki/Followed/edit",
                &[
                    ("text", &format!("v{n}")),
                    ("base_revision_id", &base),
                    ("action", "save"),
                ],
            )
            .await
            .assert_redirect("/wiki/Followed");
    }
    // Notices go out from the job worker.
    app.run_jobs().await;
    assert_eq!(
        app.email_count_to("follower@example.org").await,
        1,
        "three edits, one e-mail"
    );
    let (subject, body) = app.last_email_to("follower@example.org").await;
    assert!(subject.contains("Followed has changed"));
    assert!(body.contains("/wiki/Followed/history"));
    // An hour later the next change is told again; one's own edits are never told.
    app.exec("UPDATE wiki_watches SET last_notified_at = last_notified_at - 3601")
        .await;
    let base = app
        .count("SELECT head_revision_id FROM wiki_pages WHERE title = 'Followed'")
        .await
        .to_string();
    follower
        .post_form(
            "/wiki/Followed/edit",
            &[
                ("text", "mine"),
                ("base_revision_id", &base),
                ("action", "save"),
            ],
        )
        .await;
    app.run_jobs().await;
    assert_eq!(app.email_count_to("follower@example.org").await, 1);
    let base = app
        .count("SELECT head_revision_id FROM wiki_pages WHERE title = 'Followed'")
        .await
        .to_string();
    editor
        .post_form(
            "/wiki/Followed/edit",
            &[
                ("text", "v9"),
                ("base_revision_id", &base),
                ("action", "save"),
            ],
        )
        .await;
    app.run_jobs().await;
    assert_eq!(app.email_count_to("follower@example.org").await, 2);
    follower
        .post_form("/wiki/Followed/watch", &[("action", "unfollow")])
        .await;
    assert_eq!(app.count("SELECT COUNT(*) FROM wiki_watches").await, 0);
    follower
        .post_form("/wiki/Followed/watch", &[("action", "sideways")])
        .await
        .assert_status(400);
}
