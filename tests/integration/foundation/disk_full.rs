//! Issue #10 (defect 1): SQLite after a full disk. A write that fails with "database or
//! disk is full" makes SQLite roll its transaction back by itself; the pooled connection
//! must not come back believing it is still inside one (it would refuse every later
//! `BEGIN IMMEDIATE`), and `/healthz` must say when the database cannot take a write.
//!
//! The full disk is made with `PRAGMA max_page_count`, which makes SQLite answer exactly
//! as it does when the disk fills (SQLITE_FULL), on one connection.

use coproduce::storage::{self, Db};
use sqlx::Executor;

async fn one_connection_database() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/full.db?mode=rwc", dir.path().display());
    let db = Db::connect(&url, 1).await.unwrap();
    storage::run_migrations(&db).await.unwrap();
    sqlx::query("CREATE TABLE filler (data BLOB NOT NULL)")
        .execute(&db.pool)
        .await
        .unwrap();
    (dir, db)
}

/// Fills the (one) connection's database until SQLite reports it full, inside a write
/// transaction, and drops the transaction as a failing request would.
async fn fill_until_full(db: &Db) -> sqlx::Error {
    let mut tx = db.begin_write().await.unwrap();
    let pages: i64 = sqlx::query_scalar("SELECT page_count FROM pragma_page_count()")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    (&mut *tx)
        .execute(format!("PRAGMA max_page_count = {}", pages + 2).as_str())
        .await
        .unwrap();
    let error = loop {
        let inserted = sqlx::query("INSERT INTO filler (data) VALUES (zeroblob(100000))")
            .execute(&mut *tx)
            .await;
        if let Err(error) = inserted {
            break error;
        }
    };
    drop(tx);
    error
}

#[tokio::test]
async fn writes_work_again_once_the_full_disk_has_room() {
    let (_dir, db) = one_connection_database().await;
    let error = fill_until_full(&db).await;
    assert!(error.to_string().contains("full"), "{error}");
    // A request meeting a full disk is told to come back (503), not shown a fault (500).
    assert!(matches!(
        coproduce::error::AppError::from(error),
        coproduce::error::AppError::Unavailable(_)
    ));
    // Room again (a new connection has no page limit): the next write transaction works.
    for attempt in 0..3 {
        let mut tx = db
            .begin_write()
            .await
            .unwrap_or_else(|e| panic!("write {attempt} after the disk had room: {e}"));
        sqlx::query("INSERT INTO filler (data) VALUES (x'00')")
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
}

#[tokio::test]
async fn healthz_reports_a_database_that_cannot_write() {
    let (_dir, db) = one_connection_database().await;
    assert!(db.can_write().await, "a healthy database takes the probe");
    // Read-only from now on, as a full disk or a remounted volume would leave it.
    let mut conn = db.pool.acquire().await.unwrap();
    conn.execute("PRAGMA query_only = ON").await.unwrap();
    drop(conn);
    assert!(
        !db.can_write().await,
        "a database that refuses writes is reported"
    );
    assert!(db.ping().await, "it still answers reads");
}

#[tokio::test]
async fn healthz_answers_503_when_writes_fail() {
    let app = crate::util::TestApp::new().await;
    app.client().get("/healthz").await.assert_status(200);
    app.exec("DROP TABLE health_probe").await;
    app.client().get("/healthz").await.assert_status(503);
}
