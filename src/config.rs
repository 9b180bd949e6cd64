//! Configuration: one typed struct, loaded once at start-up and passed in the application
//! state. Values come from command-line flags, then environment variables (named beside each
//! flag in `coproduce --help`), then an optional TOML file (`--config`), then defaults.
//! `docs/CONFIGURATION.md` documents every setting.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use serde::Deserialize;
use url::Url;

/// How the SMTP connection is secured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    /// Implicit TLS from the first byte (usually port 465).
    Tls,
    /// Plain connection upgraded with STARTTLS, which is required (usually port 587).
    Starttls,
    /// No encryption: only for a relay on the same machine.
    None,
}

impl std::str::FromStr for SmtpTls {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> anyhow::Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "tls" => Ok(SmtpTls::Tls),
            "starttls" => Ok(SmtpTls::Starttls),
            "none" => Ok(SmtpTls::None),
            other => bail!("unknown SMTP TLS mode {other:?}: use tls, starttls or none"),
        }
    }
}

/// Where outgoing e-mail goes. Absent: messages are logged and shown at `/admin/outbox`.
#[derive(Clone, Debug)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    pub username: Option<String>,
    pub password: Option<String>,
}

/// Where uploads are kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UploadStore {
    /// `DATA_DIR/uploads` (the default).
    Local,
    /// An S3-compatible object store (Amazon S3, SeaweedFS, MinIO, Garage, …).
    S3 {
        bucket: String,
        /// The store's address (`https://…`, or `http://…` on a private network); none
        /// means Amazon S3 itself.
        endpoint: Option<String>,
        region: String,
        access_key_id: Option<String>,
        secret_access_key: Option<String>,
    },
}

/// The settings a running Coproduce needs.
#[derive(Clone, Debug)]
pub struct Config {
    /// Address and port the HTTP server listens on.
    pub bind: SocketAddr,
    /// The public address people use, for links in e-mails and the `Secure` cookie flag.
    pub base_url: Url,
    /// The resolved database URL (SQLite file under `data_dir` unless `DATABASE_URL` is set).
    pub database_url: String,
    /// Directory for the SQLite database and, later, uploads.
    pub data_dir: PathBuf,
    /// Outgoing mail server, if any.
    pub smtp: Option<SmtpConfig>,
    /// The `From:` address of every message.
    pub mail_from: String,
    /// Reverse proxies whose `X-Forwarded-For` header is believed for the client address.
    pub trusted_proxies: Vec<IpAddr>,
    /// The bearer token `/metrics` asks for; `None` (the default) means `/metrics` is not
    /// served, since its counters show who is active where.
    pub metrics_token: Option<String>,
    /// Where uploads are kept.
    pub uploads: UploadStore,
    /// How long the mail sender's claim on a message lasts unless renewed (it is renewed
    /// every third of it while the mail server is talking).
    pub mail_lease_seconds: i64,
    /// Longest a request may take, body included, before 408.
    pub request_timeout: std::time::Duration,
    /// Longest a connection may take to send a request head, counted from opening or from
    /// the previous response (slow or idle connections are closed).
    pub header_timeout: std::time::Duration,
}

impl Config {
    /// Whether cookies must carry `Secure` (the site is served over HTTPS).
    pub fn secure_cookies(&self) -> bool {
        self.base_url.scheme() == "https"
    }

    /// An absolute link to `path` (which starts with `/`) on the public site.
    pub fn link(&self, path: &str) -> String {
        let base = self.base_url.as_str().trim_end_matches('/');
        format!("{base}{path}")
    }

    /// A configuration for tests and tools: the given database, no SMTP, loopback.
    pub fn for_database(database_url: String, data_dir: PathBuf) -> anyhow::Result<Config> {
        let cli = CliSettings {
            database_url: Some(database_url),
            data_dir: Some(data_dir),
            ..CliSettings::default()
        };
        resolve(cli, FileConfig::default())
    }
}

/// Settings as they may appear in the TOML file given with `--config`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub bind: Option<String>,
    pub base_url: Option<String>,
    pub database_url: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub smtp_host: Option<String>,
    pub smtp_port: Option<u16>,
    pub smtp_tls: Option<SmtpTls>,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<String>,
    pub mail_from: Option<String>,
    pub trusted_proxies: Option<Vec<IpAddr>>,
    pub metrics_token: Option<String>,
    pub request_timeout_seconds: Option<u64>,
    pub header_timeout_seconds: Option<u64>,
    pub mail_lease_seconds: Option<u64>,
    pub s3_bucket: Option<String>,
    pub s3_endpoint: Option<String>,
    pub s3_region: Option<String>,
    pub s3_access_key_id: Option<String>,
    pub s3_secret_access_key: Option<String>,
}

impl FileConfig {
    /// Reads the file, refusing unknown keys so a typo is not silently ignored.
    pub fn load(path: &Path) -> anyhow::Result<FileConfig> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the config file {}", path.display()))?;
        toml::from_str(&text).with_context(|| format!("invalid config file {}", path.display()))
    }
}

/// Settings given on the command line or in the environment (each may be absent).
#[derive(Debug, Default, Clone)]
pub struct CliSettings {
    pub bind: Option<String>,
    pub base_url: Option<String>,
    pub database_url: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub smtp_host: Option<String>,
    pub smtp_port: Option<u16>,
    pub smtp_tls: Option<String>,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<String>,
    pub mail_from: Option<String>,
    pub trusted_proxies: Option<String>,
    pub metrics_token: Option<String>,
    pub s3_bucket: Option<String>,
    pub s3_endpoint: Option<String>,
    pub s3_region: Option<String>,
    pub s3_access_key_id: Option<String>,
    pub s3_secret_access_key: Option<String>,
}

/// Merges flags/environment over the file over the defaults.
pub fn resolve(cli: CliSettings, file: FileConfig) -> anyhow::Result<Config> {
    let bind_text = cli
        .bind
        .or(file.bind)
        .unwrap_or_else(|| "127.0.0.1:8080".to_string());
    let bind: SocketAddr = bind_text
        .parse()
        .with_context(|| format!("invalid bind address {bind_text:?}: expected ADDR:PORT"))?;
    let base_text = cli
        .base_url
        .or(file.base_url)
        .unwrap_or_else(|| format!("http://{bind}/"));
    let base_url =
        Url::parse(&base_text).with_context(|| format!("invalid base URL {base_text:?}"))?;
    let data_dir = cli
        .data_dir
        .or(file.data_dir)
        .unwrap_or_else(|| PathBuf::from("data"));
    let explicit_url = cli.database_url.or(file.database_url);
    let database_url = crate::storage::database_url(explicit_url.as_deref(), &data_dir)?;
    let smtp_tls = match cli.smtp_tls {
        Some(text) => text.parse()?,
        None => file.smtp_tls.unwrap_or(SmtpTls::Starttls),
    };
    let smtp = cli.smtp_host.or(file.smtp_host).map(|host| SmtpConfig {
        port: cli.smtp_port.or(file.smtp_port).unwrap_or(match smtp_tls {
            SmtpTls::Tls => 465,
            SmtpTls::Starttls => 587,
            SmtpTls::None => 25,
        }),
        host,
        tls: smtp_tls,
        username: cli.smtp_username.or(file.smtp_username),
        password: cli.smtp_password.or(file.smtp_password),
    });
    let host = base_url.host_str().unwrap_or("localhost").to_string();
    let mail_from = cli
        .mail_from
        .or(file.mail_from)
        .unwrap_or_else(|| format!("Coproduce <no-reply@{host}>"));
    let trusted_proxies = match cli.trusted_proxies {
        Some(list) => list
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse()
                    .with_context(|| format!("invalid trusted proxy address {s:?}"))
            })
            .collect::<anyhow::Result<Vec<IpAddr>>>()?,
        None => file.trusted_proxies.unwrap_or_default(),
    };
    let metrics_token = cli
        .metrics_token
        .or(file.metrics_token)
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty());
    if metrics_token.as_ref().is_some_and(|t| t.len() < 16) {
        anyhow::bail!("the metrics token must be at least 16 characters");
    }
    let seconds =
        |value: Option<u64>, default: u64, name: &str| -> anyhow::Result<std::time::Duration> {
            let value = value.unwrap_or(default);
            if !(1..=600).contains(&value) {
                anyhow::bail!("{name} must be between 1 and 600 seconds");
            }
            Ok(std::time::Duration::from_secs(value))
        };
    let uploads = match cli.s3_bucket.or(file.s3_bucket) {
        None => UploadStore::Local,
        Some(bucket) => {
            let endpoint = cli.s3_endpoint.or(file.s3_endpoint);
            if let Some(e) = &endpoint {
                Url::parse(e).with_context(|| format!("invalid S3 endpoint {e:?}"))?;
            }
            UploadStore::S3 {
                bucket,
                endpoint,
                region: cli
                    .s3_region
                    .or(file.s3_region)
                    .unwrap_or_else(|| "us-east-1".to_string()),
                access_key_id: cli.s3_access_key_id.or(file.s3_access_key_id),
                secret_access_key: cli.s3_secret_access_key.or(file.s3_secret_access_key),
            }
        }
    };
    let request_timeout = seconds(file.request_timeout_seconds, 30, "request_timeout_seconds")?;
    let header_timeout = seconds(file.header_timeout_seconds, 10, "header_timeout_seconds")?;
    let mail_lease_seconds =
        seconds(file.mail_lease_seconds, 120, "mail_lease_seconds")?.as_secs() as i64;
    Ok(Config {
        bind,
        base_url,
        database_url,
        data_dir,
        smtp,
        mail_from,
        trusted_proxies,
        metrics_token,
        uploads,
        mail_lease_seconds,
        request_timeout,
        header_timeout,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_beat_the_file_and_the_file_beats_defaults() -> anyhow::Result<()> {
        let dir = std::env::temp_dir().join("coproduce-config-test");
        let file: FileConfig = toml::from_str(
            r#"
            bind = "0.0.0.0:9000"
            base_url = "https://coproduce.example/"
            database_url = "postgres://u@h/db"
            smtp_host = "smtp.example"
            smtp_tls = "tls"
            trusted_proxies = ["10.0.0.1"]
            "#,
        )?;
        let cli = CliSettings {
            bind: Some("127.0.0.1:7000".into()),
            data_dir: Some(dir),
            ..CliSettings::default()
        };
        let config = resolve(cli, file)?;
        assert_eq!(config.bind.to_string(), "127.0.0.1:7000");
        assert_eq!(config.database_url, "postgres://u@h/db");
        assert!(config.secure_cookies());
        let smtp = config.smtp.as_ref().expect("smtp");
        assert_eq!((smtp.tls, smtp.port), (SmtpTls::Tls, 465));
        assert_eq!(config.trusted_proxies.len(), 1);
        assert_eq!(config.link("/a"), "https://coproduce.example/a");
        assert_eq!(config.mail_from, "Coproduce <no-reply@coproduce.example>");
        Ok(())
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors() {
        assert!(toml::from_str::<FileConfig>("bnid = \"x\"").is_err());
        let cli = CliSettings {
            bind: Some("not an address".into()),
            ..CliSettings::default()
        };
        assert!(resolve(cli, FileConfig::default()).is_err());
    }
}
