//! The founding document as wiki pages, loaded by `serve --demo`: the main page and the
//! pages its sections became (Making links, the Reading / Watch list as a table, the
//! Meeting schedule and the initial brief). Their first revision is attributed to
//! "Open Government Pioneers". Loading twice changes nothing.

use super::save::{save, Edit};
use super::title::Title;
use crate::error::AppResult;
use crate::storage::Db;

pub const MAIN_PAGE: &str = "Equalities co-production initiative";

const PAGES: &[(&str, &str)] = &[
    (MAIN_PAGE, include_str!("founding/main.md")),
    ("Making links", include_str!("founding/making_links.md")),
    (
        "Reading and watch list",
        include_str!("founding/reading_list.md"),
    ),
    (
        "Meeting schedule",
        include_str!("founding/meeting_schedule.md"),
    ),
    ("Initial brief", include_str!("founding/initial_brief.md")),
];

/// Loads the founding pages that do not exist yet.
pub async fn load(db: &Db, author_id: Option<i64>) -> AppResult<()> {
    for (raw_title, text) in PAGES {
        let Ok(title) = Title::parse(raw_title) else {
            continue;
        };
        if super::model::find_page(db, &title).await?.is_some() {
            continue;
        }
        save(
            db,
            Edit {
                title: &title,
                base_revision_id: None,
                section: None,
                text,
                summary: "Founding document of the Equalities co-production initiative (2018)",
                minor: false,
                author_id,
                author_name: "Open Government Pioneers",
            },
        )
        .await?;
    }
    Ok(())
}
