#![allow(clippy::unwrap_used, clippy::expect_used)]

//! The one integration test binary. Each test builds the real router on a fresh, migrated
//! database and sends requests in process. The backend is SQLite (a temporary file) unless
//! `COPRODUCE_TEST_POSTGRES_URL` is set, in which case each test gets its own PostgreSQL
//! schema; `scripts/test` runs the whole suite both ways. With `COPRODUCE_TEST_S3_ENDPOINT`
//! also set (scripts/test starts SeaweedFS), the PostgreSQL run keeps uploads in that
//! object store; `object_storage` always needs it.

mod consortium;
mod consultations;
mod events;
mod foundation;
mod meetings;
mod object_storage;
mod orgs;
mod plan;
mod proposals;
mod security_walk;
mod util;
mod wiki;
