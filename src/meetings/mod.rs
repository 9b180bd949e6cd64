//! Meetings with stakeholders. `bank_holidays` knows the UK's bank holidays by nation; `when` turns London dates and times into UTC and back
//! (clock changes included); `model` owns the `meetings` table; `form` the coordinators'
//! form and its checks; `ics` writes iCalendar files; `pages` the handlers (the public list
//! and meeting pages, the coordinators' schedule and change forms); `feeds` the public
//! calendar feed and each coordinator's private one; `ics_import` + `import_page` turn uploaded `.ics` files into proposed meetings; `month` the month view as a table; `taking_part` the organisations at a
//! meeting and their consent to be named; `who_we_met` the public list built from them;
//! `requests` (+ `requests_model`) the public "Let's meet" form and its queue; `polls`, `poll_results`, `poll_answer` (+
//! `polls_model`) finding a time; `after` (+ `after_model`) minutes, actions, people and
//! attachments.

pub mod after;
pub mod after_model;
pub mod bank_holidays;
pub mod feeds;
pub mod form;
pub mod ics;
pub mod ics_import;
pub mod import_page;
pub mod model;
pub mod month;
pub mod pages;
pub mod poll_answer;
pub mod poll_results;
pub mod polls;
pub mod polls_model;
pub mod requests;
pub mod requests_model;
pub mod taking_part;
pub mod when;
pub mod who_we_met;
