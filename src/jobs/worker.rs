//! The job worker: every couple of seconds it queues the periodic jobs that are due, then
//! claims and runs due jobs until none is left. Runs in every instance; the claim in
//! [`super::queue::claim`] gives each job to one worker at a time.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use super::queue::{self, Job};
use crate::config::Config;
use crate::error::AppResult;
use crate::storage::{now, Db};

/// What a handler's future resolves to.
pub type JobResult = anyhow::Result<()>;
type Handler = Arc<dyn Fn(JobRun) -> Pin<Box<dyn Future<Output = JobResult> + Send>> + Send + Sync>;

/// One run of one job, handed to its handler.
#[derive(Clone)]
pub struct JobRun {
    pub db: Db,
    pub config: Arc<Config>,
    pub job: Job,
    worker: String,
}

impl JobRun {
    /// Extends the lease; a long job calls this between steps. An error means another
    /// worker has taken the job over and this run must stop.
    pub async fn renew(&self) -> anyhow::Result<()> {
        if queue::renew(&self.db, self.job.id, &self.worker).await? {
            Ok(())
        } else {
            anyhow::bail!("job {} was taken over by another worker", self.job.id)
        }
    }
}

/// A job queued every `every_seconds`.
#[derive(Clone, Copy)]
struct Periodic {
    kind: &'static str,
    every_seconds: i64,
}

/// The handlers by job kind, and which kinds are periodic.
#[derive(Clone, Default)]
pub struct Registry {
    handlers: HashMap<&'static str, Handler>,
    periodic: Vec<Periodic>,
}

impl Registry {
    pub fn new() -> Registry {
        Registry::default()
    }

    /// Runs jobs of `kind` with `handler`.
    pub fn handler<F, Fut>(mut self, kind: &'static str, handler: F) -> Registry
    where
        F: Fn(JobRun) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = JobResult> + Send + 'static,
    {
        self.handlers
            .insert(kind, Arc::new(move |run| Box::pin(handler(run))));
        self
    }

    /// Runs `handler` as the job `kind`, queued once every `every_seconds`.
    pub fn periodic<F, Fut>(
        mut self,
        kind: &'static str,
        every_seconds: i64,
        handler: F,
    ) -> Registry
    where
        F: Fn(JobRun) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = JobResult> + Send + 'static,
    {
        self.periodic.push(Periodic {
            kind,
            every_seconds,
        });
        self.handler(kind, handler)
    }

    /// The kinds this registry runs, sorted.
    pub fn kinds(&self) -> Vec<&'static str> {
        let mut kinds: Vec<_> = self.handlers.keys().copied().collect();
        kinds.sort_unstable();
        kinds
    }
}

/// Queues the periodic jobs due at `at`; returns how many were new.
pub async fn schedule_periodic(db: &Db, registry: &Registry, at: i64) -> AppResult<usize> {
    let mut queued = 0;
    for p in registry.periodic.iter() {
        if queue::enqueue_periodic(db, p.kind, p.every_seconds, at).await? {
            queued += 1;
        }
    }
    Ok(queued)
}

/// Runs one claimed job and records its outcome.
async fn run_one(
    db: &Db,
    config: &Arc<Config>,
    registry: &Registry,
    worker: &str,
    job: Job,
) -> AppResult<()> {
    let outcome = match registry.handlers.get(job.kind.as_str()) {
        Some(handler) => {
            let run = JobRun {
                db: db.clone(),
                config: config.clone(),
                job: job.clone(),
                worker: worker.to_string(),
            };
            // A panicking handler is a failed attempt, not a dead worker.
            match tokio::spawn(handler(run)).await {
                Ok(result) => result,
                Err(e) => Err(anyhow::anyhow!("job panicked: {e}")),
            }
        }
        None => Err(anyhow::anyhow!("no handler for job kind {:?}", job.kind)),
    };
    match outcome {
        Ok(()) => queue::complete(db, job.id, worker).await,
        Err(e) => {
            let retried = queue::fail(db, &job, worker, &format!("{e:#}")).await?;
            tracing::warn!(job = job.id, kind = %job.kind, attempts = job.attempts, retried, error = %format!("{e:#}"), "job failed");
            Ok(())
        }
    }
}

/// Claims and runs due jobs (as of `at`) until none is due; returns how many ran.
pub async fn drain_once(
    db: &Db,
    config: &Arc<Config>,
    registry: &Registry,
    worker: &str,
    at: i64,
) -> AppResult<usize> {
    let mut ran = 0;
    while let Some(job) = queue::claim(db, worker, at).await? {
        run_one(db, config, registry, worker, job).await?;
        ran += 1;
    }
    Ok(ran)
}

/// Runs until `shutdown` turns true.
pub async fn run(
    db: Db,
    config: Arc<Config>,
    registry: Registry,
    mut shutdown: watch::Receiver<bool>,
) {
    let worker = crate::auth::secret::random_token();
    loop {
        let at = now();
        if let Err(e) = schedule_periodic(&db, &registry, at).await {
            tracing::error!(error = ?e, "queueing periodic jobs failed");
        }
        if let Err(e) = drain_once(&db, &config, &registry, &worker, at).await {
            tracing::error!(error = ?e, "job worker error");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(2)) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            break;
        }
    }
}
