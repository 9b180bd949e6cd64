//! Atom feeds: one shape for every feed the site publishes (an id and link to the page the
//! feed mirrors, a translated title with the site name, entries newest first), and one way
//! to serve a feed ([`feed_response`]) that leaves out every character XML 1.0 forbids, so
//! a control character typed into a summary or a title cannot break the feed for every
//! subscriber.

use atom_syndication::{Entry, Feed, FixedDateTime, Link, Text};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{TimeZone, Utc};

use crate::config::Config;
use crate::http::RequestContext;

/// `unix_seconds` as an Atom time (the epoch if out of range).
pub fn atom_time(unix_seconds: i64) -> FixedDateTime {
    Utc.timestamp_opt(unix_seconds, 0)
        .single()
        .unwrap_or_default()
        .fixed_offset()
}

/// An entry titled `title`, linking to `href`.
pub fn atom_entry(id: String, title: &str, href: String, updated: i64, summary: String) -> Entry {
    Entry {
        id,
        title: Text::plain(title.to_string()),
        updated: atom_time(updated),
        links: vec![Link {
            href,
            ..Link::default()
        }],
        summary: Some(Text::plain(summary)),
        ..Entry::default()
    }
}

/// Whether XML 1.0 allows `c` in a document (its `Char` production).
fn allowed_in_xml(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

/// `text` without the characters XML 1.0 forbids.
pub fn xml_safe(text: &str) -> String {
    text.chars().filter(|c| allowed_in_xml(*c)).collect()
}

/// `feed` as an Atom response; forbidden characters are left out of the document.
pub fn feed_response(feed: &Feed) -> Response {
    (
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        xml_safe(&feed.to_string()),
    )
        .into_response()
}

/// The feed of `entries` for the page at `path`, titled by the message `title_key`.
pub fn atom_response(
    config: &Config,
    ctx: &RequestContext,
    path: &str,
    title_key: &str,
    entries: Vec<Entry>,
) -> Response {
    let feed = Feed {
        id: config.link(path),
        title: Text::plain(format!(
            "{} – {}",
            ctx.lang.t(title_key),
            ctx.lang.t("site-name")
        )),
        updated: entries.first().map_or_else(|| atom_time(0), |e| e.updated),
        links: vec![Link {
            href: config.link(path),
            ..Link::default()
        }],
        entries,
        ..Feed::default()
    };
    feed_response(&feed)
}
