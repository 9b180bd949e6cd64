//! Funding proposals (issue #13): a bid to a funder drafted section by section by the
//! consortium's members, with a budget and attachments, frozen into immutable versions
//! that each member signs off through a consortium decision, one of which is submitted,
//! and the funder's answer. `model` holds the tables and workflows; `words` and `money`
//! count words and read amounts as funders do; `budget_csv` the budget as CSV; `access`
//! who sees what; `form` the forms. Pages: `list` (the bids and starting one),
//! `overview` (a bid at a glance), `section_page` (drafting a section, its history and
//! comments), `budget_page`, `attachments_page` (checklist and files), `version_page`
//! (freezing, a frozen version, submitting) and `answer_page` (the funder's answer);
//! `demo` the example bid for `serve --demo`.

pub mod access;
pub mod answer_page;
pub mod attachments_page;
pub mod budget_csv;
pub mod budget_page;
pub mod demo;
pub mod form;
pub mod list;
pub mod model;
pub mod money;
pub mod overview;
pub mod section_page;
pub mod version_page;
pub mod words;
