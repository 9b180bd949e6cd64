//! Tests of the wiki (issue #3).

mod cached_views;
mod commonmark;
mod concurrency;
mod conflicts;
mod files;
mod history;
mod manage;
mod members_only;
mod pages;
mod search;
mod talk;
mod xss;

use coproduce::wiki::save::{save, Edit, Outcome};
use coproduce::wiki::title::Title;

use crate::util::TestApp;

/// Saves `text` as the new head of `title` (created if needed), as "Tester".
pub async fn put(app: &TestApp, title: &str, text: &str) -> i64 {
    let title = Title::parse(title).unwrap();
    let base = coproduce::wiki::model::find_page(&app.db, &title)
        .await
        .unwrap()
        .map(|p| p.head_revision_id);
    match save(
        &app.db,
        Edit {
            title: &title,
            base_revision_id: base,
            section: None,
            text,
            summary: "test",
            minor: false,
            author_id: None,
            author_name: "Tester",
        },
    )
    .await
    .unwrap()
    {
        Outcome::Saved { revision_id, .. } => {
            // As the wiki's own handlers do after a change.
            app.state.page_cache.clear();
            revision_id.0
        }
        other => panic!("not saved: {other:?}"),
    }
}
