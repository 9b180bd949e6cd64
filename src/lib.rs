//! Coproduce: the self-hosted platform an equalities co-production initiative runs on.
//! See `docs/ARCHITECTURE.md` for how the parts fit together.

pub mod account;
pub mod admin;
pub mod app;
pub mod auth;
pub mod auth_pages;
pub mod calendar;
pub mod cli;
pub mod config;
pub mod consortium;
pub mod consultations;
pub mod demo;
pub mod error;
pub mod events;
pub mod files;
pub mod forms;
pub mod http;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod meetings;
pub mod metrics;
pub mod orgs;
pub mod plan;
pub mod proposals;
pub mod routes;
pub mod search;
pub mod server;
pub mod site;
pub mod state;
pub mod storage;
pub mod taxonomy;
pub mod views;
pub mod wiki;
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
