//! The command line: `serve`, `migrate`, `admin …`, `backup`, `restore`. Every subcommand
//! finds the database the same way: `--database-url` / `DATABASE_URL` (PostgreSQL or
//! SQLite), else `coproduce.sqlite3` in `--data-dir` / `COPRODUCE_DATA_DIR` (default `./data`).

use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::auth::model::{self, NewUser};
use crate::auth::role::Role;
use crate::auth::tokens::{self, Purpose};
use crate::config::{self, CliSettings, Config, FileConfig};
use crate::i18n::Lang;
use crate::storage::{self, backup, Db};

#[derive(Parser, Debug)]
#[command(
    name = "coproduce",
    version,
    about = "Coproduce: the platform an equalities co-production initiative runs on",
    long_about = "Coproduce: the platform an equalities co-production initiative runs on.\n\n\
        Start with `coproduce serve --demo` to try it on SQLite with the founding content.\n\
        Settings come from flags, then environment variables (shown in [env: …]), then the\n\
        TOML file given with --config; docs/CONFIGURATION.md lists them all."
)]
pub struct Cli {
    /// A TOML configuration file (see docs/CONFIGURATION.md).
    #[arg(long, global = true, env = "COPRODUCE_CONFIG")]
    pub config: Option<PathBuf>,
    /// Directory for the SQLite database (created if absent). Default: ./data
    #[arg(long, global = true, env = "COPRODUCE_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Database URL: postgres://user:pass@host/db for PostgreSQL, or sqlite://path.
    /// Default: SQLite in the data directory.
    #[arg(long, global = true, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// Log format: human-readable text or one JSON object per line.
    #[arg(
        long,
        global = true,
        env = "COPRODUCE_LOG_FORMAT",
        value_enum,
        default_value = "text"
    )]
    pub log_format: LogFormat,
    /// Start with an empty database even where one existed before and is now missing
    /// (without it, Coproduce refuses, so a lost database is noticed, not replaced).
    #[arg(long, global = true)]
    pub init: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the web server (applies migrations first).
    Serve(Box<ServeArgs>),
    /// Apply database migrations and exit.
    Migrate,
    /// Manage accounts from the command line.
    Admin {
        #[command(subcommand)]
        action: AdminCommand,
    },
    /// Write a consistent backup of the live database to FILE (the server may keep running).
    Backup {
        /// Where to write the backup; must not exist yet.
        file: PathBuf,
    },
    /// Replace the database with a backup made by `coproduce backup`. Stop the server first.
    Restore {
        /// The backup file.
        file: PathBuf,
        /// Confirm that the current database may be replaced.
        #[arg(long)]
        yes: bool,
    },
    /// Import organisations from a CSV file (a charity register's download, say) with the
    /// same rules and report as the import page. Rows that need a choice are left for the
    /// page; the rows not imported are written beside FILE as FILE-problems.csv.
    ImportOrganisations(ImportArgs),
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The CSV file (UTF-8 or Windows-1252).
    pub file: PathBuf,
    /// Use the settings saved on the import page under this name.
    #[arg(long)]
    pub profile: Option<String>,
    /// Give every row this value where it has none, by the field's label or code and the
    /// value's label or code: --set nation="Northern Ireland" --set register=northern_ireland
    #[arg(long = "set", value_name = "FIELD=VALUE")]
    pub sets: Vec<String>,
    /// Plan the import and report it without changing anything.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Args, Debug, Default)]
pub struct ServeArgs {
    /// Load the founding document's content and a demo admin, and print a sign-in link.
    #[arg(long)]
    pub demo: bool,
    /// Address and port to listen on. Default: 127.0.0.1:8080
    #[arg(long, env = "COPRODUCE_BIND")]
    pub bind: Option<String>,
    /// The public address people use (for links in e-mails; https makes cookies Secure).
    #[arg(long, env = "COPRODUCE_BASE_URL")]
    pub base_url: Option<String>,
    /// SMTP server host. Without it, e-mails are logged and shown at /admin/outbox.
    #[arg(long, env = "COPRODUCE_SMTP_HOST")]
    pub smtp_host: Option<String>,
    /// SMTP port. Default: 587 (starttls), 465 (tls), 25 (none).
    #[arg(long, env = "COPRODUCE_SMTP_PORT")]
    pub smtp_port: Option<u16>,
    /// SMTP security: starttls (default), tls or none.
    #[arg(long, env = "COPRODUCE_SMTP_TLS")]
    pub smtp_tls: Option<String>,
    /// SMTP user name.
    #[arg(long, env = "COPRODUCE_SMTP_USERNAME")]
    pub smtp_username: Option<String>,
    /// SMTP password (prefer the environment variable or the config file to a flag).
    #[arg(long, env = "COPRODUCE_SMTP_PASSWORD", hide_env_values = true)]
    pub smtp_password: Option<String>,
    /// The From: address of e-mails, e.g. "Coproduce <no-reply@example.org>".
    #[arg(long, env = "COPRODUCE_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed.
    #[arg(long, env = "COPRODUCE_TRUSTED_PROXIES")]
    pub trusted_proxies: Option<String>,
    /// A secret that a metrics scraper sends as `Authorization: Bearer …` to read
    /// `/metrics`; without one, `/metrics` is not served.
    #[arg(long, env = "COPRODUCE_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
    /// Keep uploads in this bucket of an S3-compatible object store instead of the data
    /// directory.
    #[arg(long, env = "COPRODUCE_S3_BUCKET")]
    pub s3_bucket: Option<String>,
    /// The object store's address, e.g. http://127.0.0.1:8333 (default: Amazon S3).
    #[arg(long, env = "COPRODUCE_S3_ENDPOINT")]
    pub s3_endpoint: Option<String>,
    /// The object store's region (default us-east-1).
    #[arg(long, env = "COPRODUCE_S3_REGION")]
    pub s3_region: Option<String>,
    /// The object store's access key id.
    #[arg(long, env = "COPRODUCE_S3_ACCESS_KEY_ID")]
    pub s3_access_key_id: Option<String>,
    /// The object store's secret key (prefer the environment variable or the config file).
    #[arg(long, env = "COPRODUCE_S3_SECRET_ACCESS_KEY", hide_env_values = true)]
    pub s3_secret_access_key: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum AdminCommand {
    /// Create an account. Reads the password from stdin with --password-stdin; otherwise
    /// prints a one-time sign-in link.
    CreateUser {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// participant, partner, coordinator or admin.
        #[arg(long, default_value = "participant")]
        role: String,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Change someone's role.
    SetRole {
        #[arg(long)]
        email: String,
        /// participant, partner, coordinator or admin.
        #[arg(long)]
        role: String,
    },
    /// Print a one-time sign-in link for an account (valid for 15 minutes).
    LoginLink {
        /// The account's e-mail address.
        email: String,
    },
    /// Suspend an account (ends its sessions) or, with --restore, lift the suspension.
    Suspend {
        #[arg(long)]
        email: String,
        #[arg(long)]
        restore: bool,
    },
}

/// Entry point used by `main.rs`.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

fn settings(cli: &Cli, serve: Option<&ServeArgs>) -> anyhow::Result<Config> {
    let file = match &cli.config {
        Some(path) => FileConfig::load(path)?,
        None => FileConfig::default(),
    };
    let empty = ServeArgs::default();
    let s = serve.unwrap_or(&empty);
    let cli_settings = CliSettings {
        bind: s.bind.clone(),
        base_url: s.base_url.clone(),
        database_url: cli.database_url.clone(),
        data_dir: cli.data_dir.clone(),
        smtp_host: s.smtp_host.clone(),
        smtp_port: s.smtp_port,
        smtp_tls: s.smtp_tls.clone(),
        smtp_username: s.smtp_username.clone(),
        smtp_password: s.smtp_password.clone(),
        mail_from: s.mail_from.clone(),
        trusted_proxies: s.trusted_proxies.clone(),
        metrics_token: s.metrics_token.clone(),
        s3_bucket: s.s3_bucket.clone(),
        s3_endpoint: s.s3_endpoint.clone(),
        s3_region: s.s3_region.clone(),
        s3_access_key_id: s.s3_access_key_id.clone(),
        s3_secret_access_key: s.s3_secret_access_key.clone(),
    };
    config::resolve(cli_settings, file)
}

async fn open(config: &Config, init: bool) -> anyhow::Result<Db> {
    storage::guard::check_present(&config.database_url, init)?;
    let db = Db::connect(&config.database_url, 4).await?;
    storage::run_migrations(&db).await?;
    storage::guard::mark_created(&config.database_url)?;
    Ok(db)
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match &cli.command {
        Command::Serve(args) => {
            let config = settings(&cli, Some(args))?;
            crate::server::serve(config, args.demo, cli.init).await
        }
        Command::Migrate => {
            let config = settings(&cli, None)?;
            open(&config, cli.init).await?;
            println!("Migrations applied.");
            Ok(())
        }
        Command::Admin { action } => {
            let config = settings(&cli, None)?;
            let db = open(&config, cli.init).await?;
            admin(&config, &db, action).await
        }
        Command::ImportOrganisations(args) => {
            let config = settings(&cli, None)?;
            let db = open(&config, cli.init).await?;
            storage::run_migrations(&db).await?;
            crate::orgs::import::command::run_and_print(
                &db,
                &args.file,
                args.profile.as_deref(),
                &args.sets,
                args.dry_run,
            )
            .await
        }
        Command::Backup { file } => {
            let config = settings(&cli, None)?;
            let db = open(&config, cli.init).await?;
            println!("Writing a consistent backup to {} …", file.display());
            backup::backup(&db, &config.database_url, file).await?;
            println!("Backup written to {}.", file.display());
            Ok(())
        }
        Command::Restore { file, yes } => {
            if !yes {
                bail!("restoring replaces the current database: stop the server, then run again with --yes");
            }
            let config = settings(&cli, None)?;
            let backend = if config.database_url.starts_with("sqlite") {
                storage::Backend::Sqlite
            } else {
                storage::Backend::Postgres
            };
            println!("Restoring {} …", file.display());
            backup::restore(backend, &config.database_url, file).await?;
            let db = open(&config, cli.init).await?;
            let users = model::count_users(&db)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            println!("Restored: the database now holds {users} account(s).");
            Ok(())
        }
    }
}

async fn admin(config: &Config, db: &Db, action: &AdminCommand) -> anyhow::Result<()> {
    let err = |e: crate::error::AppError| anyhow::anyhow!("{e:?}");
    match action {
        AdminCommand::CreateUser {
            email,
            name,
            role,
            password_stdin,
        } => {
            let role = Role::parse(role)
                .context("role must be participant, partner, coordinator or admin")?;
            if !crate::forms::is_valid_email(email.trim()) {
                bail!("{email:?} is not a valid e-mail address");
            }
            if name.trim().is_empty() {
                bail!("the name must not be empty");
            }
            if model::find_by_email(db, email)
                .await
                .map_err(err)?
                .is_some()
            {
                bail!("an account with the address {email} already exists");
            }
            let hash = if *password_stdin {
                let mut line = String::new();
                std::io::stdin()
                    .lock()
                    .read_line(&mut line)
                    .context("cannot read the password from stdin")?;
                let password = line.trim_end_matches(['\n', '\r']);
                if let Err(problem) = crate::auth::password::check_policy(password, email) {
                    bail!("{}", Lang::En.t(problem.message_key()));
                }
                Some(crate::auth::password::hash(password)?)
            } else {
                None
            };
            let id = model::create_user(
                db,
                NewUser {
                    email,
                    name,
                    password_hash: hash.as_deref(),
                    role,
                    lang: Lang::En,
                    email_confirmed: true,
                },
            )
            .await
            .map_err(err)?;
            println!(
                "Created {} ({}) as {}.",
                name.trim(),
                model::normalise_email(email),
                role.as_str()
            );
            if hash.is_none() {
                let token = tokens::issue(db, id, Purpose::SignIn, None)
                    .await
                    .map_err(err)?;
                println!(
                    "Sign in within 15 minutes at: {}",
                    config.link(&format!("/sign-in-link/{token}"))
                );
            }
            Ok(())
        }
        AdminCommand::SetRole { email, role } => {
            let role = Role::parse(role)
                .context("role must be participant, partner, coordinator or admin")?;
            let user = model::find_by_email(db, email)
                .await
                .map_err(err)?
                .context("no account has that address")?;
            model::set_role(db, user.id, role).await.map_err(err)?;
            model::audit(
                db,
                None,
                "role-changed",
                &format!("user:{}", user.id.0),
                &format!("{} -> {} (command line)", user.role.as_str(), role.as_str()),
            )
            .await
            .map_err(err)?;
            println!("{} is now {}.", user.email, role.as_str());
            Ok(())
        }
        AdminCommand::LoginLink { email } => {
            let user = model::find_by_email(db, email)
                .await
                .map_err(err)?
                .context("no account has that address")?;
            let token = tokens::issue(db, user.id, Purpose::SignIn, None)
                .await
                .map_err(err)?;
            println!("{}", config.link(&format!("/sign-in-link/{token}")));
            Ok(())
        }
        AdminCommand::Suspend { email, restore } => {
            let user = model::find_by_email(db, email)
                .await
                .map_err(err)?
                .context("no account has that address")?;
            model::set_suspended(db, user.id, !restore)
                .await
                .map_err(err)?;
            println!(
                "{} is {}.",
                user.email,
                if *restore { "restored" } else { "suspended" }
            );
            Ok(())
        }
    }
}
