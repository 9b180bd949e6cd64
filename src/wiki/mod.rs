//! The wiki: pages with full history, diffs, edits that are merged rather than lost, talk
//! pages, search and feeds. `title` owns page names and URLs; `markdown` and `sanitise`
//! turn text into safe HTML; `save` and `merge` keep every edit; `diff` compares
//! revisions; `model` and `search` hold the queries; `readers` says who may read a page
//! (members-only pages); handlers are one file per action.

pub mod changes;
pub mod comments;
pub mod conflict;
pub mod demo;
pub mod diff;
pub mod edit;
pub mod history;
pub mod manage;
pub mod markdown;
pub mod merge;
pub mod model;
pub mod readers;
pub mod render;
pub mod routing;
pub mod sanitise;
pub mod save;
pub mod search;
pub mod search_page;
pub mod sections;
pub mod talk;
pub mod title;
pub mod view;
pub mod watch;
