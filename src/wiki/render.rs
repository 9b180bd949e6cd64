//! A revision's HTML for a language: from the cache, or rendered (links resolved against
//! the pages that exist now), sanitised and cached.

use super::markdown::{self, RenderContext};
use super::model::{self, Revision};
use super::sanitise;
use super::title::Title;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::storage::Db;

/// Renders wiki text that is not (yet) a stored revision: previews, old revisions.
pub async fn render_text(
    db: &Db,
    lang: Lang,
    page: Option<&Title>,
    text: &str,
    section_links: bool,
) -> AppResult<String> {
    let targets = markdown::link_targets(text);
    let existing = model::existing_titles(db, &targets).await?;
    let ctx = RenderContext {
        lang,
        page,
        existing: &existing,
        section_links,
    };
    let (html, _) = markdown::render(text, &ctx);
    Ok(sanitise::clean(&html))
}

/// The current revision's HTML, cached per revision and language.
pub async fn head_html(db: &Db, lang: Lang, title: &Title, head: &Revision) -> AppResult<String> {
    if let Some(html) = model::cached_html(db, head.id, lang.code()).await? {
        return Ok(html);
    }
    let html = render_text(db, lang, Some(title), &head.body, true).await?;
    // The cache is an optimisation: a page is still shown when it cannot be written (a
    // full disk, a read-only database).
    if let Err(error) = model::store_html(db, head.id, lang.code(), &html).await {
        tracing::warn!(?error, "could not keep the rendered page");
    }
    Ok(html)
}

/// Markdown that belongs to no page (a decision's proposal, a bid's section) as safe HTML:
/// no wiki-link lookups, no section links, sanitised like every page.
pub fn standalone_html(lang: Lang, source: &str) -> String {
    let existing = std::collections::HashSet::new();
    let ctx = RenderContext {
        lang,
        page: None,
        existing: &existing,
        section_links: false,
    };
    sanitise::clean(&markdown::render(source, &ctx).0)
}
