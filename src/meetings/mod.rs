//! Meetings with stakeholders. `model` owns the `meetings` table; `form` the coordinators'
//! form and its checks; `ics` the meeting as an iCalendar entry (written by
//! `calendar::ics`); `pages` the handlers (the public list and meeting pages, the
//! coordinators' schedule and change forms); `ics_import` + `import_page` turn uploaded
//! `.ics` files into proposed meetings; `taking_part` the organisations at a meeting and
//! their consent to be named; `who_we_met` the public list built from them; `requests` (+
//! `requests_model`) the public "Let's meet" form and its queue; `polls`, `poll_results`,
//! `poll_answer` (+ `polls_model`) finding a time; `after` (+ `after_model`) minutes,
//! actions, people and attachments; `workflows` the multi-step changes (confirming a poll,
//! handling a request), each one transaction with its mail. Times, bank holidays, venues, the combined feeds and
//! the month view are the shared `calendar`'s.

pub mod after;
pub mod edit;
pub mod form;
pub mod ics;
pub mod ics_import;
pub mod import_page;
pub mod model;
pub mod poll_answer;
pub mod poll_results;
pub mod polls;
pub mod requests;
pub mod show;
pub mod taking_part;
pub mod who_we_met;
pub mod workflows;
