//! Importing organisations from a spreadsheet or a charity register's download, as it
//! comes. `file` reads the upload; `settings` (columns, constants, value mapping, choices)
//! and `columns` turn a row into the organisation form; `values` translates a register's
//! wordings; `rows` fixes what can be fixed and leaves out what cannot; `matching` and
//! `plan` decide row by row what happens (the one planner the preview, the job and the
//! command line share); `job` writes it as a durable job; `record` is an import's own row,
//! `problems` its problem rows, `profiles` saved settings; `pages` the coordinator's
//! pages.

pub mod columns;
pub mod command;
pub mod file;
pub mod job;
pub mod matching;
pub mod pages;
pub mod plan;
pub mod preview;
pub mod problems;
pub mod profiles;
pub mod record;
pub mod rows;
pub mod settings;
pub mod settings_form;
pub mod values;
