//! Markdown for wiki pages: CommonMark with GFM tables, task lists, strikethrough,
//! autolinks and footnotes, plus `[[Page]]`, `[[Page|label]]` and `[[Page#Section]]`
//! links. Output always passes through the allow-list sanitiser in `sanitise.rs`.
//!
//! The page-specific parts are added to the syntax tree before it is written out: wiki
//! links point at the page, or at its edit form with a visible "not written yet" marker
//! when it does not exist; top-level headings get stable anchors and an "edit" link for
//! their section; pages with three or more headings get a contents list.

use std::collections::HashSet;

use comrak::nodes::{AstNode, NodeHtmlBlock, NodeValue};
use comrak::{format_html, parse_document, Anchorizer, Arena, Options};

use super::title::Title;
use crate::i18n::Lang;

/// Parser and renderer options shared by every wiki render.
pub fn options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.tasklist = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.extension.footnotes = true;
    options.extension.wikilinks_title_after_pipe = true;
    // Raw HTML is written out and then cleaned by the allow-list sanitiser.
    options.render.r#unsafe = true;
    options
}

/// A heading for the contents list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub text: String,
    pub anchor: String,
    /// 1-based section number (for `?section=N`).
    pub section: usize,
}

/// What rendering needs to know about the world.
pub struct RenderContext<'a> {
    pub lang: Lang,
    /// The page being rendered (section-edit links point at it); `None` for previews of
    /// text that belongs to no page yet, and for comments.
    pub page: Option<&'a Title>,
    /// Which linked titles exist.
    pub existing: &'a HashSet<String>,
    /// Whether to add section-edit links (not in old revisions or previews).
    pub section_links: bool,
}

/// What a page's `[[…]]` links point at.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Links {
    /// Linked pages, normalised, in order of first appearance.
    pub pages: Vec<Title>,
    /// Categories the page belongs to (`[[Category:Name]]`), by name.
    pub categories: Vec<String>,
}

/// How one `[[…]]` target is meant.
enum Target {
    Page(Title, Option<String>),
    Category(String),
    Fragment(String),
    Invalid,
}

fn classify(target: &str) -> Target {
    // A leading colon links to a category page without joining the category.
    let (plain, target) = match target.strip_prefix(':') {
        Some(rest) => (true, rest),
        None => (false, target),
    };
    let (page, fragment) = match target.split_once('#') {
        Some((p, f)) => (p, Some(f.to_string())),
        None => (target, None),
    };
    if page.trim().is_empty() {
        return fragment.map_or(Target::Invalid, Target::Fragment);
    }
    match Title::parse(page) {
        Ok(title) => match title.category_name() {
            Some(name) if !plain => Target::Category(name.to_string()),
            _ => Target::Page(title, fragment),
        },
        Err(_) => Target::Invalid,
    }
}

/// The pages and categories `source` links to.
pub fn links(source: &str) -> Links {
    let arena = Arena::new();
    let options = options();
    let root = parse_document(&arena, source, &options);
    let mut links = Links::default();
    for node in root.descendants() {
        if let NodeValue::WikiLink(link) = &node.data.borrow().value {
            match classify(&link.url) {
                Target::Page(title, _) if !links.pages.contains(&title) => links.pages.push(title),
                Target::Category(name) if !links.categories.contains(&name) => {
                    links.categories.push(name)
                }
                _ => {}
            }
        }
    }
    links
}

/// Every page title that `source` links to (for red links).
pub fn link_targets(source: &str) -> Vec<Title> {
    links(source).pages
}

/// Renders `source` to unsanitised HTML and returns its top-level headings. Call
/// [`super::sanitise::clean`] on the result.
pub fn render(source: &str, ctx: &RenderContext<'_>) -> (String, Vec<Heading>) {
    let arena = Arena::new();
    let options = options();
    let root = parse_document(&arena, source, &options);
    demote_first_level_headings(root);
    let categories = rewrite_wiki_links(&arena, root, ctx);
    let headings = rewrite_headings(&arena, root, ctx, &options);
    let mut html = String::new();
    if format_html(root, &options, &mut html).is_err() {
        html.clear();
    }
    if headings.len() >= 3 {
        html = format!("{}{html}", contents_list(&headings, ctx.lang));
    }
    if !categories.is_empty() {
        html.push_str(&categories_box(&categories, ctx.lang));
    }
    (html, headings)
}

/// The page title is the only `h1`: a `# Heading` in the text becomes an `h2`.
fn demote_first_level_headings<'a>(root: &'a AstNode<'a>) {
    for node in root.descendants() {
        if let NodeValue::Heading(heading) = &mut node.data.borrow_mut().value {
            if heading.level == 1 {
                heading.level = 2;
            }
        }
    }
}

fn rewrite_wiki_links<'a>(
    arena: &'a Arena<'a>,
    root: &'a AstNode<'a>,
    ctx: &RenderContext<'_>,
) -> Vec<String> {
    let mut categories = Vec::new();
    let links: Vec<&AstNode> = root
        .descendants()
        .filter(|n| matches!(n.data.borrow().value, NodeValue::WikiLink(_)))
        .collect();
    for node in links {
        let target = match &node.data.borrow().value {
            NodeValue::WikiLink(link) => link.url.clone(),
            _ => continue,
        };
        let (open, close) = match classify(&target) {
            Target::Category(name) => {
                if !categories.contains(&name) {
                    categories.push(name);
                }
                let parent = node.parent();
                node.detach();
                // A paragraph that held only category links disappears with them.
                if let Some(p) = parent {
                    let empty = p.children().all(|c| {
                        matches!(&c.data.borrow().value, NodeValue::SoftBreak | NodeValue::LineBreak)
                            || matches!(&c.data.borrow().value, NodeValue::Text(t) if t.trim().is_empty())
                    });
                    if empty && matches!(p.data.borrow().value, NodeValue::Paragraph) {
                        p.detach();
                    }
                }
                continue;
            }
            Target::Page(title, fragment)
                if ctx.existing.contains(title.as_str()) || title.category_name().is_some() =>
            {
                let anchor = fragment
                    .map(|f| format!("#{}", Anchorizer::new().anchorize(&f)))
                    .unwrap_or_default();
                (
                    format!(
                        "<a href=\"{}{}\">",
                        escape_attr(&title.href()),
                        escape_attr(&anchor)
                    ),
                    "</a>".to_string(),
                )
            }
            Target::Page(title, _) => (
                format!(
                    "<a href=\"{}\" class=\"wiki-new\">",
                    escape_attr(&title.action_href("edit"))
                ),
                format!(
                    "<span class=\"wiki-new-marker\"> ({})</span></a>",
                    escape_text(&ctx.lang.t("wiki-link-missing"))
                ),
            ),
            Target::Fragment(f) => (
                format!(
                    "<a href=\"#{}\">",
                    escape_attr(&Anchorizer::new().anchorize(&f))
                ),
                "</a>".to_string(),
            ),
            // Not a valid title: leave the text as written, without a link.
            Target::Invalid => (String::new(), String::new()),
        };
        let opening = arena.alloc(AstNode::from(NodeValue::HtmlInline(open)));
        node.insert_before(opening);
        let children: Vec<&AstNode> = node.children().collect();
        for child in children {
            node.insert_before(child);
        }
        let closing = arena.alloc(AstNode::from(NodeValue::HtmlInline(close)));
        node.insert_before(closing);
        node.detach();
    }
    categories
}

fn categories_box(categories: &[String], lang: Lang) -> String {
    let mut html = format!(
        "<nav class=\"categories\" aria-labelledby=\"categories-heading\"><h2 id=\"categories-heading\" class=\"categories__heading\">{}</h2><ul>",
        escape_text(&lang.t("wiki-categories"))
    );
    for name in categories {
        if let Ok(title) = Title::parse(&format!("Category:{name}")) {
            html.push_str(&format!(
                "<li><a href=\"{}\">{}</a></li>",
                escape_attr(&title.href()),
                escape_text(name)
            ));
        }
    }
    html.push_str("</ul></nav>\n");
    html
}

fn rewrite_headings<'a>(
    arena: &'a Arena<'a>,
    root: &'a AstNode<'a>,
    ctx: &RenderContext<'_>,
    options: &Options,
) -> Vec<Heading> {
    let mut anchorizer = Anchorizer::new();
    let mut headings = Vec::new();
    let top_level: Vec<&AstNode> = root
        .children()
        .filter(|n| matches!(n.data.borrow().value, NodeValue::Heading(_)))
        .collect();
    for (index, node) in top_level.into_iter().enumerate() {
        let level = match &node.data.borrow().value {
            NodeValue::Heading(h) => h.level,
            _ => continue,
        };
        let text = plain_text(node);
        let anchor = anchorizer.anchorize(&text);
        let mut rendered = String::new();
        if format_html(node, options, &mut rendered).is_err() {
            continue;
        }
        let inner = inner_html(&rendered);
        let section = index + 1;
        let mut html = format!(
            "<h{level} id=\"{}\">{inner}</h{level}>\n",
            escape_attr(&anchor)
        );
        if let (Some(page), true) = (ctx.page, ctx.section_links) {
            html.push_str(&format!(
                "<p class=\"section-edit\"><a href=\"{}?section={section}\">{}<span class=\"visually-hidden\"> {}</span></a></p>\n",
                escape_attr(&page.action_href("edit")),
                escape_text(&ctx.lang.t("wiki-edit-section")),
                escape_text(&ctx.lang.t_args("wiki-edit-section-name", &[("heading", text.clone().into())])),
            ));
        }
        let block = arena.alloc(AstNode::from(NodeValue::HtmlBlock(NodeHtmlBlock {
            block_type: 6,
            literal: html,
        })));
        node.insert_before(block);
        node.detach();
        headings.push(Heading {
            level,
            text,
            anchor,
            section,
        });
    }
    headings
}

fn contents_list(headings: &[Heading], lang: Lang) -> String {
    let mut html = format!(
        "<nav class=\"toc\" aria-labelledby=\"toc-heading\"><h2 id=\"toc-heading\" class=\"toc__heading\">{}</h2><ol class=\"toc__list\">",
        escape_text(&lang.t("wiki-contents"))
    );
    let min_level = headings.iter().map(|h| h.level).min().unwrap_or(1);
    for h in headings {
        html.push_str(&format!(
            "<li class=\"toc__item toc__item--{}\"><a href=\"#{}\">{}</a></li>",
            (h.level - min_level + 1).min(6),
            escape_attr(&h.anchor),
            escape_text(&h.text)
        ));
    }
    html.push_str("</ol></nav>\n");
    html
}

/// The text content of a node (what comrak's anchorizer would see).
fn plain_text<'a>(node: &'a AstNode<'a>) -> String {
    let mut text = String::new();
    for d in node.descendants() {
        match &d.data.borrow().value {
            NodeValue::Text(t) => text.push_str(t),
            NodeValue::Code(c) => text.push_str(&c.literal),
            NodeValue::SoftBreak | NodeValue::LineBreak => text.push(' '),
            _ => {}
        }
    }
    text.trim().to_string()
}

/// `<h2>inner</h2>\n` → `inner`.
fn inner_html(rendered: &str) -> &str {
    let start = rendered.find('>').map_or(0, |i| i + 1);
    let end = rendered.rfind("</h").unwrap_or(rendered.len());
    if start <= end {
        &rendered[start..end]
    } else {
        ""
    }
}

pub fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

pub fn escape_attr(text: &str) -> String {
    escape_text(text)
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx<'a>(existing: &'a HashSet<String>, page: Option<&'a Title>) -> RenderContext<'a> {
        RenderContext {
            lang: Lang::En,
            page,
            existing,
            section_links: true,
        }
    }

    #[test]
    fn wiki_links_point_at_pages_or_their_edit_forms() {
        let existing: HashSet<String> = ["Meeting schedule".to_string()].into();
        let (html, _) = render(
            "See [[Meeting schedule]], [[meeting_schedule|the schedule]], [[Meeting schedule#Who we met]] and [[Reading list]].",
            &ctx(&existing, None),
        );
        assert!(
            html.contains("<a href=\"/wiki/Meeting_schedule\">Meeting schedule</a>"),
            "{html}"
        );
        assert!(
            html.contains("<a href=\"/wiki/Meeting_schedule\">the schedule</a>"),
            "{html}"
        );
        assert!(
            html.contains("<a href=\"/wiki/Meeting_schedule#who-we-met\">"),
            "{html}"
        );
        assert!(html.contains("<a href=\"/wiki/Reading_list/edit\" class=\"wiki-new\">Reading list<span class=\"wiki-new-marker\"> (page not written yet)</span></a>"), "{html}");
        assert_eq!(link_targets("[[a]] [[B|x]] [[a#s]] `[[not]]`").len(), 2);
        let found = links("[[Category:Reports]] [[:Category:Plans]] [[category:reports]]");
        assert_eq!(found.categories, vec!["Reports".to_string()]);
        assert_eq!(found.pages, vec![Title::parse("Category:Plans").unwrap()]);
        let (html, _) = render("Text.\n\n[[Category:Reports]]\n", &ctx(&existing, None));
        assert!(!html.contains("<p></p>"), "{html}");
        assert!(html.contains("<nav class=\"categories\""), "{html}");
        assert!(html.contains("href=\"/wiki/Category:Reports\""), "{html}");
    }

    #[test]
    fn headings_get_anchors_edit_links_and_contents() {
        let title = Title::parse("Aims").unwrap();
        let existing = HashSet::new();
        let (html, headings) = render(
            "intro\n\n## Aims\n\ntext\n\n## Aims\n\n### Outputs and *outcomes*\n",
            &ctx(&existing, Some(&title)),
        );
        let anchors: Vec<&str> = headings.iter().map(|h| h.anchor.as_str()).collect();
        assert_eq!(anchors, vec!["aims", "aims-1", "outputs-and-outcomes"]);
        assert!(html.contains("<h2 id=\"aims\">Aims</h2>"), "{html}");
        let (demoted, _) = render("# Title in text\n", &ctx(&existing, None));
        assert!(demoted.contains("<h2 id=\"title-in-text\">"), "{demoted}");
        assert!(
            html.contains("<h3 id=\"outputs-and-outcomes\">Outputs and <em>outcomes</em></h3>"),
            "{html}"
        );
        assert!(
            html.contains("href=\"/wiki/Aims/edit?section=3\""),
            "{html}"
        );
        assert!(
            html.starts_with("<nav class=\"toc\""),
            "contents list for 3+ headings"
        );
    }
}
