//! Issue #3: 16 clients each make 50 edits to one page, each inserting a unique token and
//! retrying on conflict. No acknowledged token may be missing from the final text, and
//! every revision's parent must be the previous head (history is linear).

use std::sync::Arc;

use coproduce::wiki::model;
use coproduce::wiki::save::{save, Edit, Outcome};
use coproduce::wiki::title::Title;
use sqlx::Row;

use super::put;
use crate::util::TestApp;

const CLIENTS: usize = 16;
const EDITS: usize = 50;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sixteen_clients_fifty_edits_each_lose_nothing() {
    let app = TestApp::new().await;
    let initial: String = (0..40).map(|i| format!("line {i}\n")).collect();
    put(&app, "Busy page", &initial).await;
    let db = Arc::new(app.db.clone());
    let mut tasks = Vec::new();
    for client in 0..CLIENTS {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            let title = Title::parse("Busy page").unwrap();
            let mut acknowledged = Vec::new();
            for edit in 0..EDITS {
                let token = format!("token-{client}-{edit}");
                loop {
                    let page = model::find_page(&db, &title).await.unwrap().unwrap();
                    let head = model::revision(&db, page.id, page.head_revision_id)
                        .await
                        .unwrap()
                        .unwrap();
                    let mut lines: Vec<&str> = head.body.lines().collect();
                    // Insert at a position that depends on the client, spread over the page.
                    let at = (client * 7 + edit * 3) % (lines.len() + 1);
                    lines.insert(at, &token);
                    let text = lines.join("\n") + "\n";
                    let outcome = save(
                        &db,
                        Edit {
                            title: &title,
                            base_revision_id: Some(head.id),
                            section: None,
                            text: &text,
                            summary: "",
                            minor: false,
                            author_id: None,
                            author_name: "load",
                        },
                    )
                    .await
                    .unwrap();
                    match outcome {
                        Outcome::Saved { .. } => {
                            acknowledged.push(token.clone());
                            break;
                        }
                        Outcome::Conflict { .. } => continue,
                        other => panic!("unexpected {other:?}"),
                    }
                }
            }
            acknowledged
        }));
    }
    let mut acknowledged = Vec::new();
    for task in tasks {
        acknowledged.extend(task.await.unwrap());
    }
    assert_eq!(acknowledged.len(), CLIENTS * EDITS);
    let title = Title::parse("Busy page").unwrap();
    let page = model::find_page(&app.db, &title).await.unwrap().unwrap();
    let head = model::revision(&app.db, page.id, page.head_revision_id)
        .await
        .unwrap()
        .unwrap();
    let missing: Vec<&String> = acknowledged
        .iter()
        .filter(|t| !head.body.lines().any(|l| l == t.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "{} acknowledged tokens missing, e.g. {:?}",
        missing.len(),
        missing.first()
    );
    // Linear history: each revision's parent is the revision saved just before it.
    let rows =
        sqlx::query("SELECT id, parent_id FROM wiki_revisions WHERE page_id = $1 ORDER BY id")
            .bind(page.id)
            .fetch_all(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(rows.len(), CLIENTS * EDITS + 1);
    let mut previous: Option<i64> = None;
    for row in rows {
        let id: i64 = row.get("id");
        let parent: Option<i64> = row.get("parent_id");
        assert_eq!(parent, previous, "revision {id}");
        previous = Some(id);
    }
}

/// Issue #10 (defect 7): sixteen people creating the same page at once all get an answer:
/// one creates it, the others' text is merged in or they get the conflict page, and nobody
/// gets a server error (PostgreSQL let both transactions see no page before either
/// inserted it).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sixteen_people_creating_one_page_at_once_get_no_server_error() {
    let app = TestApp::new().await;
    let db = Arc::new(app.db.clone());
    let mut tasks = Vec::new();
    for client in 0..CLIENTS {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            let title = Title::parse("Brand new page").unwrap();
            save(
                &db,
                Edit {
                    title: &title,
                    base_revision_id: None,
                    section: None,
                    text: &format!("Written by person {client}.\n"),
                    summary: "",
                    minor: false,
                    author_id: None,
                    author_name: "creator",
                },
            )
            .await
        }));
    }
    let mut saved = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(Outcome::Saved { .. }) => saved += 1,
            Ok(_) => {}
            Err(e) => panic!("a creator got an error: {e:?}"),
        }
    }
    assert!(saved >= 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM wiki_pages WHERE title = 'Brand_new_page' OR title = 'Brand new page'")
            .await,
        1
    );
}
