//! Events (the open conversation, the summit) and registration for them. `model` owns the
//! `events` and `event_sessions` tables; `form` the organisers' and registrants' forms;
//! `registration` places, the waiting list and cancelling (capacity is never exceeded);
//! (access needs, venues and times are the shared `calendar`'s); `monitoring` the optional
//! equality questions, stored apart and published only as suppressed counts; `ics` the
//! calendar files; `reminders` the idempotent reminder and feedback e-mails; `pages` the
//! public and organisers' event pages; `register_pages` registering and the personal link;
//! `organise` the attendee list, access-needs checklist, CSV and check-in; `demo` the
//! founding events.

pub mod demo;
pub mod edit;
pub mod form;
pub mod ics;
pub mod model;
pub mod monitoring;
pub mod organise;
pub mod register_pages;
pub mod registrants;
pub mod registration;
pub mod reminders;
pub mod show;
