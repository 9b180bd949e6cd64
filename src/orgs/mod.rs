//! Making links: the organisations directory. `fields` owns a record's fields and their
//! validation; `model` the queries; handlers are one file per area: `directory` (public
//! list, filters, exports, feed), `record` (an organisation's page and history, and the
//! coordinators' add and edit forms), `submit` ("include my organisation" and its e-mail
//! confirmation) and `moderation` (the coordinators' queue). `demo` loads the organisations
//! the founding document names.

pub mod board;
pub mod bulk_pages;
pub mod demo;
pub mod directory;
pub mod duplicates;
pub mod exports;
pub mod fields;
pub mod import;
pub mod keys;
pub mod logo;
pub mod merge_page;
pub mod model;
pub mod moderation;
pub mod outreach;
pub mod reach;
pub mod record;
pub mod submit;
