//! Embedded migrations, one directory per backend (`migrations/sqlite`, `migrations/postgres`).
//! They are compiled into the binary, so a single file is all an operator deploys. sqlx's
//! migrator records applied versions and, on PostgreSQL, takes an advisory lock so several
//! instances starting together migrate once.

use std::borrow::Cow;

use anyhow::Context;
use sqlx::migrate::{Migration, MigrationType, Migrator};

use super::{Backend, Db};

/// (version, description, SQLite text, PostgreSQL text)
const MIGRATIONS: &[(i64, &str, &str, &str)] = &[
    (
        1,
        "foundation",
        include_str!("../../migrations/sqlite/0001_foundation.sql"),
        include_str!("../../migrations/postgres/0001_foundation.sql"),
    ),
    (
        2,
        "wiki",
        include_str!("../../migrations/sqlite/0002_wiki.sql"),
        include_str!("../../migrations/postgres/0002_wiki.sql"),
    ),
    (
        3,
        "files",
        include_str!("../../migrations/sqlite/0003_files.sql"),
        include_str!("../../migrations/postgres/0003_files.sql"),
    ),
    (
        4,
        "organisations",
        include_str!("../../migrations/sqlite/0004_organisations.sql"),
        include_str!("../../migrations/postgres/0004_organisations.sql"),
    ),
    (
        5,
        "outreach",
        include_str!("../../migrations/sqlite/0005_outreach.sql"),
        include_str!("../../migrations/postgres/0005_outreach.sql"),
    ),
    (
        6,
        "imports",
        include_str!("../../migrations/sqlite/0006_imports.sql"),
        include_str!("../../migrations/postgres/0006_imports.sql"),
    ),
    (
        7,
        "meetings",
        include_str!("../../migrations/sqlite/0007_meetings.sql"),
        include_str!("../../migrations/postgres/0007_meetings.sql"),
    ),
    (
        8,
        "events",
        include_str!("../../migrations/sqlite/0008_events.sql"),
        include_str!("../../migrations/postgres/0008_events.sql"),
    ),
    (
        9,
        "meeting work",
        include_str!("../../migrations/sqlite/0009_meeting_work.sql"),
        include_str!("../../migrations/postgres/0009_meeting_work.sql"),
    ),
    (
        10,
        "jobs",
        include_str!("../../migrations/sqlite/0010_jobs.sql"),
        include_str!("../../migrations/postgres/0010_jobs.sql"),
    ),
    (
        11,
        "settings and the health probe",
        include_str!("../../migrations/sqlite/0011_settings.sql"),
        include_str!("../../migrations/postgres/0011_settings.sql"),
    ),
    (
        12,
        "register imports",
        include_str!("../../migrations/sqlite/0012_register_import.sql"),
        include_str!("../../migrations/postgres/0012_register_import.sql"),
    ),
    (
        13,
        "consultations",
        include_str!("../../migrations/sqlite/0013_consultations.sql"),
        include_str!("../../migrations/postgres/0013_consultations.sql"),
    ),
    (
        14,
        "consultation responses",
        include_str!("../../migrations/sqlite/0014_consultation_responses.sql"),
        include_str!("../../migrations/postgres/0014_consultation_responses.sql"),
    ),
    (
        15,
        "consortium and proposals",
        include_str!("../../migrations/sqlite/0015_consortium.sql"),
        include_str!("../../migrations/postgres/0015_consortium.sql"),
    ),
    (
        16,
        "members-only wiki pages",
        include_str!("../../migrations/sqlite/0016_members_only_pages.sql"),
        include_str!("../../migrations/postgres/0016_members_only_pages.sql"),
    ),
    (
        17,
        "the plan",
        include_str!("../../migrations/sqlite/0017_plan.sql"),
        include_str!("../../migrations/postgres/0017_plan.sql"),
    ),
];

/// Applies every migration not yet applied to this database.
pub async fn run_migrations(db: &Db) -> anyhow::Result<()> {
    let migrations: Vec<Migration> = MIGRATIONS
        .iter()
        .map(|(version, description, sqlite, postgres)| {
            let sql = match db.backend {
                Backend::Sqlite => *sqlite,
                Backend::Postgres => *postgres,
            };
            Migration::new(
                *version,
                Cow::Borrowed(*description),
                MigrationType::Simple,
                Cow::Borrowed(sql),
                false,
            )
        })
        .collect();
    let migrator = Migrator {
        migrations: Cow::Owned(migrations),
        ignore_missing: false,
        locking: true,
        no_tx: false,
    };
    migrator
        .run(&db.pool)
        .await
        .context("database migration failed")?;
    Ok(())
}
