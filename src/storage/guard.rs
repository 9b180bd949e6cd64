//! Guarding against a SQLite database that disappeared while Coproduce was using it (or
//! between two starts): a marker file beside the database says one was created here, so a
//! start that finds the marker but not the database refuses to make a fresh, empty one
//! unless asked to with `--init`; and the live file's identity (device and inode), which
//! `/healthz` checks, so a database deleted or replaced under a running server is reported
//! at once instead of acknowledged writes going nowhere; and the lock a running server
//! holds (a shared file lock beside a SQLite database, a shared advisory lock on
//! PostgreSQL), so `restore` refuses while any instance is using the database.

use std::path::{Path, PathBuf};

use anyhow::bail;

/// The marker's name, beside the database file.
pub const MARKER: &str = ".coproduce-database";

/// The file a `sqlite:` URL names (`None` for PostgreSQL or an in-memory database).
pub fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && !path.contains(":memory:")).then(|| PathBuf::from(path))
}

fn marker_for(file: &Path) -> PathBuf {
    file.with_file_name(MARKER)
}

/// Refuses to start on a SQLite database that was created here before and is now
/// missing, unless `init` (the person asked for a fresh database).
pub fn check_present(url: &str, init: bool) -> anyhow::Result<()> {
    let Some(file) = sqlite_file(url) else {
        return Ok(());
    };
    if !init && !file.exists() && marker_for(&file).exists() {
        bail!(
            "the database {} is missing, though one was created there before: restore it \
             from a backup (`coproduce restore FILE`), or start with an empty one by adding \
             --init",
            file.display()
        );
    }
    Ok(())
}

/// Records that the database now exists here (see [`check_present`]).
pub fn mark_created(url: &str) -> anyhow::Result<()> {
    if let Some(file) = sqlite_file(url) {
        let marker = marker_for(&file);
        if !marker.exists() {
            std::fs::write(
                &marker,
                "Coproduce created its database beside this file; see docs/OPERATIONS.md.\n",
            )?;
        }
    }
    Ok(())
}

/// Which file a running server is using.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileIdentity {
    path: PathBuf,
    device: u64,
    inode: u64,
}

impl FileIdentity {
    /// The identity of the file at `path`, if it exists.
    pub fn of(path: &Path) -> Option<FileIdentity> {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(path).ok()?;
        Some(FileIdentity {
            path: path.to_path_buf(),
            device: meta.dev(),
            inode: meta.ino(),
        })
    }

    /// Whether the same file is still at its path (not deleted, not replaced).
    pub fn still_there(&self) -> bool {
        FileIdentity::of(&self.path).as_ref() == Some(self)
    }
}

/// The advisory lock key a running server holds (shared) on PostgreSQL.
const PG_LOCK_KEY: i64 = 0x436f_7072_6f64_7563;

/// Held by a running server for its whole life (a shared lock: several instances may run);
/// a restore takes the lock exclusively, so it refuses while any server is running.
pub struct ServerLock {
    _file: Option<std::fs::File>,
    /// A connection of its own (not the pool's: a session-level lock must not be handed
    /// to other work), closed by [`ServerLock::release`] or, at worst, when dropped.
    connection: Option<sqlx::AnyConnection>,
}

impl ServerLock {
    /// Gives the lock back (the server has stopped).
    pub async fn release(mut self) -> anyhow::Result<()> {
        if let Some(mut connection) = self.connection.take() {
            use sqlx::Connection;
            sqlx::query("SELECT pg_advisory_unlock_shared($1)")
                .bind(PG_LOCK_KEY)
                .execute(&mut connection)
                .await?;
            connection.close().await?;
        }
        Ok(())
    }
}

fn lock_file(url: &str) -> Option<PathBuf> {
    sqlite_file(url).map(|db| db.with_file_name("coproduce.lock"))
}

/// Takes the server's shared lock on the database `db` (at `url`).
pub async fn hold_server_lock(db: &super::Db, url: &str) -> anyhow::Result<ServerLock> {
    match db.backend {
        super::Backend::Sqlite => {
            let Some(path) = lock_file(url) else {
                return Ok(ServerLock {
                    _file: None,
                    connection: None,
                });
            };
            let file = std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)?;
            file.lock_shared()?;
            Ok(ServerLock {
                _file: Some(file),
                connection: None,
            })
        }
        super::Backend::Postgres => {
            let mut connection = db.pool.acquire().await?.detach();
            sqlx::query("SELECT pg_advisory_lock_shared($1)")
                .bind(PG_LOCK_KEY)
                .execute(&mut connection)
                .await?;
            Ok(ServerLock {
                _file: None,
                connection: Some(connection),
            })
        }
    }
}

const RUNNING: &str = "a Coproduce server is using this database: stop every instance first, \
                       then restore (writes it acknowledged afterwards would be lost)";

/// Fails when a server holds its lock on the database at `url`.
pub async fn refuse_if_server_running(backend: super::Backend, url: &str) -> anyhow::Result<()> {
    match backend {
        super::Backend::Sqlite => {
            let Some(path) = lock_file(url).filter(|p| p.exists()) else {
                return Ok(());
            };
            let file = std::fs::OpenOptions::new().write(true).open(&path)?;
            match file.try_lock() {
                Ok(()) => Ok(()),
                Err(std::fs::TryLockError::WouldBlock) => bail!(RUNNING),
                Err(std::fs::TryLockError::Error(e)) => Err(e.into()),
            }
        }
        super::Backend::Postgres => {
            use sqlx::{ConnectOptions, Connection, Row};
            let options: sqlx::any::AnyConnectOptions = url.parse()?;
            let mut connection = options.connect().await?;
            let free: bool = sqlx::query("SELECT pg_try_advisory_lock($1) AS free")
                .bind(PG_LOCK_KEY)
                .fetch_one(&mut connection)
                .await?
                .try_get("free")?;
            if free {
                sqlx::query("SELECT pg_advisory_unlock($1)")
                    .bind(PG_LOCK_KEY)
                    .execute(&mut connection)
                    .await?;
            }
            let _ = connection.close().await;
            if !free {
                bail!(RUNNING);
            }
            Ok(())
        }
    }
}
