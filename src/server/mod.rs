//! `coproduce serve`: connect, migrate, optionally load the demo, start the e-mail and job workers,
//! serve HTTP until SIGTERM or Ctrl-C, then finish in-flight requests and stop the worker.

pub mod listen;

use anyhow::Context;
use tokio::sync::watch;

use crate::app::router;
use crate::config::Config;
use crate::mail::worker::{self, Mailer};
use crate::state::AppState;
use crate::storage::{self, Db};

pub async fn serve(config: Config, demo: bool, init: bool) -> anyhow::Result<()> {
    storage::guard::check_present(&config.database_url, init)?;
    let db = Db::connect(&config.database_url, 16).await?;
    storage::run_migrations(&db).await?;
    let filled = crate::orgs::model::fill_missing_keys(&db)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    if filled > 0 {
        tracing::info!(filled, "matching keys filled in for existing organisations");
    }
    storage::guard::mark_created(&config.database_url)?;
    // Held until the server stops: a restore refuses to run meanwhile.
    let server_lock = storage::guard::hold_server_lock(&db, &config.database_url).await?;
    let demo_link = if demo {
        Some(crate::demo::load(&db, &config).await?)
    } else {
        None
    };
    let mailer = Mailer::from_config(&config)?;
    let (stop_tx, stop_rx) = watch::channel(false);
    let worker_task = tokio::spawn(worker::run(
        db.clone(),
        mailer,
        config.mail_lease_seconds,
        stop_rx.clone(),
    ));
    let jobs_task = tokio::spawn(crate::jobs::worker::run(
        db.clone(),
        std::sync::Arc::new(config.clone()),
        crate::app::jobs::registry(),
        stop_rx,
    ));

    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .with_context(|| format!("cannot listen on {}", config.bind))?;
    let address = listener.local_addr()?;
    let base = config.base_url.clone();
    let backend = match db.backend {
        storage::Backend::Sqlite => "SQLite",
        storage::Backend::Postgres => "PostgreSQL",
    };
    let limits = listen::ConnectionLimits {
        header_read: config.header_timeout,
        ..listen::ConnectionLimits::default()
    };
    let state = AppState::new(config, db.clone())?;
    state.blobs.check().await?;
    let app = router(state);
    println!("Coproduce is running at {base} (listening on {address}, {backend}).");
    if let Some(link) = demo_link {
        println!("Demo admin: sign in within 15 minutes with this one-time link:\n  {link}");
        println!("(More links: `coproduce admin login-link demo-admin@example.org`.)");
    }
    tracing::info!(%address, backend, "listening");
    listen::serve_connections(listener, app, limits, shutdown_signal()).await;
    tracing::info!("shutting down: requests finished, stopping the e-mail and job workers");
    let _ = stop_tx.send(true);
    let _ = worker_task.await;
    let _ = jobs_task.await;
    if let Err(e) = server_lock.release().await {
        tracing::warn!(error = ?e, "could not release the server lock");
    }
    db.pool.close().await;
    Ok(())
}

/// Resolves on SIGTERM or Ctrl-C.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
