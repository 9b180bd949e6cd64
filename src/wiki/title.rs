//! Page titles: how a title is normalised, validated and written in a URL.
//!
//! As in MediaWiki, `Meeting_schedule` and `meeting schedule` name the same page
//! ("Meeting schedule"): underscores are spaces, runs of spaces collapse, and the first
//! letter is upper case. Slashes make sub-pages ("Aims/2019"). URLs write spaces as
//! underscores and percent-encode what must be.

use std::fmt;

/// The last path segments that are actions on a page, not part of its title.
pub const ACTIONS: &[&str] = &[
    "edit",
    "history",
    "history.atom",
    "talk",
    "diff",
    "revert",
    "info",
    "links",
    "move",
    "protect",
    "delete",
    "watch",
];

/// Why a title is refused (each maps to a Fluent message).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleProblem {
    Empty,
    TooLong,
    ForbiddenCharacter,
    BadSlash,
    ReservedName,
}

impl TitleProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            TitleProblem::Empty => "wiki-error-title-empty",
            TitleProblem::TooLong => "wiki-error-title-too-long",
            TitleProblem::ForbiddenCharacter => "wiki-error-title-character",
            TitleProblem::BadSlash => "wiki-error-title-slash",
            TitleProblem::ReservedName => "wiki-error-title-reserved",
        }
    }
}

/// The namespace of category pages (`Category:Reports`).
pub const CATEGORY: &str = "Category";

/// A valid, normalised page title.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Title(String);

/// Longest title, in bytes (MediaWiki's limit).
pub const MAX_BYTES: usize = 255;

impl Title {
    /// Normalises and validates `raw` (from a URL, a link or a form).
    pub fn parse(raw: &str) -> Result<Title, TitleProblem> {
        let spaced = raw.replace('_', " ");
        let collapsed = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
        if collapsed.is_empty() {
            return Err(TitleProblem::Empty);
        }
        if collapsed
            .chars()
            .any(|c| c.is_control() || "#<>[]|{}\u{fffd}".contains(c))
        {
            return Err(TitleProblem::ForbiddenCharacter);
        }
        if collapsed.starts_with('/')
            || collapsed.ends_with('/')
            || collapsed.contains("//")
            || collapsed
                .split('/')
                .any(|part| part.trim() == "." || part.trim() == "..")
        {
            return Err(TitleProblem::BadSlash);
        }
        let parts: Vec<String> = collapsed.split('/').map(|p| p.trim().to_string()).collect();
        if parts.iter().any(String::is_empty) {
            return Err(TitleProblem::BadSlash);
        }
        if let Some(last) = parts.last() {
            if parts.len() > 1 && ACTIONS.contains(&last.to_lowercase().as_str()) {
                return Err(TitleProblem::ReservedName);
            }
        }
        let joined = parts.join("/");
        let (namespace, rest) = match joined.split_once(':') {
            Some((ns, rest)) if ns.eq_ignore_ascii_case(CATEGORY) && !rest.trim().is_empty() => {
                ("Category:", rest.trim())
            }
            _ => ("", joined.as_str()),
        };
        let mut chars = rest.chars();
        let normalised = match chars.next() {
            Some(first) => format!(
                "{namespace}{}",
                first.to_uppercase().chain(chars).collect::<String>()
            ),
            None => return Err(TitleProblem::Empty),
        };
        if normalised.len() > MAX_BYTES {
            return Err(TitleProblem::TooLong);
        }
        Ok(Title(normalised))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The path segment(s) for URLs: spaces as underscores, the rest percent-encoded
    /// (slashes kept, so sub-pages read naturally).
    pub fn url_path(&self) -> String {
        self.0
            .split('/')
            .map(|part| {
                let underscored = part.replace(' ', "_");
                percent_encode_segment(&underscored)
            })
            .collect::<Vec<_>>()
            .join("/")
    }

    /// `/wiki/<title>`.
    pub fn href(&self) -> String {
        format!("/wiki/{}", self.url_path())
    }

    /// `/wiki/<title>/<action>`.
    pub fn action_href(&self, action: &str) -> String {
        format!("/wiki/{}/{action}", self.url_path())
    }

    /// For `Category:Name`, the category's name.
    pub fn category_name(&self) -> Option<&str> {
        self.0.strip_prefix("Category:")
    }

    /// The parent page of a sub-page ("Aims" for "Aims/2019").
    pub fn parent(&self) -> Option<Title> {
        self.0
            .rsplit_once('/')
            .and_then(|(parent, _)| Title::parse(parent).ok())
    }
}

impl fmt::Display for Title {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn percent_encode_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        let keep = byte.is_ascii_alphanumeric()
            || matches!(
                byte,
                b'-' | b'.'
                    | b'_'
                    | b'~'
                    | b'!'
                    | b'$'
                    | b'\''
                    | b'('
                    | b')'
                    | b'*'
                    | b','
                    | b';'
                    | b':'
                    | b'@'
            );
        if keep {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Splits a `/wiki/...` path (already percent-decoded) into the title and the action, if
/// its last segment names one.
pub fn split_action(path: &str) -> (&str, Option<&str>) {
    match path.rsplit_once('/') {
        Some((title, last)) if ACTIONS.contains(&last) => (title, Some(last)),
        _ => (path, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_normalise_like_mediawiki() {
        let t = Title::parse("meeting_schedule").unwrap();
        assert_eq!(t.as_str(), "Meeting schedule");
        assert_eq!(Title::parse("  Meeting   schedule ").unwrap(), t);
        assert_eq!(t.href(), "/wiki/Meeting_schedule");
        let welsh = Title::parse("ŵyl y Cymry").unwrap();
        assert_eq!(welsh.as_str(), "Ŵyl y Cymry");
        assert_eq!(welsh.href(), "/wiki/%C5%B4yl_y_Cymry");
        let apostrophe = Title::parse("Who we've met").unwrap();
        assert_eq!(apostrophe.href(), "/wiki/Who_we've_met");
        let sub = Title::parse("Aims/2019").unwrap();
        assert_eq!(sub.href(), "/wiki/Aims/2019");
        assert_eq!(sub.parent().unwrap().as_str(), "Aims");
        assert_eq!(Title::parse("a/b").unwrap().as_str(), "A/b");
        let category = Title::parse("category: reports").unwrap();
        assert_eq!(category.as_str(), "Category:Reports");
        assert_eq!(category.category_name(), Some("Reports"));
    }

    #[test]
    fn bad_titles_are_refused() {
        assert_eq!(Title::parse("  _ "), Err(TitleProblem::Empty));
        assert_eq!(Title::parse("a#b"), Err(TitleProblem::ForbiddenCharacter));
        assert_eq!(Title::parse("[[x]]"), Err(TitleProblem::ForbiddenCharacter));
        assert_eq!(Title::parse("/lead"), Err(TitleProblem::BadSlash));
        assert_eq!(Title::parse("a/../b"), Err(TitleProblem::BadSlash));
        assert_eq!(Title::parse("Page/edit"), Err(TitleProblem::ReservedName));
        assert_eq!(Title::parse(&"x".repeat(256)), Err(TitleProblem::TooLong));
        assert!(
            Title::parse("Edit").is_ok(),
            "an action word alone is a fine title"
        );
    }

    #[test]
    fn actions_split_from_the_path() {
        assert_eq!(split_action("Aims/2019/edit"), ("Aims/2019", Some("edit")));
        assert_eq!(split_action("Aims/2019"), ("Aims/2019", None));
        assert_eq!(split_action("Edit"), ("Edit", None));
    }
}
