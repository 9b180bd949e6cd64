//! Storage: the database pool, which backend it is, migrations and the clock.
//!
//! One SQL text with `$N` placeholders serves SQLite and PostgreSQL through sqlx's `Any`
//! driver. The few places where the dialects differ (claiming queue rows, backups) are named
//! functions that branch on [`Backend`].

pub mod backup;
mod batch;
pub mod blobs;
pub mod guard;
pub mod ids;
pub mod json_rows;
mod migrate;
pub mod settings;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

pub use migrate::run_migrations;

/// Which database engine a [`Db`] talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The application's database handle: cheap to clone, shared by every request and worker.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
    /// For SQLite, the database file this pool opened (see [`guard`]).
    pub file: Option<guard::FileIdentity>,
    /// SQLite has one writer: this process's writers queue here, in order, instead of
    /// each polling the database's lock with growing sleeps (see [`Db::begin_write`]).
    write_gate: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// This process's group-commit writer (see [`Db::write_batched`]).
    batcher: std::sync::Arc<batch::Batcher>,
}

/// Where the database lives: an explicit URL (PostgreSQL or SQLite) or a data directory
/// holding `coproduce.sqlite3`.
pub fn database_url(database_url: Option<&str>, data_dir: &Path) -> anyhow::Result<String> {
    if let Some(url) = database_url.filter(|u| !u.trim().is_empty()) {
        return Ok(url.to_string());
    }
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("cannot create the data directory {}", data_dir.display()))?;
    let file = data_dir.join("coproduce.sqlite3");
    Ok(format!("sqlite://{}?mode=rwc", file.display()))
}

impl Db {
    /// Connects, applies the SQLite pragmas we rely on (WAL, synchronous=FULL, foreign keys,
    /// a busy timeout) and returns the pool. Migrations are separate: see [`run_migrations`].
    pub async fn connect(url: &str, max_connections: u32) -> anyhow::Result<Db> {
        // PostgreSQL across a network: give up on a connection within seconds, so a
        // database that is down answers 503 at once instead of a 30 s hang. SQLite waits
        // only for its own other connections.
        let acquire = if url.starts_with("sqlite:") {
            Duration::from_secs(30)
        } else {
            Duration::from_secs(2)
        };
        Db::connect_with_timeout(url, max_connections, acquire).await
    }

    /// [`Db::connect`] with the time to wait for a free connection given.
    pub async fn connect_with_timeout(
        url: &str,
        max_connections: u32,
        acquire_timeout: Duration,
    ) -> anyhow::Result<Db> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            anyhow::bail!("unsupported database URL: use postgres://… or sqlite://…");
        };
        let options = AnyConnectOptions::from_str(url).context("invalid database URL")?;
        first_contact(url, &options).await?;
        let mut pool_options = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(acquire_timeout)
            // A connection whose transaction the database ended by itself (SQLite rolls
            // back on a full disk; the driver's own ROLLBACK then fails and it still counts
            // one transaction open) would refuse every later BEGIN: such a connection is
            // closed instead of going back to the pool. The ping first carries out the
            // rollback a dropped transaction queued.
            .after_release(|conn, _meta| {
                Box::pin(async move {
                    use sqlx::Connection;
                    // Almost every connection comes back outside a transaction: it goes
                    // straight back, without a round trip to its thread or server.
                    if !conn.is_in_transaction() {
                        return Ok(true);
                    }
                    conn.ping().await?;
                    if conn.is_in_transaction() {
                        tracing::warn!("closing a connection left inside a transaction");
                        return Ok(false);
                    }
                    Ok(true)
                })
            });
        if backend == Backend::Sqlite {
            // A SQLite connection is a file handle in this process: it cannot go stale, and
            // the release check above already closes any left inside a transaction. Pinging
            // it before each use would cost a hand-over to its thread per query (a third of
            // a signed-in page's time under load).
            pool_options = pool_options.test_before_acquire(false);
            pool_options = pool_options.after_connect(|conn, _meta| {
                Box::pin(async move {
                    conn.execute("PRAGMA journal_mode = WAL").await?;
                    conn.execute("PRAGMA synchronous = FULL").await?;
                    conn.execute("PRAGMA foreign_keys = ON").await?;
                    conn.execute("PRAGMA busy_timeout = 10000").await?;
                    Ok(())
                })
            });
        }
        let pool = pool_options
            .connect_with(options)
            .await
            .context("cannot connect to the database")?;
        let file = guard::sqlite_file(url).and_then(|path| guard::FileIdentity::of(&path));
        Ok(Db {
            pool,
            backend,
            file,
            write_gate: std::sync::Arc::default(),
            batcher: std::sync::Arc::default(),
        })
    }

    /// Whether the database answers, and for SQLite is still the file it opened; used by
    /// `/healthz`.
    /// Whether the database takes a write: one row of `health_probe` is rewritten in a
    /// committed write transaction. A full disk, a read-only file or a read-only PostgreSQL
    /// standby all fail it, where a plain `SELECT 1` would still pass.
    pub async fn can_write(&self) -> bool {
        let probe = async {
            let mut tx = self.begin_write().await?;
            sqlx::query(
                "INSERT INTO health_probe (id, written_at) VALUES (1, $1) \
                 ON CONFLICT (id) DO UPDATE SET written_at = excluded.written_at",
            )
            .bind(now())
            .execute(&mut *tx)
            .await?;
            tx.commit().await
        };
        match probe.await {
            Ok(()) => true,
            Err(error) => {
                tracing::error!(%error, "the database cannot take a write");
                false
            }
        }
    }

    pub async fn ping(&self) -> bool {
        if self.file.as_ref().is_some_and(|f| !f.still_there()) {
            tracing::error!("the database file was deleted or replaced while in use");
            return false;
        }
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }
}

/// Where `url` points, for messages: the PostgreSQL server and database without the
/// password, or the SQLite file.
fn describe(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.scheme().starts_with("postgres") => {
            let _ = parsed.set_password(None);
            parsed.set_query(None);
            format!("PostgreSQL at {parsed}")
        }
        _ => format!(
            "the SQLite database {}",
            url.trim_start_matches("sqlite://")
                .trim_start_matches("sqlite:")
                .split('?')
                .next()
                .unwrap_or(url)
        ),
    }
}

/// Connects once, directly, before the pool is made, so that a database that cannot be
/// reached says why (refused, wrong password, no such database, a file that cannot be
/// opened) within seconds, instead of a pool timing out after retrying in silence.
async fn first_contact(url: &str, options: &AnyConnectOptions) -> anyhow::Result<()> {
    use sqlx::ConnectOptions;
    let wait = Duration::from_secs(5);
    match tokio::time::timeout(wait, options.connect()).await {
        Err(_) => anyhow::bail!("no answer from {} within 5 seconds", describe(url)),
        Ok(Err(e)) => anyhow::bail!("cannot connect to {}: {e}", describe(url)),
        Ok(Ok(conn)) => {
            use sqlx::Connection;
            let _ = conn.close().await;
            Ok(())
        }
    }
}

/// The current time as Unix seconds (UTC): the one form times take in the database.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// How long a writer waits for its turn before giving up (as SQLite's busy timeout).
const WRITE_WAIT: Duration = Duration::from_secs(10);

/// A write transaction. On SQLite it also holds this process's turn to write, given back
/// when the transaction ends. It reads as the connection (`&mut *tx`).
pub struct WriteTx {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl WriteTx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.tx.rollback().await
    }
}

impl std::ops::Deref for WriteTx {
    type Target = sqlx::AnyConnection;
    fn deref(&self) -> &sqlx::AnyConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut sqlx::AnyConnection {
        &mut self.tx
    }
}

impl Db {
    /// Begins a transaction that will write. On SQLite it first waits its turn among this
    /// process's writers (first come, first served), then takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so two writers queue instead of failing with "database is
    /// locked" when the second upgrades from reading, and none sleeps on a lock another
    /// has just freed; on PostgreSQL it is a plain `BEGIN` and rows are locked with
    /// [`Db::for_update`].
    pub async fn begin_write(&self) -> Result<WriteTx, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => {
                let turn = tokio::time::timeout(WRITE_WAIT, self.write_gate.clone().lock_owned())
                    .await
                    .map_err(|_| sqlx::Error::PoolTimedOut)?;
                let tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
                Ok(WriteTx {
                    tx,
                    _turn: Some(turn),
                })
            }
            Backend::Postgres => Ok(WriteTx {
                tx: self.pool.begin().await?,
                _turn: None,
            }),
        }
    }

    /// The row-locking suffix for a `SELECT` inside a write transaction: `FOR UPDATE` on
    /// PostgreSQL, nothing on SQLite (whose write lock is already held).
    pub fn for_update(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "",
            Backend::Postgres => "FOR UPDATE",
        }
    }
}

/// A query being built, as the shared bind-list helpers take and return it.
pub type Query<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// `$1, $2, …` for `columns`: the VALUES list when a record's fields are bound first.
pub fn placeholders(columns: &[&str]) -> String {
    (1..=columns.len())
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `a = $1, b = $2, …` for `columns`: the SET list when a record's fields are bound first.
pub fn assignments(columns: &[&str]) -> String {
    columns
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} = ${}", i + 1))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether `e` is a unique-key violation; with `hint`, only of the unique index or
/// constraint whose name (PostgreSQL) or columns (SQLite's message) contain `hint`. The one
/// way code tells "already taken" from a real failure.
pub fn is_unique_violation(e: &sqlx::Error, hint: Option<&str>) -> bool {
    e.as_database_error().is_some_and(|d| {
        d.is_unique_violation()
            && hint.is_none_or(|h| {
                d.constraint().is_some_and(|c| c.contains(h)) || d.message().contains(h)
            })
    })
}

/// Reads a comma-separated list of codes as stored in a TEXT column ("step_free,parking").
pub fn code_list(text: &str) -> Vec<String> {
    text.split(',')
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}
