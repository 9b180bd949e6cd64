//! Rows and queries of the wiki's tables (pages, revisions, render cache, links).
//! Saving an edit, with its merge, is in `save.rs`; search in `search.rs`.

pub mod manage;

use std::collections::HashSet;

use sqlx::Row;

use crate::error::AppResult;
use crate::storage::Db;
use crate::wiki::title::Title;

crate::typed_id!(PageId, "a wiki page");
crate::typed_id!(RevisionId, "a revision of a wiki page");

#[derive(Clone, Debug)]
pub struct Page {
    pub id: PageId,
    pub title: Title,
    pub head_revision_id: RevisionId,
    pub protection: String,
    /// Read only by the consortium's current members' representatives and coordinators.
    pub members_only: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Clone, Debug)]
pub struct Revision {
    pub id: RevisionId,
    pub page_id: PageId,
    pub parent_id: Option<RevisionId>,
    pub author_id: Option<i64>,
    pub author_name: String,
    pub summary: String,
    pub minor: bool,
    pub body: String,
    pub size: i64,
    pub created_at: i64,
}

/// A line of a history or recent-changes list.
#[derive(Clone, Debug)]
pub struct Change {
    pub revision_id: i64,
    pub parent_id: Option<RevisionId>,
    pub title: Title,
    pub author_id: Option<i64>,
    pub author_name: String,
    pub summary: String,
    pub minor: bool,
    pub size: i64,
    /// Bytes added (positive) or removed (negative) compared with the parent.
    pub size_change: i64,
    pub created_at: i64,
}

fn page_from_row(row: &sqlx::any::AnyRow) -> AppResult<Option<Page>> {
    let title: String = row.try_get("title")?;
    let Ok(title) = Title::parse(&title) else {
        return Ok(None);
    };
    Ok(Some(Page {
        id: row.try_get("id")?,
        title,
        head_revision_id: row
            .try_get::<Option<RevisionId>, _>("head_revision_id")?
            .unwrap_or(RevisionId(0)),
        protection: row.try_get("protection")?,
        members_only: row.try_get::<i64, _>("members_only")? != 0,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    }))
}

const PAGE_COLUMNS: &str =
    "id, title, head_revision_id, protection, members_only, created_at, updated_at";

pub async fn find_page(db: &Db, title: &Title) -> AppResult<Option<Page>> {
    let sql = format!("SELECT {PAGE_COLUMNS} FROM wiki_pages WHERE title = $1");
    let row = sqlx::query(&sql)
        .bind(title.as_str().to_string())
        .fetch_optional(&db.pool)
        .await?;
    match row {
        Some(r) => page_from_row(&r),
        None => Ok(None),
    }
}

/// The extra condition on `wiki_pages p` for a reader who does (`true`) or does not see
/// members-only pages.
fn readers_condition(members_too: bool) -> String {
    if members_too {
        String::new()
    } else {
        format!(" AND {}", crate::wiki::readers::PUBLIC_PAGES_ONLY)
    }
}

/// All pages, by title, for the index; members-only pages only when `members_too`.
pub async fn all_pages(db: &Db, members_too: bool) -> AppResult<Vec<Page>> {
    let sql = format!(
        "SELECT {PAGE_COLUMNS} FROM wiki_pages p WHERE title IS NOT NULL{} ORDER BY title",
        readers_condition(members_too)
    );
    let rows = sqlx::query(&sql).fetch_all(&db.pool).await?;
    let mut pages = Vec::with_capacity(rows.len());
    for r in &rows {
        if let Some(p) = page_from_row(r)? {
            pages.push(p);
        }
    }
    Ok(pages)
}

/// The members-only pages, by title, for the consortium's members' space.
pub async fn members_only_pages(db: &Db) -> AppResult<Vec<Title>> {
    let rows = sqlx::query(
        "SELECT title FROM wiki_pages WHERE members_only = 1 AND title IS NOT NULL ORDER BY title",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(titles_from_rows(&rows))
}

/// A page and its current revision, in one query.
pub async fn find_page_with_head(db: &Db, title: &Title) -> AppResult<Option<(Page, Revision)>> {
    let row = sqlx::query(
        "SELECT p.id AS page_id, p.title, p.head_revision_id, p.protection, p.members_only, p.created_at AS page_created, \
                p.updated_at, r.id, r.parent_id, r.author_id, r.author_name, r.summary, r.minor, r.body, r.size, r.created_at \
         FROM wiki_pages p JOIN wiki_revisions r ON r.id = p.head_revision_id WHERE p.title = $1",
    )
    .bind(title.as_str().to_string())
    .fetch_optional(&db.pool)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let page = Page {
        id: r.try_get("page_id")?,
        title: title.clone(),
        head_revision_id: r
            .try_get::<Option<RevisionId>, _>("head_revision_id")?
            .unwrap_or(RevisionId(0)),
        protection: r.try_get("protection")?,
        members_only: r.try_get::<i64, _>("members_only")? != 0,
        created_at: r.try_get("page_created")?,
        updated_at: r.try_get("updated_at")?,
    };
    Ok(Some((page, revision_from_row(&r)?)))
}

fn revision_from_row(r: &sqlx::any::AnyRow) -> AppResult<Revision> {
    Ok(Revision {
        id: r.try_get("id")?,
        page_id: r.try_get("page_id")?,
        parent_id: r.try_get("parent_id")?,
        author_id: r.try_get("author_id")?,
        author_name: r.try_get("author_name")?,
        summary: r.try_get("summary")?,
        minor: r.try_get::<i64, _>("minor")? != 0,
        body: r.try_get("body")?,
        size: r.try_get("size")?,
        created_at: r.try_get("created_at")?,
    })
}

/// A revision of `page_id` (`None` if it belongs to another page).
pub async fn revision(db: &Db, page_id: PageId, id: RevisionId) -> AppResult<Option<Revision>> {
    let row = sqlx::query(
        "SELECT id, page_id, parent_id, author_id, author_name, summary, minor, body, size, created_at \
         FROM wiki_revisions WHERE id = $1 AND page_id = $2",
    )
    .bind(id)
    .bind(page_id)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(revision_from_row).transpose()
}

const CHANGE_SELECT: &str =
    "SELECT r.id, r.parent_id, p.title, r.author_id, r.author_name, r.summary, \
     r.minor, r.size, r.size - COALESCE(parent.size, 0) AS size_change, r.created_at \
     FROM wiki_revisions r JOIN wiki_pages p ON p.id = r.page_id \
     LEFT JOIN wiki_revisions parent ON parent.id = r.parent_id";

fn changes_from_rows(rows: &[sqlx::any::AnyRow]) -> AppResult<Vec<Change>> {
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let title: String = r.try_get("title")?;
        let Ok(title) = Title::parse(&title) else {
            continue;
        };
        out.push(Change {
            revision_id: r.try_get("id")?,
            parent_id: r.try_get("parent_id")?,
            title,
            author_id: r.try_get("author_id")?,
            author_name: r.try_get("author_name")?,
            summary: r.try_get("summary")?,
            minor: r.try_get::<i64, _>("minor")? != 0,
            size: r.try_get("size")?,
            size_change: r.try_get("size_change")?,
            created_at: r.try_get("created_at")?,
        });
    }
    Ok(out)
}

/// A page's revisions, newest first.
pub async fn history(db: &Db, page_id: PageId, limit: i64) -> AppResult<Vec<Change>> {
    let sql = format!("{CHANGE_SELECT} WHERE r.page_id = $1 ORDER BY r.id DESC LIMIT $2");
    let rows = sqlx::query(&sql)
        .bind(page_id)
        .bind(limit)
        .fetch_all(&db.pool)
        .await?;
    changes_from_rows(&rows)
}

/// Filters for recent changes.
#[derive(Clone, Debug, Default)]
pub struct ChangeFilter {
    pub author_id: Option<i64>,
    pub hide_minor: bool,
    /// Only titles starting with this namespace prefix ("Category:"), or, with `main_only`,
    /// only titles outside every namespace.
    pub namespace: Option<String>,
    pub main_only: bool,
    /// Whether the reader sees members-only pages' changes.
    pub members_too: bool,
}

/// Recent changes across the wiki, newest first.
pub async fn recent_changes(db: &Db, filter: &ChangeFilter, limit: i64) -> AppResult<Vec<Change>> {
    let mut conditions: Vec<String> = vec!["p.title IS NOT NULL".to_string()];
    let mut numbers: Vec<i64> = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    // Numbers are bound first ($1…), then texts, so placeholders can be numbered as built.
    if let Some(author) = filter.author_id {
        numbers.push(author);
        conditions.push(format!("r.author_id = ${}", numbers.len()));
    }
    if filter.hide_minor {
        conditions.push("r.minor = 0".to_string());
    }
    if !filter.members_too {
        conditions.push(crate::wiki::readers::PUBLIC_PAGES_ONLY.to_string());
    }
    numbers.push(limit);
    let limit_placeholder = numbers.len();
    if let Some(ns) = &filter.namespace {
        texts.push(format!("{}%", ns.replace(['%', '_'], "")));
        conditions.push(format!("p.title LIKE ${}", numbers.len() + texts.len()));
    } else if filter.main_only {
        texts.push("%:%".to_string());
        conditions.push(format!("p.title NOT LIKE ${}", numbers.len() + texts.len()));
    }
    let where_clause = format!(" WHERE {}", conditions.join(" AND "));
    let sql =
        format!("{CHANGE_SELECT}{where_clause} ORDER BY r.id DESC LIMIT ${limit_placeholder}");
    let mut query = sqlx::query(&sql);
    for n in numbers {
        query = query.bind(n);
    }
    for t in texts {
        query = query.bind(t);
    }
    let rows = query.fetch_all(&db.pool).await?;
    changes_from_rows(&rows)
}

/// Which of `titles` exist as pages.
pub async fn existing_titles(db: &Db, titles: &[Title]) -> AppResult<HashSet<String>> {
    let mut found = HashSet::new();
    for chunk in titles.chunks(100) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT title FROM wiki_pages WHERE title IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for t in chunk {
            query = query.bind(t.as_str().to_string());
        }
        for row in query.fetch_all(&db.pool).await? {
            found.insert(row.try_get::<String, _>("title")?);
        }
    }
    Ok(found)
}

pub async fn cached_html(
    db: &Db,
    revision_id: RevisionId,
    lang: &str,
) -> AppResult<Option<String>> {
    let row =
        sqlx::query("SELECT html FROM wiki_render_cache WHERE revision_id = $1 AND lang = $2")
            .bind(revision_id)
            .bind(lang.to_string())
            .fetch_optional(&db.pool)
            .await?;
    Ok(row.map(|r| r.try_get("html")).transpose()?)
}

pub async fn store_html(db: &Db, revision_id: RevisionId, lang: &str, html: &str) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO wiki_render_cache (revision_id, lang, html) VALUES ($1, $2, $3) \
         ON CONFLICT (revision_id, lang) DO UPDATE SET html = excluded.html",
    )
    .bind(revision_id)
    .bind(lang.to_string())
    .bind(html.to_string())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// The valid titles in rows with a `title` column.
fn titles_from_rows(rows: &[sqlx::any::AnyRow]) -> Vec<Title> {
    rows.iter()
        .filter_map(|r| r.try_get::<String, _>("title").ok())
        .filter_map(|t| Title::parse(&t).ok())
        .collect()
}

/// Pages that link to `title` (members-only ones only when `members_too`).
pub async fn links_here(db: &Db, title: &Title, members_too: bool) -> AppResult<Vec<Title>> {
    let rows = sqlx::query(&format!(
        "SELECT p.title FROM wiki_links l JOIN wiki_pages p ON p.id = l.from_page_id \
         WHERE l.to_title = $1 AND p.title IS NOT NULL{} ORDER BY p.title",
        readers_condition(members_too)
    ))
    .bind(title.as_str().to_string())
    .fetch_all(&db.pool)
    .await?;
    Ok(titles_from_rows(&rows))
}

/// The page's first revision's author and time, and its revision count.
pub async fn page_info(db: &Db, page_id: PageId) -> AppResult<(String, i64, i64)> {
    let row = sqlx::query(
        "SELECT (SELECT author_name FROM wiki_revisions WHERE page_id = $1 ORDER BY id LIMIT 1) AS creator, \
                (SELECT created_at FROM wiki_revisions WHERE page_id = $1 ORDER BY id LIMIT 1) AS created, \
                (SELECT COUNT(*) FROM wiki_revisions WHERE page_id = $1) AS revisions",
    )
    .bind(page_id)
    .fetch_one(&db.pool)
    .await?;
    Ok((
        row.try_get::<Option<String>, _>("creator")?
            .unwrap_or_default(),
        row.try_get::<Option<i64>, _>("created")?.unwrap_or(0),
        row.try_get("revisions")?,
    ))
}

/// Pages in a category, by title (members-only ones only when `members_too`).
pub async fn category_members(db: &Db, category: &str, members_too: bool) -> AppResult<Vec<Title>> {
    let rows = sqlx::query(&format!(
        "SELECT p.title FROM wiki_categories c JOIN wiki_pages p ON p.id = c.page_id \
         WHERE c.category = $1 AND p.title IS NOT NULL{} ORDER BY p.title",
        readers_condition(members_too)
    ))
    .bind(category.to_string())
    .fetch_all(&db.pool)
    .await?;
    Ok(titles_from_rows(&rows))
}

/// Pages linking to `title` show it differently once it appears or disappears.
pub async fn forget_renders_linking_to(
    tx: &mut crate::storage::WriteTx,
    title: &crate::wiki::title::Title,
) -> AppResult<()> {
    sqlx::query(
        "DELETE FROM wiki_render_cache WHERE revision_id IN \
         (SELECT p.head_revision_id FROM wiki_pages p JOIN wiki_links l ON l.from_page_id = p.id WHERE l.to_title = $1)",
    )
    .bind(title.as_str().to_string())
    .execute(&mut **tx)
    .await?;
    Ok(())
}
