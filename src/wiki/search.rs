//! Full-text search over page titles and text: SQLite FTS5 (`unicode61 remove_diacritics 2`)
//! or PostgreSQL `tsvector` through an `unaccent` configuration, so "wyl" finds "Ŵyl".
//! Title matches rank first; snippets mark the matching words.

use sqlx::Row;

use super::title::Title;
use crate::error::AppResult;
use crate::storage::{Backend, Db, WriteTx};
use crate::wiki::model::PageId;

/// On PostgreSQL, how many matching pages are ranked at most (besides title matches).
const RANK_CANDIDATES: usize = 1000;

/// Markers around matching words in snippets (private-use characters, never in text
/// people type), turned into `<mark>` after escaping.
pub const MARK_START: char = '\u{e000}';
pub const MARK_END: char = '\u{e001}';

#[derive(Clone, Debug)]
pub struct Hit {
    pub title: Title,
    /// Plain text with [`MARK_START`]/[`MARK_END`] around matches.
    pub snippet: String,
}

/// Replaces the page's entry in the index.
pub async fn index_page(
    tx: &mut WriteTx,
    backend: Backend,
    page_id: PageId,
    title: &Title,
    body: &str,
) -> AppResult<()> {
    match backend {
        Backend::Sqlite => {
            sqlx::query("DELETE FROM wiki_search WHERE rowid = $1")
                .bind(page_id)
                .execute(&mut **tx)
                .await?;
            sqlx::query("INSERT INTO wiki_search (rowid, title, body) VALUES ($1, $2, $3)")
                .bind(page_id)
                .bind(title.as_str().to_string())
                .bind(body.to_string())
                .execute(&mut **tx)
                .await?;
        }
        Backend::Postgres => {
            sqlx::query(
                "INSERT INTO wiki_search (page_id, title, body, document) VALUES ($1, $2, $3, \
                 setweight(to_tsvector('coproduce_search', $2), 'A') || setweight(to_tsvector('coproduce_search', $3), 'B')) \
                 ON CONFLICT (page_id) DO UPDATE SET title = excluded.title, body = excluded.body, document = excluded.document",
            )
            .bind(page_id)
            .bind(title.as_str().to_string())
            .bind(body.to_string())
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

/// Pages matching `query`, best first (members-only pages only when `members_too`).
pub async fn search(db: &Db, query: &str, limit: i64, members_too: bool) -> AppResult<Vec<Hit>> {
    let hidden = if members_too {
        String::new()
    } else {
        format!(" NOT IN ({})", super::readers::MEMBERS_ONLY_IDS)
    };
    let words = crate::search::words(query);
    let Some(matching) = crate::search::match_query(db.backend, query) else {
        return Ok(Vec::new());
    };
    let rows = match db.backend {
        Backend::Sqlite => {
            sqlx::query(&format!(
                "SELECT title, snippet(wiki_search, 1, '{MARK_START}', '{MARK_END}', '…', 16) AS snippet \
                 FROM wiki_search WHERE wiki_search MATCH $1{} \
                 ORDER BY bm25(wiki_search, 10.0, 1.0) LIMIT $2",
                if members_too { String::new() } else { format!(" AND rowid{hidden}") }
            ))
            .bind(matching)
            .bind(limit)
            .fetch_all(&db.pool)
            .await?
        }
        Backend::Postgres => {
            // Ranking reads every candidate's positions, so it is bounded: the pages whose
            // title matches (their own index), plus the first RANK_CANDIDATES pages that match
            // anywhere. Only
            // a query matching thousands of pages is ranked within that subset. Snippets
            // (ts_headline) are built for the returned rows alone.
            sqlx::query(&format!(
                "SELECT s.title, ts_headline('coproduce_search', s.body, q, \
                   'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, ShortWord=2') AS snippet \
                 FROM (SELECT c.page_id, ts_rank(c.document, q) AS rank \
                       FROM ((SELECT page_id FROM wiki_search \
                              WHERE to_tsvector('coproduce_search', title) @@ to_tsquery('coproduce_search', $1) LIMIT {RANK_CANDIDATES}) \
                             UNION (SELECT page_id FROM wiki_search \
                              WHERE document @@ to_tsquery('coproduce_search', $1) LIMIT {RANK_CANDIDATES})) AS ids \
                       JOIN wiki_search c ON c.page_id = ids.page_id, to_tsquery('coproduce_search', $1) AS q \
                       {} ORDER BY rank DESC LIMIT $2) AS top \
                 JOIN wiki_search s ON s.page_id = top.page_id, to_tsquery('coproduce_search', $1) AS q \
                 ORDER BY top.rank DESC, s.title",
                if members_too { String::new() } else { format!("WHERE c.page_id{hidden}") }
            ))
            .bind(matching)
            .bind(limit)
            .fetch_all(&db.pool)
            .await?
        }
    };
    let mut hits = Vec::with_capacity(rows.len());
    for r in rows {
        let title: String = r.try_get("title")?;
        let Ok(title) = Title::parse(&title) else {
            continue;
        };
        hits.push(Hit {
            title,
            snippet: r
                .try_get::<Option<String>, _>("snippet")?
                .unwrap_or_default(),
        });
    }
    // Titles that contain every word come first, keeping rank order otherwise.
    let folded_words: Vec<String> = words.iter().map(|w| fold(w)).collect();
    hits.sort_by_key(|h| {
        let t = fold(h.title.as_str());
        !folded_words.iter().all(|w| t.contains(w.as_str()))
    });
    Ok(hits)
}

pub use crate::search::fold;

/// The snippet as HTML: escaped, with matches in `<mark>`.
pub fn snippet_html(snippet: &str) -> String {
    super::markdown::escape_text(snippet)
        .replace(MARK_START, "<mark>")
        .replace(MARK_END, "</mark>")
}
