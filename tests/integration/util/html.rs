//! Assertions on page structure, with a real HTML parser.

use scraper::{Html, Selector};

pub struct Page {
    doc: Html,
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e:?}"))
}

impl Page {
    pub fn parse(body: &str) -> Page {
        Page {
            doc: Html::parse_document(body),
        }
    }

    pub fn count(&self, css: &str) -> usize {
        self.doc.select(&selector(css)).count()
    }

    /// Text of every element matching `css`, whitespace collapsed.
    pub fn texts(&self, css: &str) -> Vec<String> {
        self.doc
            .select(&selector(css))
            .map(|e| {
                e.text()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    pub fn text(&self, css: &str) -> String {
        self.texts(css)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("nothing matches {css}"))
    }

    /// Text of the first element matching `css`, exactly as written (for textareas).
    pub fn raw_text(&self, css: &str) -> String {
        self.doc
            .select(&selector(css))
            .next()
            .map(|e| e.text().collect::<String>())
            .unwrap_or_else(|| panic!("nothing matches {css}"))
    }

    pub fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.doc
            .select(&selector(css))
            .next()
            .and_then(|e| e.value().attr(name))
            .map(str::to_string)
    }

    pub fn attrs(&self, css: &str, name: &str) -> Vec<String> {
        self.doc
            .select(&selector(css))
            .filter_map(|e| e.value().attr(name))
            .map(str::to_string)
            .collect()
    }

    pub fn lang(&self) -> String {
        self.attr("html", "lang").unwrap_or_default()
    }

    /// The conventions every page keeps: one h1, `lang`, a title naming the site, a skip
    /// link to `#main`, the language switch, labelled inputs.
    #[track_caller]
    pub fn assert_page_conventions(&self) {
        assert_eq!(self.count("h1"), 1, "exactly one h1");
        assert!(
            ["en", "cy"].contains(&self.lang().as_str()),
            "html lang is set"
        );
        assert!(
            self.text("title").contains("Coproduce"),
            "title names the site"
        );
        assert_eq!(self.attr("a.skip-link", "href").as_deref(), Some("#main"));
        assert_eq!(self.count("main#main"), 1);
        assert_eq!(
            self.count("a.lang-switch"),
            1,
            "language switch on every page"
        );
        for id in self.attrs("input:not([type=hidden]), select, textarea", "id") {
            assert_eq!(
                self.count(&format!("label[for='{id}']")),
                1,
                "input #{id} has a label"
            );
        }
    }

    /// The error summary is present and links to each field given.
    #[track_caller]
    pub fn assert_error_summary(&self, fields: &[&str]) {
        assert_eq!(self.count(".error-summary[role=alert]"), 1, "error summary");
        let links = self.attrs(".error-summary a", "href");
        for field in fields {
            assert!(
                links.contains(&format!("#{field}")),
                "summary links to #{field}: {links:?}"
            );
            assert_eq!(self.count(&format!("#{field}")), 1, "field #{field} exists");
        }
        assert!(self.text("title").starts_with("Error") || self.text("title").starts_with("Gwall"));
    }
}
