//! The allow-list sanitiser every piece of rendered user text passes through (wiki pages,
//! previews, comments). Anything not listed here is removed: scripts, event handlers,
//! `style` (the Content-Security-Policy forbids inline styles anyway), `javascript:` and
//! `data:` URLs, forms, frames, SVG and MathML.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use ammonia::{Builder, UrlRelative};

fn builder() -> &'static Builder<'static> {
    static BUILDER: OnceLock<Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let tags: HashSet<&str> = [
            "a",
            "abbr",
            "blockquote",
            "br",
            "caption",
            "code",
            "dd",
            "del",
            "details",
            "div",
            "dl",
            "dt",
            "em",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "img",
            "input",
            "ins",
            "kbd",
            "li",
            "mark",
            "nav",
            "ol",
            "p",
            "pre",
            "q",
            "s",
            "section",
            "small",
            "span",
            "strong",
            "sub",
            "summary",
            "sup",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul",
        ]
        .into();
        let mut tag_attributes: HashMap<&str, HashSet<&str>> = HashMap::new();
        tag_attributes.insert("a", ["href", "title", "id"].into());
        tag_attributes.insert("img", ["src", "alt", "title", "width", "height"].into());
        tag_attributes.insert("input", ["type", "checked", "disabled"].into());
        tag_attributes.insert("ol", ["start"].into());
        tag_attributes.insert("li", ["id"].into());
        tag_attributes.insert("sup", ["id"].into());
        tag_attributes.insert("td", ["align"].into());
        tag_attributes.insert("th", ["align", "scope"].into());
        tag_attributes.insert("abbr", ["title"].into());
        tag_attributes.insert("nav", ["aria-labelledby"].into());
        for h in ["h1", "h2", "h3", "h4", "h5", "h6"] {
            tag_attributes.insert(h, ["id"].into());
        }
        let mut classes: HashMap<&str, HashSet<&str>> = HashMap::new();
        classes.insert("a", ["wiki-new", "footnote-backref"].into());
        classes.insert("span", ["wiki-new-marker", "visually-hidden"].into());
        classes.insert("p", ["section-edit"].into());
        classes.insert("nav", ["toc", "categories"].into());
        classes.insert("h2", ["toc__heading", "categories__heading"].into());
        classes.insert("ol", ["toc__list"].into());
        classes.insert(
            "li",
            [
                "toc__item",
                "toc__item--1",
                "toc__item--2",
                "toc__item--3",
                "toc__item--4",
                "toc__item--5",
                "toc__item--6",
            ]
            .into(),
        );
        classes.insert("section", ["footnotes"].into());
        classes.insert("sup", ["footnote-ref"].into());
        let mut builder = Builder::default();
        builder
            .tags(tags)
            .tag_attributes(tag_attributes)
            .generic_attributes(HashSet::new())
            .allowed_classes(classes)
            .url_schemes(["http", "https", "mailto"].into())
            .url_relative(UrlRelative::PassThrough)
            .link_rel(Some("noopener noreferrer nofollow"))
            .strip_comments(true);
        builder
    })
}

/// Cleans HTML to the allow-list.
pub fn clean(html: &str) -> String {
    builder().clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn scripts_handlers_and_dangerous_urls_are_removed() {
        let dirty = r#"<p onclick="x()">hi<script>alert(1)</script></p><a href="javascript:alert(1)">a</a><a href="&#106;avascript:alert(1)">b</a><img src=x onerror=alert(1)><svg><script>alert(1)</script></svg><iframe src="//evil"></iframe><p style="color:red">s</p><a href="data:text/html,<script>alert(1)</script>">d</a>"#;
        let cleaned = clean(dirty);
        for bad in [
            "script",
            "onclick",
            "onerror",
            "javascript",
            "iframe",
            "svg",
            "style",
            "data:",
        ] {
            assert!(
                !cleaned.to_lowercase().contains(bad),
                "{bad} survived: {cleaned}"
            );
        }
        assert!(cleaned.contains("<p>hi</p>"));
    }

    #[test]
    fn page_structure_survives() {
        let html = "<h2 id=\"aims\">Aims</h2><p class=\"section-edit\"><a href=\"/wiki/A/edit?section=1\">edit</a></p><a href=\"/wiki/B/edit\" class=\"wiki-new\">B<span class=\"wiki-new-marker\"> (new)</span></a><a class=\"evil\" href=\"/x\">x</a>";
        let cleaned = clean(html);
        assert!(cleaned.contains("<h2 id=\"aims\">"));
        assert!(cleaned.contains("class=\"section-edit\""));
        assert!(cleaned.contains("class=\"wiki-new\""));
        assert!(!cleaned.contains("evil"));
    }
}
