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
//! between two; `demo` the concept paper for `serve --demo`. Responding: `questions_page`
//! the editors' questions, `respond_form` and `respond` the response form and its personal
//! link, `received` responses entered by coordinators and their list; what we heard:
//! `themes_page` tagging, `analysis` the heat strip and counts, `response_page` "you said,
//! we did"; `follow_pages` following and stopping; `report` a visitor's report of a comment;
//! `import` reads a draft from `.md`, `.docx` or `.odt` and `import_page` offers it for review.

pub mod analysis;
pub mod answer_exports;
pub mod blocks;
pub mod comment;
pub mod demo;
pub mod document;
pub mod edit;
pub mod exports;
pub mod follow_pages;
pub mod form;
pub mod import;
pub mod import_page;
pub mod model;
pub mod moderate;
pub mod questions_page;
pub mod read;
pub mod received;
pub mod report;
pub mod respond;
pub mod respond_form;
pub mod response_page;
pub mod suggest;
pub mod themes_page;
pub mod versions;
