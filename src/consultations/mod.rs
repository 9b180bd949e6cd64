//! Open consultations (issue #12): a document published in versions and discussed block by
//! block. `blocks` splits a document into blocks and matches each new version's blocks to
//! the previous version's so that their ids (and the comments hung on them) survive edits,
//! moves and insertions; `model` holds consultations, their immutable versions and blocks
//! (publishing in one transaction), phases from the dates, and comments (accepted only
//! while open, only on a block of the current version); `form` the editors' and comment
//! forms; `read` the list, the document and a block's page with its comments; `comment`
//! commenting, replying and agreeing; `suggest` suggested changes and the editors'
//! decisions; `edit` the
//! editors' pages and publishing; `moderate` hiding a comment with its reason; `exports` the public comments as CSV, JSON
//! and Atom; `versions` a past version and the differences
//! between two; `demo` the concept paper for `serve --demo`.

pub mod blocks;
pub mod comment;
pub mod demo;
pub mod edit;
pub mod exports;
pub mod form;
pub mod model;
pub mod moderate;
pub mod read;
pub mod suggest;
pub mod versions;
