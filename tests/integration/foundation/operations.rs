use std::io::Write;
use std::process::{Command, Stdio};

use coproduce::auth::role::Role;
use coproduce::storage::{backup, Backend, Db};

use crate::util::TestApp;

const METRICS_TOKEN: &str = "a-scraper-token-for-tests";

/// Issue #11 (finding 9): `/metrics` is for the scraper holding the configured token.
#[tokio::test]
async fn healthz_and_metrics() {
    let app = TestApp::with_config(|c| c.metrics_token = Some(METRICS_TOKEN.into())).await;
    let client = app.client();
    let health = client.get("/healthz").await;
    health.assert_status(200);
    assert_eq!(health.body.trim(), "ok");
    client.get("/").await;
    client.get("/metrics").await.assert_status(404);
    client
        .get_with(
            "/metrics",
            &[("authorization", "Bearer the-wrong-token-here")],
        )
        .await
        .assert_status(404);
    let bearer = format!("Bearer {METRICS_TOKEN}");
    let metrics = client
        .get_with("/metrics", &[("authorization", &bearer)])
        .await;
    metrics.assert_status(200);
    assert!(
        metrics
            .body
            .contains("coproduce_http_requests_total{method=\"GET\",route=\"/\",status=\"200\"} 1"),
        "{}",
        metrics.body
    );
    assert!(metrics.body.contains("coproduce_outbox_pending_messages"));
    for gauge in ["waiting", "running", "peak"] {
        assert!(
            metrics
                .body
                .contains(&format!("coproduce_password_hashes_{gauge} ")),
            "the hashing queue is in /metrics: {}",
            metrics.body
        );
    }
    assert!(metrics
        .body
        .contains("coproduce_http_request_duration_seconds_bucket"));
    // Without a configured token nobody reads it.
    let closed = TestApp::new().await;
    closed
        .client()
        .get_with("/metrics", &[("authorization", &bearer)])
        .await
        .assert_status(404);
}

/// A fresh, migrated PostgreSQL database of its own (not a schema: a backup dumps a whole
/// database), and its URL.
async fn own_postgres_database(base: &str) -> String {
    let token = coproduce::auth::secret::random_token()
        .to_lowercase()
        .replace(['-', '_'], "");
    let name = format!("b_{}", &token[..16]);
    let admin = sqlx::AnyPool::connect(base).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .unwrap();
    admin.close().await;
    let (server, _) = base.rsplit_once('/').unwrap();
    format!("{server}/{name}")
}

/// Issue #9: on both backends (VACUUM INTO on SQLite, pg_dump/pg_restore on PostgreSQL).
#[tokio::test]
async fn backup_is_consistent_and_restores() {
    let app = TestApp::new().await;
    let dir = tempfile::tempdir().unwrap();
    let (db, url, target_url) = match app.backend() {
        Backend::Sqlite => (
            app.db.clone(),
            app.state.config.database_url.clone(),
            format!(
                "sqlite://{}?mode=rwc",
                dir.path().join("restored.sqlite3").display()
            ),
        ),
        Backend::Postgres => {
            let base = std::env::var("COPRODUCE_TEST_POSTGRES_URL").unwrap();
            let url = own_postgres_database(&base).await;
            let db = Db::connect(&url, 2).await.unwrap();
            coproduce::storage::run_migrations(&db).await.unwrap();
            (db, url, own_postgres_database(&base).await)
        }
    };
    coproduce::auth::model::create_user(
        &db,
        coproduce::auth::model::NewUser {
            email: "kept@example.org",
            name: "Kept",
            password_hash: None,
            role: Role::Participant,
            lang: coproduce::i18n::Lang::En,
            email_confirmed: true,
        },
    )
    .await
    .unwrap();
    let file = dir.path().join("backup.db");
    backup::backup(&db, &url, &file).await.unwrap();
    assert!(file.metadata().unwrap().len() > 0);
    assert!(
        backup::backup(&db, &url, &file).await.is_err(),
        "never overwrites"
    );
    // Restore into a fresh database.
    backup::restore(app.backend(), &target_url, &file)
        .await
        .unwrap();
    let restored = Db::connect(&target_url, 1).await.unwrap();
    let n: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users WHERE email = 'kept@example.org'")
        .fetch_one(&restored.pool)
        .await
        .unwrap();
    assert_eq!(n.0, 1);
    // A file that is not a backup is refused and the target is left alone.
    let junk = dir.path().join("junk");
    std::fs::write(&junk, b"not a database").unwrap();
    assert!(backup::restore(app.backend(), &target_url, &junk)
        .await
        .is_err());
    let n: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users")
        .fetch_one(&restored.pool)
        .await
        .unwrap();
    assert_eq!(n.0, 1, "the restored data is still there");
    restored.pool.close().await;
    db.pool.close().await;
}

fn coproduce(
    data_dir: &std::path::Path,
    args: &[&str],
    stdin: Option<&str>,
) -> (bool, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_coproduce"));
    command.arg("--data-dir").arg(data_dir).args(args);
    command.env_remove("DATABASE_URL");
    if let Ok(pg) = std::env::var("COPRODUCE_TEST_POSTGRES_URL") {
        if !pg.is_empty() {
            command.env("DATABASE_URL", pg);
        }
    }
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    let output = child.wait_with_output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).to_string(),
        String::from_utf8_lossy(&output.stderr).to_string(),
    )
}

#[test]
fn admin_commands_create_users_set_roles_and_print_links() {
    let dir = tempfile::tempdir().unwrap();
    let unique = coproduce::auth::secret::random_token()[..8]
        .to_lowercase()
        .replace(['-', '_'], "x");
    let email = format!("first-admin-{unique}@example.org");
    let (ok, out, err) = coproduce(
        dir.path(),
        &[
            "admin",
            "create-user",
            "--email",
            &email,
            "--name",
            "First Admin",
            "--role",
            "admin",
            "--password-stdin",
        ],
        Some("a long enough passphrase\n"),
    );
    assert!(ok, "{out}{err}");
    assert!(out.contains("as admin"));
    let (ok, _, err) = coproduce(
        dir.path(),
        &[
            "admin",
            "create-user",
            "--email",
            &email,
            "--name",
            "Again",
            "--role",
            "admin",
        ],
        None,
    );
    assert!(!ok && err.contains("already exists"), "{err}");
    let (ok, _, err) = coproduce(
        dir.path(),
        &[
            "admin",
            "create-user",
            "--email",
            "weak@example.org",
            "--name",
            "Weak",
            "--password-stdin",
        ],
        Some("password\n"),
    );
    assert!(!ok && err.contains("common"), "{err}");
    let link_user = format!("link-{unique}@example.org");
    let (ok, out, _) = coproduce(
        dir.path(),
        &[
            "admin",
            "create-user",
            "--email",
            &link_user,
            "--name",
            "Link Only",
            "--role",
            "partner",
        ],
        None,
    );
    assert!(ok && out.contains("/sign-in-link/"), "{out}");
    let (ok, out, _) = coproduce(
        dir.path(),
        &[
            "admin",
            "set-role",
            "--email",
            &link_user,
            "--role",
            "coordinator",
        ],
        None,
    );
    assert!(ok && out.contains("coordinator"), "{out}");
    let (ok, out, _) = coproduce(dir.path(), &["admin", "login-link", &email], None);
    assert!(ok && out.trim().contains("/sign-in-link/"), "{out}");
    let (ok, _, err) = coproduce(
        dir.path(),
        &["admin", "login-link", "nobody@example.org"],
        None,
    );
    assert!(!ok && err.contains("no account"), "{err}");
    let (ok, out, _) = coproduce(dir.path(), &["--help"], None);
    assert!(
        ok && out.contains("serve") && out.contains("backup") && out.contains("DATABASE_URL"),
        "{out}"
    );
}

#[tokio::test]
async fn tests_run_on_the_backend_the_environment_asks_for() {
    let app = TestApp::new().await;
    let wants_postgres = std::env::var("COPRODUCE_TEST_POSTGRES_URL").is_ok_and(|u| !u.is_empty());
    let expected = if wants_postgres {
        Backend::Postgres
    } else {
        Backend::Sqlite
    };
    assert_eq!(app.backend(), expected);
}

#[tokio::test]
async fn a_database_failure_shows_the_500_page_and_fails_health() {
    let app = TestApp::new().await;
    let client = app
        .signed_in("db-down@example.org", Role::Participant)
        .await;
    app.db.pool.close().await;
    let response = client.get("/account?lang=cy").await;
    response.assert_status(500);
    let page = response.html();
    page.assert_page_conventions();
    assert_eq!(page.lang(), "cy");
    assert!(
        !response.body.contains("PoolClosed") && !response.body.contains("sqlx"),
        "no internals shown"
    );
    app.client().get("/healthz").await.assert_status(503);
}

#[test]
fn sigterm_lets_the_server_finish_and_exit_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut command = Command::new(env!("CARGO_BIN_EXE_coproduce"));
    command
        .arg("--data-dir")
        .arg(dir.path())
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = command.spawn().unwrap();
    // Wait for the first successful answer on /healthz.
    let mut healthy = false;
    for _ in 0..200 {
        if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            use std::io::Read;
            stream
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .unwrap();
            let mut answer = String::new();
            let _ = stream.read_to_string(&mut answer);
            if answer.starts_with("HTTP/1.1 200") {
                healthy = true;
                break;
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(healthy, "the server answered /healthz");
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "clean exit on SIGTERM: {exit:?}");
}

/// Issue #10 (defect 5): when no database connection can be had, requests and `/healthz`
/// answer 503 (with `Retry-After` and the translated page) once the short acquire
/// timeout passes, instead of hanging until the request time limit.
#[tokio::test]
async fn an_unreachable_database_gives_503_not_a_hang() {
    let app = TestApp::new().await;
    let db = Db::connect_with_timeout(&app.url, 1, std::time::Duration::from_millis(300))
        .await
        .unwrap();
    let router = coproduce::app::router(
        coproduce::state::AppState::new((*app.state.config).clone(), db.clone()).unwrap(),
    );
    // Every connection is taken, as when the server is down or overloaded.
    let held = db.pool.acquire().await.unwrap();
    let client = app.client().via(router);
    client.get("/healthz").await.assert_status(503);
    let page = client.get("/wiki/Anything").await;
    page.assert_status(503);
    assert_eq!(page.header("retry-after").as_deref(), Some("5"));
    page.html().assert_page_conventions();
    assert!(page.html().text("h1").contains("unavailable"));
    drop(held);
    client.get("/healthz").await.assert_status(200);
}

/// Issue #10 (defect 12): a database that cannot be reached at start says what is wrong
/// (where, and why), without the password, instead of "pool timed out".
#[tokio::test]
async fn a_database_that_cannot_be_reached_says_why() {
    let refused = Db::connect("postgres://someone:s3cret@127.0.0.1:1/nothing", 2)
        .await
        .unwrap_err();
    let text = format!("{refused:#}");
    assert!(
        text.contains("PostgreSQL at postgres://someone@127.0.0.1:1/nothing"),
        "{text}"
    );
    assert!(!text.contains("s3cret"), "{text}");
    assert!(text.to_lowercase().contains("refused"), "{text}");
    let dir = tempfile::tempdir().unwrap();
    let missing = format!(
        "sqlite://{}/no/such/folder/db.sqlite3?mode=rw",
        dir.path().display()
    );
    let text = format!("{:#}", Db::connect(&missing, 1).await.unwrap_err());
    assert!(text.contains("no/such/folder/db.sqlite3"), "{text}");
    assert!(text.contains("unable to open"), "{text}");
}

/// Issue #10 (defect 10): a SQLite database deleted under a running server makes
/// `/healthz` fail at once, and a start that finds it gone refuses to make an empty one
/// unless asked with `--init`.
#[tokio::test]
async fn a_deleted_database_is_noticed_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}/coproduce.sqlite3?mode=rwc",
        dir.path().display()
    );
    let db = Db::connect(&url, 2).await.unwrap();
    coproduce::storage::run_migrations(&db).await.unwrap();
    let config =
        coproduce::config::Config::for_database(url.clone(), dir.path().to_path_buf()).unwrap();
    let router =
        coproduce::app::router(coproduce::state::AppState::new(config, db.clone()).unwrap());
    let client = crate::util::Client::new(router);
    client.get("/healthz").await.assert_status(200);
    std::fs::remove_file(dir.path().join("coproduce.sqlite3")).unwrap();
    client.get("/healthz").await.assert_status(503);
    db.pool.close().await;

    // Starting again: refused while the database is missing, unless --init. (SQLite on
    // both runs: this is about the database file.)
    let data = tempfile::tempdir().unwrap();
    let sqlite = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_coproduce"))
            .arg("--data-dir")
            .arg(data.path())
            .args(args)
            .env_remove("DATABASE_URL")
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (ok, err) = sqlite(&["migrate"]);
    assert!(ok, "{err}");
    assert!(data.path().join(".coproduce-database").exists());
    for side in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(data.path().join(format!("coproduce.sqlite3{side}")));
    }
    let (ok, err) = sqlite(&["migrate"]);
    assert!(!ok, "a lost database must not be silently replaced");
    assert!(err.contains("missing") && err.contains("--init"), "{err}");
    let (ok, err) = sqlite(&["--init", "migrate"]);
    assert!(ok, "{err}");
}

/// Issue #10 (defect 11): a restore refuses while a server holds the database (a shared
/// file lock on SQLite, a shared advisory lock on PostgreSQL), and runs once it has stopped.
#[tokio::test]
async fn restore_refuses_while_a_server_is_running() {
    let app = TestApp::new().await;
    let dir = tempfile::tempdir().unwrap();
    let (db, url) = match app.backend() {
        Backend::Sqlite => (app.db.clone(), app.state.config.database_url.clone()),
        Backend::Postgres => {
            let base = std::env::var("COPRODUCE_TEST_POSTGRES_URL").unwrap();
            let url = own_postgres_database(&base).await;
            let db = Db::connect(&url, 3).await.unwrap();
            coproduce::storage::run_migrations(&db).await.unwrap();
            (db, url)
        }
    };
    let file = dir.path().join("backup.db");
    backup::backup(&db, &url, &file).await.unwrap();
    let server = coproduce::storage::guard::hold_server_lock(&db, &url)
        .await
        .unwrap();
    let refused = backup::restore(app.backend(), &url, &file)
        .await
        .unwrap_err();
    assert!(
        format!("{refused:#}").contains("server is using this database"),
        "{refused:#}"
    );
    server.release().await.unwrap();
    backup::restore(app.backend(), &url, &file).await.unwrap();
}
