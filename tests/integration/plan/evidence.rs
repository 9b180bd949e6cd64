//! Evidence: links chosen from lists to meetings, wiki pages and the rest; the linked
//! thing shows "part of the plan" back; a rename is told, a deletion still says what it
//! was; private things are not shown to visitors; forged or repeated links are refused.

use super::{coordinator, output};
use crate::meetings::meeting;
use crate::util::TestApp;
use crate::wiki::put;

#[tokio::test]
async fn evidence_links_survive_renames_and_say_when_deleted() {
    let app = TestApp::new().await;
    let coordinator = coordinator(&app).await;
    let held = coordinator
        .post_form(
            "/meetings/add",
            &meeting("Meeting with Disability Wales", "2026-07-01", "14:00"),
        )
        .await
        .location();
    let meeting_id = held.trim_start_matches("/meetings/").to_string();
    let mut private = meeting("Private planning call", "2026-07-02", "10:00");
    private.retain(|(k, _)| *k != "is_public");
    let private_id = coordinator
        .post_form("/meetings/add", &private)
        .await
        .location()
        .trim_start_matches("/meetings/")
        .to_string();
    put(&app, "Summit notes", "Notes.").await;
    let page_id = app
        .count("SELECT id FROM wiki_pages WHERE title = 'Summit notes'")
        .await
        .to_string();
    let path = output(&coordinator, &[("title", "Engagement meetings")]).await;
    let form = coordinator.get(&path).await.html();
    let offered = form.attrs("#target option", "value");
    for value in [
        format!("meeting:{meeting_id}"),
        format!("wiki_page:{page_id}"),
    ] {
        assert!(
            offered.contains(&value),
            "{value} is offered in {offered:?}"
        );
    }
    for target in [
        format!("meeting:{meeting_id}"),
        format!("meeting:{private_id}"),
        format!("wiki_page:{page_id}"),
    ] {
        coordinator
            .post_form(&format!("{path}/evidence"), &[("target", &target)])
            .await
            .assert_redirect(&path);
    }
    for (target, why) in [
        (format!("meeting:{meeting_id}"), "already linked"),
        ("meeting:99999".to_string(), "from the list"),
        ("banana:1".to_string(), "from the list"),
    ] {
        let refused = coordinator
            .post_form(&format!("{path}/evidence"), &[("target", &target)])
            .await;
        refused.assert_status(422);
        let page = refused.html();
        page.assert_error_summary(&["target"]);
        assert!(page.text(".error-summary").contains(why), "{target}");
    }
    // The meeting says what it is evidence for.
    let shown = app.client().get(&held).await.html().text("main");
    assert!(shown.contains("Part of the plan"), "{shown}");
    assert!(shown.contains("Engagement meetings"));
    // Renamed: the link follows, and says what it was linked as.
    app.exec(&format!(
        "UPDATE meetings SET title = 'Disability Wales, first meeting' WHERE id = {meeting_id}"
    ))
    .await;
    coordinator
        .post_form(
            "/wiki/Summit_notes/move",
            &[
                ("new_title", "February summit notes"),
                ("redirect", "1"),
                ("reason", "clearer"),
            ],
        )
        .await
        .assert_redirect("/wiki/February_summit_notes");
    let page = app.client().get(&path).await.html().text("main");
    assert!(page.contains("Disability Wales, first meeting"), "{page}");
    assert!(
        page.contains("linked as \"Meeting with Disability Wales\""),
        "{page}"
    );
    assert!(page.contains("February summit notes"));
    assert!(
        !page.contains("Private planning call"),
        "a private meeting is not shown to visitors"
    );
    assert!(coordinator
        .get(&path)
        .await
        .body
        .contains("Private planning call"));
    // Deleted: still says what it was.
    coordinator
        .post_form(
            "/wiki/February_summit_notes/delete",
            &[("reason", "merged into the minutes")],
        )
        .await
        .assert_status(303);
    let page = app.client().get(&path).await.html().text("main");
    assert!(page.contains("Summit notes"), "{page}");
    assert!(page.contains("Deleted"));
    // Removing a link.
    let evidence_id = app
        .count(&format!(
            "SELECT id FROM plan_evidence WHERE kind = 'meeting' AND target_id = {meeting_id}"
        ))
        .await;
    coordinator
        .post_form(&format!("{path}/evidence/{evidence_id}/remove"), &[])
        .await
        .assert_redirect(&path);
    assert!(!app
        .client()
        .get(&held)
        .await
        .body
        .contains("Part of the plan"));
}
