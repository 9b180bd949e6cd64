//! Test helpers: a fresh app per test, a cookie-keeping client, HTML assertions, and
//! reading the outbox.

pub mod client;
pub mod html;

use std::path::PathBuf;

use coproduce::app::router;
use coproduce::auth::model::{self, NewUser, UserId};
use coproduce::auth::password;
use coproduce::auth::role::Role;
use coproduce::config::Config;
use coproduce::i18n::Lang;
use coproduce::state::AppState;
use coproduce::storage::{self, Backend, Db};
use sqlx::Row;

pub use client::Client;

/// A password that passes the policy, used by fixtures.
pub const PASSWORD: &str = "correct horse battery staple";

pub struct TestApp {
    pub state: AppState,
    pub db: Db,
    pub router: axum::Router,
    /// The database address, for connecting another instance with its own pool.
    pub url: String,
    _dir: tempfile::TempDir,
}

impl TestApp {
    /// A fresh app on the backend chosen by the environment.
    pub async fn new() -> TestApp {
        TestApp::with_config(|_| {}).await
    }

    /// A fresh app whose configuration `adjust` may change first.
    pub async fn with_config(adjust: impl FnOnce(&mut Config)) -> TestApp {
        let dir = tempfile::tempdir().expect("temporary directory");
        let url = test_database_url(dir.path().to_path_buf()).await;
        let mut config =
            Config::for_database(url.clone(), dir.path().to_path_buf()).expect("config");
        // The scaled-out set-up: on PostgreSQL with an object store given, uploads go there.
        if let (Ok(_), Ok(endpoint)) = (
            std::env::var("COPRODUCE_TEST_POSTGRES_URL"),
            std::env::var("COPRODUCE_TEST_S3_ENDPOINT"),
        ) {
            config.uploads = coproduce::config::UploadStore::S3 {
                bucket: "coproduce-test".into(),
                endpoint: Some(endpoint),
                region: "us-east-1".into(),
                access_key_id: Some("coproduce".into()),
                secret_access_key: Some("coproduce-secret".into()),
            };
        }
        adjust(&mut config);
        let db = Db::connect(&url, 5).await.expect("connect");
        storage::run_migrations(&db).await.expect("migrate");
        let state = AppState::new(config, db.clone()).expect("state");
        let router = router(state.clone());
        TestApp {
            state,
            db,
            router,
            url,
            _dir: dir,
        }
    }

    pub fn backend(&self) -> Backend {
        self.db.backend
    }

    /// A second app (another instance) on the same database.
    pub fn another_instance(&self) -> axum::Router {
        let state = AppState::new((*self.state.config).clone(), self.db.clone()).expect("state");
        router(state)
    }

    /// A second instance with its own connection pool, as another process would have.
    pub async fn separate_instance(&self) -> axum::Router {
        let db = Db::connect(&self.url, 5).await.expect("connect");
        router(AppState::new((*self.state.config).clone(), db).expect("state"))
    }

    /// A new browser with an empty cookie jar.
    pub fn client(&self) -> Client {
        Client::new(self.router.clone())
    }

    /// Creates a confirmed account with [`PASSWORD`].
    pub async fn user(&self, email: &str, name: &str, role: Role) -> UserId {
        let hash = password::hash(PASSWORD).expect("hash");
        model::create_user(
            &self.db,
            NewUser {
                email,
                name,
                password_hash: Some(&hash),
                role,
                lang: Lang::En,
                email_confirmed: true,
            },
        )
        .await
        .expect("create user")
    }

    /// A client signed in as a new account with `role`.
    pub async fn signed_in(&self, email: &str, role: Role) -> Client {
        self.user(email, "Test Person", role).await;
        let client = self.client();
        let response = client.sign_in(email, PASSWORD).await;
        assert_eq!(response.status, 303, "sign-in failed: {}", response.body);
        client
    }

    /// The newest e-mail to `to`: (subject, body).
    pub async fn last_email_to(&self, to: &str) -> (String, String) {
        let row = sqlx::query(
            "SELECT subject, body_text FROM outbox WHERE to_addr = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(to.to_string())
        .fetch_optional(&self.db.pool)
        .await
        .expect("query outbox")
        .unwrap_or_else(|| panic!("no e-mail to {to}"));
        (row.get("subject"), row.get("body_text"))
    }

    pub async fn email_count_to(&self, to: &str) -> i64 {
        sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE to_addr = $1")
            .bind(to.to_string())
            .fetch_one(&self.db.pool)
            .await
            .expect("count")
            .get("n")
    }

    /// The path of the link in the newest e-mail to `to` (e.g. `/confirm-email/abc`).
    pub async fn link_in_last_email(&self, to: &str) -> String {
        let (_, body) = self.last_email_to(to).await;
        link_path(&body).unwrap_or_else(|| panic!("no link in e-mail: {body}"))
    }

    /// Runs every due background job once, as a job worker would; returns how many ran.
    pub async fn run_jobs(&self) -> usize {
        coproduce::jobs::worker::drain_once(
            &self.db,
            &self.state.config,
            &coproduce::app::jobs::registry(),
            "test-worker",
            coproduce::storage::now(),
        )
        .await
        .expect("run jobs")
    }

    pub async fn exec(&self, sql: &str) {
        sqlx::query(sql).execute(&self.db.pool).await.expect("exec");
    }

    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query(sql)
            .fetch_one(&self.db.pool)
            .await
            .expect("count")
            .get(0)
    }
}

/// The path part of the first http(s) link in `text`.
pub fn link_path(text: &str) -> Option<String> {
    let start = text.find("http")?;
    let link: String = text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    let after_scheme = link.split_once("://")?.1;
    let path_start = after_scheme.find('/')?;
    Some(after_scheme[path_start..].to_string())
}

async fn test_database_url(dir: PathBuf) -> String {
    match std::env::var("COPRODUCE_TEST_POSTGRES_URL") {
        Ok(base) if !base.is_empty() => {
            sqlx::any::install_default_drivers();
            let token = coproduce::auth::secret::random_token()
                .to_lowercase()
                .replace(['-', '_'], "");
            let schema = format!("t_{}", &token[..20]);
            let admin = sqlx::AnyPool::connect(&base)
                .await
                .expect("connect to PostgreSQL");
            sqlx::query(&format!("CREATE SCHEMA {schema}"))
                .execute(&admin)
                .await
                .expect("create schema");
            admin.close().await;
            let separator = if base.contains('?') { '&' } else { '?' };
            format!("{base}{separator}options=-c%20search_path%3D{schema}")
        }
        _ => storage::database_url(None, &dir).expect("sqlite url"),
    }
}
