use std::io::Write;
use std::process::{Command, Stdio};

use coproduce::auth::role::Role;
use coproduce::storage::{backup, Backend, Db};

use crate::util::TestApp;

#[tokio::test]
async fn healthz_and_metrics() {
    let app = TestApp::new().await;
    let client = app.client();
    let health = client.get("/healthz").await;
    health.assert_status(200);
    assert_eq!(health.body.trim(), "ok");
    client.get("/").await;
    let metrics = client.get("/metrics").await;
    metrics.assert_status(200);
    assert!(
        metrics
            .body
            .contains("coproduce_http_requests_total{method=\"GET\",route=\"/\",status=\"200\"} 1"),
        "{}",
        metrics.body
    );
    assert!(metrics.body.contains("coproduce_outbox_pending_messages"));
    assert!(metrics
        .body
        .contains("coproduce_http_request_duration_seconds_bucket"));
}

#[tokio::test]
async fn sqlite_backup_is_consistent_and_restores() {
    let app = TestApp::new().await;
    if app.backend() != Backend::Sqlite {
        return; // PostgreSQL backups use pg_dump; see operations_cli for that path.
    }
    app.user("kept@example.org", "Kept", Role::Participant)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.sqlite3");
    backup::backup(&app.db, &app.state.config.database_url, &file)
        .await
        .unwrap();
    assert!(
        backup::backup(&app.db, &app.state.config.database_url, &file)
            .await
            .is_err(),
        "never overwrites"
    );
    // Restore into a fresh database file.
    let target_url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("restored.sqlite3").display()
    );
    backup::restore(Backend::Sqlite, &target_url, &file)
        .await
        .unwrap();
    let restored = Db::connect(&target_url, 1).await.unwrap();
    let n: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users WHERE email = 'kept@example.org'")
        .fetch_one(&restored.pool)
        .await
        .unwrap();
    assert_eq!(n.0, 1);
    // A file that is not a database is refused and the target is left alone.
    let junk = dir.path().join("junk");
    std::fs::write(&junk, b"not a database").unwrap();
    assert!(backup::restore(Backend::Sqlite, &target_url, &junk)
        .await
        .is_err());
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
