//! Tests of the foundation (issue #2): pages, languages, accounts, roles, e-mail, security
//! and operations.

mod account;
mod admin;
mod bad_input;
mod connections;
mod disk_full;
mod feeds_and_calendars;
mod group_commit;
mod jobs;
mod language;
mod links;
mod operations;
mod outbox;
mod pages;
mod security;
mod sign_in;
mod sign_up;
mod slow_smtp;
mod source_checks;
