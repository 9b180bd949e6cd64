#![allow(clippy::unwrap_used, clippy::expect_used)]

//! The one integration test binary. Each test builds the real router on a fresh, migrated
//! database and sends requests in process. The backend is SQLite (a temporary file) unless
//! `COPRODUCE_TEST_POSTGRES_URL` is set, in which case each test gets its own PostgreSQL
//! schema; `scripts/test` runs the whole suite both ways.

mod events;
mod foundation;
mod meetings;
mod orgs;
mod security_walk;
mod util;
mod wiki;
