//! Consistent online backups and restores.
//!
//! SQLite: `VACUUM INTO` writes a transactionally consistent copy while the server keeps
//! running (never a file copy, which could tear a page mid-write). Restoring checks the
//! backup's integrity, writes it beside the live file and renames it into place, so a failed
//! restore leaves the old database untouched. The server must be stopped for a restore.
//!
//! PostgreSQL: `pg_dump --format=custom` and `pg_restore --clean`, the tools PostgreSQL
//! itself documents for logical backups; they must be on `PATH`.

use std::path::Path;

use anyhow::{bail, Context};

use super::{Backend, Db};

/// Writes a consistent copy of the live database to `target` (which must not exist).
pub async fn backup(db: &Db, url: &str, target: &Path) -> anyhow::Result<()> {
    if target.exists() {
        bail!(
            "{} already exists: choose a new file name so no backup is overwritten",
            target.display()
        );
    }
    match db.backend {
        Backend::Sqlite => {
            let target_text = target
                .to_str()
                .context("the backup path must be valid UTF-8")?;
            sqlx::query("VACUUM INTO $1")
                .bind(target_text.to_string())
                .execute(&db.pool)
                .await
                .context("SQLite VACUUM INTO failed")?;
            Ok(())
        }
        Backend::Postgres => {
            run_tool(
                "pg_dump",
                &[
                    "--format=custom",
                    "--no-owner",
                    "--file",
                    &target.to_string_lossy(),
                    "--dbname",
                    url,
                ],
            )
            .await
        }
    }
}

/// Replaces the database with the contents of `source`.
pub async fn restore(backend: Backend, url: &str, source: &Path) -> anyhow::Result<()> {
    if !source.is_file() {
        bail!("{} is not a file", source.display());
    }
    super::guard::refuse_if_server_running(backend, url).await?;
    match backend {
        Backend::Sqlite => restore_sqlite(url, source).await,
        Backend::Postgres => {
            run_tool(
                "pg_restore",
                &[
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    "--dbname",
                    url,
                    &source.to_string_lossy(),
                ],
            )
            .await
        }
    }
}

async fn restore_sqlite(url: &str, source: &Path) -> anyhow::Result<()> {
    let live = sqlite_path(url)?;
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(source)
        .read_only(true);
    let backup_db = sqlx::SqlitePool::connect_with(options)
        .await
        .context("the backup is not a readable SQLite database")?;
    let check: (String,) = sqlx::query_as("PRAGMA integrity_check")
        .fetch_one(&backup_db)
        .await
        .context("the backup is not a readable SQLite database")?;
    if check.0 != "ok" {
        bail!("the backup failed its integrity check: {}", check.0);
    }
    let staging = live.with_extension("restoring");
    let _ = std::fs::remove_file(&staging);
    sqlx::query("VACUUM INTO $1")
        .bind(staging.to_string_lossy().to_string())
        .execute(&backup_db)
        .await
        .context("could not copy the backup")?;
    backup_db.close().await;
    for suffix in ["-wal", "-shm"] {
        let side = format!("{}{}", live.display(), suffix);
        let _ = std::fs::remove_file(side);
    }
    std::fs::rename(&staging, &live)
        .with_context(|| format!("could not move the restored database to {}", live.display()))?;
    Ok(())
}

fn sqlite_path(url: &str) -> anyhow::Result<std::path::PathBuf> {
    super::guard::sqlite_file(url).context("not a SQLite URL")
}

async fn run_tool(tool: &str, args: &[&str]) -> anyhow::Result<()> {
    let status = tokio::process::Command::new(tool)
        .args(args)
        .status()
        .await
        .with_context(|| format!("could not run {tool}: is it installed and on PATH?"))?;
    if !status.success() {
        bail!("{tool} failed ({status})");
    }
    Ok(())
}
