//! Wiki pages "consortium members only" (issue #13, item 2): read, edited, discussed,
//! followed and found only by current members' representatives and coordinators; for
//! everyone else every address of the page answers 404 and lists, feeds and search leave
//! it out, and so do the files uploaded for it.

use coproduce::auth::role::Role;
use coproduce::consortium::model::MemberRole;

use super::files::PNG;
use super::put;
use crate::consortium::{member, signatory};
use crate::util::{Client, TestApp};

const SECRET: &str = "zanzibarquorum";

/// A coordinator makes `title` members-only from its Protect page.
async fn make_members_only(coordinator: &Client, title: &str) {
    coordinator
        .post_form(
            &format!("/wiki/{title}/protect"),
            &[
                ("level", "none"),
                ("readers", "members"),
                ("reason", "members' notes"),
            ],
        )
        .await
        .assert_redirect(&format!("/wiki/{title}"));
}

/// Every reading address of `title`, and what each must not show.
fn reading_paths(title: &str, revision: i64) -> Vec<String> {
    [
        "",
        "/history",
        "/info",
        "/talk",
        "/edit",
        "/links",
        "/history.atom",
        "/move",
    ]
    .iter()
    .map(|action| format!("/wiki/{title}{action}"))
    .chain([
        format!("/wiki/{title}?oldid={revision}"),
        format!("/wiki/{title}/diff?to={revision}"),
    ])
    .collect()
}

#[tokio::test]
async fn members_only_pages_are_seen_only_by_members_and_coordinators() {
    let app = TestApp::new().await;
    let org = member(
        &app,
        "Wales Equality Network",
        MemberRole::Lead,
        Some("wales"),
    )
    .await;
    let representative = signatory(&app, org, "rep@example.org").await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    let outsider = app.signed_in("partner@example.org", Role::Partner).await;
    let visitor = app.client();
    let revision = put(
        &app,
        "Members notes",
        &format!("We discuss {SECRET}. See [[Open page]].\n\n[[Category:Plans]]"),
    )
    .await;
    put(&app, "Open page", "Public. See [[Members notes]].").await;
    make_members_only(&coordinator, "Members_notes").await;

    for reader in [&representative, &coordinator] {
        let page = reader.get("/wiki/Members_notes").await;
        page.assert_status(200);
        assert!(page.body.contains(SECRET));
        assert!(page.body.contains("Consortium members only"));
        reader
            .get("/wiki/Members_notes/history")
            .await
            .assert_status(200);
        let search = reader.get(&format!("/search?q={SECRET}")).await;
        assert!(search.body.contains("Members notes"), "members find it");
        let changes = reader.get("/recent-changes").await;
        assert!(changes.body.contains("Members notes"));
        assert!(reader.get("/wiki").await.body.contains("Members notes"));
    }
    // A feed is never for members only, even fetched with a member's session.
    representative
        .get("/wiki/Members_notes/history.atom")
        .await
        .assert_status(404);

    for (who, reader) in [
        ("visitor", &visitor),
        ("participant", &participant),
        ("partner outside the consortium", &outsider),
    ] {
        for path in reading_paths("Members_notes", revision) {
            let response = reader.get(&path).await;
            // A visitor is asked to sign in before editing, as on every page.
            let signing_in = who == "visitor"
                && response.status == 303
                && response.location().starts_with("/sign-in");
            assert!(
                response.status == 404 || signing_in,
                "{who} at {path}: {}",
                response.status
            );
            assert!(!response.body.contains(SECRET), "{who} at {path}");
        }
        for (path, text) in [
            ("/wiki".to_string(), "Members notes"),
            ("/recent-changes".to_string(), "Members notes"),
            ("/recent-changes.atom".to_string(), "Members notes"),
            (format!("/search?q={SECRET}&fulltext=1"), "Members notes"),
            ("/wiki/Category:Plans".to_string(), "Members notes"),
            ("/wiki/Open_page/links".to_string(), "Members notes"),
        ] {
            let response = reader.get(&path).await;
            assert!(!response.body.contains(text), "{who} sees it at {path}");
            // (The search page shows the words searched for.)
            if !path.starts_with("/search") {
                assert!(!response.body.contains(SECRET), "{who} at {path}");
            }
        }
        // Searching for its exact title does not lead to it.
        let exact = reader.get("/search?q=Members+notes").await;
        assert_ne!(exact.status, 303, "{who}: the exact title leads nowhere");
        for (path, fields) in [
            (
                "/wiki/Members_notes/edit",
                vec![("text", "overwritten"), ("action", "save")],
            ),
            (
                "/wiki/Members_notes/talk",
                vec![("action", "comment"), ("body", "hello")],
            ),
            ("/wiki/Members_notes/watch", vec![("action", "follow")]),
        ] {
            if who == "visitor" {
                continue;
            }
            let response = reader.post_form(path, &fields).await;
            assert_eq!(response.status, 404, "{who} posting to {path}");
        }
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM wiki_revisions r JOIN wiki_pages p ON p.id = r.page_id WHERE p.title = 'Members notes'")
            .await,
        1,
        "nothing written by those who cannot see it"
    );

    // A subpage written by a member is members-only from its first revision.
    representative
        .post_form(
            "/wiki/Members_notes/Agenda/edit",
            &[("text", &format!("Agenda: {SECRET}")), ("action", "save")],
        )
        .await
        .assert_redirect("/wiki/Members_notes/Agenda");
    visitor
        .get("/wiki/Members_notes/Agenda")
        .await
        .assert_status(404);
    assert!(coordinator
        .get("/consortium/space")
        .await
        .body
        .contains("Members notes/Agenda"));

    // The page can be opened to everyone again; who can read is logged each time.
    coordinator
        .post_form(
            "/wiki/Members_notes/protect",
            &[("level", "none"), ("readers", "everyone")],
        )
        .await
        .assert_redirect("/wiki/Members_notes");
    visitor.get("/wiki/Members_notes").await.assert_status(200);
    coordinator
        .post_form(
            "/wiki/Members_notes/protect",
            &[("level", "none"), ("readers", "secret")],
        )
        .await
        .assert_status(422)
        .html()
        .assert_error_summary(&["readers"]);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM moderation_log WHERE action LIKE 'page-readers-%'")
            .await,
        2
    );
    make_members_only(&coordinator, "Members_notes").await;

    // A member that has left takes its representatives out with it.
    app.exec("UPDATE consortium_members SET left_on = '2019-01-01'")
        .await;
    representative
        .get("/wiki/Members_notes")
        .await
        .assert_status(404);
    assert!(!representative
        .get(&format!("/search?q={SECRET}&fulltext=1"))
        .await
        .body
        .contains("Members notes"));
}

#[tokio::test]
async fn files_for_a_members_only_page_are_members_only() {
    let app = TestApp::new().await;
    let org = member(&app, "Scotland Network", MemberRole::Lead, Some("scotland")).await;
    let representative = signatory(&app, org, "rep@example.org").await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    put(&app, "Budget notes", "Figures.").await;
    make_members_only(&coordinator, "Budget_notes").await;
    // Uploading for a page one cannot see is refused as if the page did not exist.
    participant
        .post_multipart(
            "/files/upload",
            &[
                ("name", "Leak.png"),
                ("alt_text", "x"),
                ("page", "Budget notes"),
            ],
            Some(("leak.png", PNG)),
        )
        .await
        .assert_status(422)
        .html()
        .assert_error_summary(&["page"]);
    representative
        .post_multipart(
            "/files/upload",
            &[
                ("name", "Budget chart.png"),
                ("alt_text", "The budget by partner"),
                ("page", "Budget notes"),
            ],
            Some(("chart.png", PNG)),
        )
        .await
        .assert_redirect("/files/Budget_chart.png");
    let download = representative.get("/files/Budget_chart.png/download").await;
    download.assert_status(200);
    assert_eq!(
        download.header("cache-control").as_deref(),
        Some("private, no-store"),
        "no shared cache keeps a members-only file"
    );
    representative
        .get("/files/Budget_chart.png")
        .await
        .assert_status(200);
    for reader in [&participant, &app.client()] {
        reader
            .get("/files/Budget_chart.png")
            .await
            .assert_status(404);
        reader
            .get("/files/Budget_chart.png/download")
            .await
            .assert_status(404);
        assert!(!reader.get("/files").await.body.contains("Budget chart"));
    }
    assert!(coordinator
        .get("/files")
        .await
        .body
        .contains("Budget chart"));
}

#[tokio::test]
async fn followers_who_cannot_read_a_members_only_page_hear_nothing_of_it() {
    let app = TestApp::new().await;
    let org = member(
        &app,
        "Ulster Network",
        MemberRole::Lead,
        Some("northern_ireland"),
    )
    .await;
    let representative = signatory(&app, org, "rep@example.org").await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    put(&app, "Shared notes", "v1").await;
    for follower in [&participant, &coordinator] {
        follower
            .post_form("/wiki/Shared_notes/watch", &[("action", "follow")])
            .await
            .assert_redirect("/wiki/Shared_notes");
    }
    make_members_only(&coordinator, "Shared_notes").await;
    let base = app
        .count("SELECT head_revision_id FROM wiki_pages WHERE title = 'Shared notes'")
        .await
        .to_string();
    representative
        .post_form(
            "/wiki/Shared_notes/edit",
            &[
                ("text", "v2, for members"),
                ("base_revision_id", &base),
                ("action", "save"),
            ],
        )
        .await
        .assert_redirect("/wiki/Shared_notes");
    app.run_jobs().await;
    assert_eq!(app.email_count_to("c@example.org").await, 1);
    assert_eq!(
        app.email_count_to("p@example.org").await,
        0,
        "a follower who can no longer read the page is not told of it"
    );
}

#[tokio::test]
async fn moving_a_members_only_page_leaves_a_members_only_redirect() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    put(&app, "Old notes", "Text.").await;
    make_members_only(&coordinator, "Old_notes").await;
    coordinator
        .post_form(
            "/wiki/Old_notes/move",
            &[
                ("new_title", "Secret plans"),
                ("redirect", "1"),
                ("reason", "rename"),
            ],
        )
        .await
        .assert_redirect("/wiki/Secret_plans");
    let visitor = app.client();
    visitor.get("/wiki/Secret_plans").await.assert_status(404);
    let redirect = visitor.get("/wiki/Old_notes?redirect=no").await;
    redirect.assert_status(404);
    assert!(
        !redirect.body.contains("Secret plans"),
        "the new title is not revealed"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM wiki_pages WHERE members_only = 1")
            .await,
        2
    );
}
