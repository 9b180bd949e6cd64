//! Durable background jobs (issue #9): a job whose worker was killed finishes after the
//! restart, two instances never run one job twice, failures are retried with back-off and
//! then marked failed, periodic jobs are queued once per period, and an organisation import
//! resumes after its last whole batch.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use coproduce::jobs::queue::{self, LEASE_SECONDS, MAX_ATTEMPTS};
use coproduce::jobs::worker::{drain_once, schedule_periodic};
use coproduce::jobs::Registry;
use coproduce::storage::{now, Db};

use crate::util::TestApp;

type Runs = Arc<Mutex<HashMap<i64, usize>>>;

/// A registry whose one kind, `test.count`, records each run of each job.
fn counting(runs: Runs) -> Registry {
    Registry::new().handler("test.count", move |run| {
        let runs = runs.clone();
        async move {
            // Yield so that concurrent workers really interleave.
            tokio::task::yield_now().await;
            *runs.lock().unwrap().entry(run.job.id).or_default() += 1;
            Ok(())
        }
    })
}

async fn state_of(db: &Db, id: i64) -> String {
    queue::status(db, id).await.unwrap().unwrap().state
}

#[tokio::test]
async fn a_job_whose_worker_was_killed_finishes_after_the_restart() {
    let app = TestApp::new().await;
    let id = queue::enqueue(&app.db, "test.count", "{}").await.unwrap();
    let t = now();
    // The first worker claims the job and is killed before finishing it.
    let claimed = queue::claim(&app.db, "killed-worker", t).await.unwrap();
    assert_eq!(claimed.map(|j| j.id), Some(id));
    assert_eq!(state_of(&app.db, id).await, "running");
    let runs = Runs::default();
    let registry = counting(runs.clone());
    // While its lease lasts nobody else takes it...
    let ran = drain_once(&app.db, &app.state.config, &registry, "restarted", t + 1)
        .await
        .unwrap();
    assert_eq!(ran, 0);
    // ...and once it has run out, the restarted worker finishes it.
    let ran = drain_once(
        &app.db,
        &app.state.config,
        &registry,
        "restarted",
        t + LEASE_SECONDS + 1,
    )
    .await
    .unwrap();
    assert_eq!(ran, 1);
    assert_eq!(state_of(&app.db, id).await, "done");
    assert_eq!(runs.lock().unwrap().get(&id), Some(&1));
    assert_eq!(
        queue::status(&app.db, id).await.unwrap().unwrap().attempts,
        2
    );
}

#[tokio::test]
async fn two_instances_never_run_one_job_twice() {
    let app = TestApp::new().await;
    let mut ids = Vec::new();
    for _ in 0..40 {
        ids.push(queue::enqueue(&app.db, "test.count", "{}").await.unwrap());
    }
    let runs = Runs::default();
    let registry = counting(runs.clone());
    // A second instance with its own pool, as another process would have.
    let other = Db::connect(&app.url, 5).await.unwrap();
    let t = now();
    let mut workers = Vec::new();
    for (n, db) in [app.db.clone(), other.clone(), app.db.clone(), other]
        .into_iter()
        .enumerate()
    {
        let config = app.state.config.clone();
        let registry = registry.clone();
        workers.push(tokio::spawn(async move {
            drain_once(&db, &config, &registry, &format!("worker-{n}"), t)
                .await
                .unwrap()
        }));
    }
    let mut total = 0;
    for w in workers {
        total += w.await.unwrap();
    }
    assert_eq!(total, 40, "every job ran");
    let counted = runs.lock().unwrap().clone();
    for id in &ids {
        assert_eq!(counted.get(id), Some(&1), "job {id} ran exactly once");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM jobs WHERE state = 'done'")
            .await,
        40
    );
}

#[tokio::test]
async fn a_failing_job_is_retried_with_back_off_then_marked_failed() {
    let app = TestApp::new().await;
    let registry = Registry::new().handler("test.fail", |_run| async {
        anyhow::bail!("the disk is full")
    });
    let id = queue::enqueue(&app.db, "test.fail", "{}").await.unwrap();
    let t = now();
    let config = app.state.config.clone();
    assert_eq!(
        drain_once(&app.db, &config, &registry, "w", t)
            .await
            .unwrap(),
        1
    );
    let status = queue::status(&app.db, id).await.unwrap().unwrap();
    assert_eq!(status.state, "queued", "retried, not lost");
    assert_eq!(status.last_error.as_deref(), Some("the disk is full"));
    // Not again straight away: it waits its back-off.
    assert_eq!(
        drain_once(&app.db, &config, &registry, "w", t)
            .await
            .unwrap(),
        0
    );
    let mut later = t;
    for attempt in 2..=MAX_ATTEMPTS {
        later += queue::backoff_seconds(attempt - 1) + 1;
        assert_eq!(
            drain_once(&app.db, &config, &registry, "w", later)
                .await
                .unwrap(),
            1,
            "attempt {attempt}"
        );
    }
    assert_eq!(state_of(&app.db, id).await, "failed");
    assert_eq!(
        drain_once(&app.db, &config, &registry, "w", later + 7200)
            .await
            .unwrap(),
        0,
        "a failed job stays failed"
    );
    // A job of a kind nobody handles fails too, rather than blocking the queue.
    let unknown = queue::enqueue(&app.db, "test.nobody", "{}").await.unwrap();
    drain_once(&app.db, &config, &registry, "w", now())
        .await
        .unwrap();
    let status = queue::status(&app.db, unknown).await.unwrap().unwrap();
    assert!(status.last_error.unwrap().contains("no handler"));
}

#[tokio::test]
async fn periodic_jobs_are_queued_once_per_period_by_all_instances() {
    let app = TestApp::new().await;
    let runs = Runs::default();
    let registry = Registry::new().periodic("test.tick", 60, {
        let runs = runs.clone();
        move |run| {
            let runs = runs.clone();
            async move {
                *runs.lock().unwrap().entry(run.job.id).or_default() += 1;
                Ok(())
            }
        }
    });
    let t = 1_800_000_000; // the start of a minute
    assert_eq!(schedule_periodic(&app.db, &registry, t).await.unwrap(), 1);
    assert_eq!(
        schedule_periodic(&app.db, &registry, t + 30).await.unwrap(),
        0
    );
    let other = Db::connect(&app.url, 2).await.unwrap();
    assert_eq!(
        schedule_periodic(&other, &registry, t + 59).await.unwrap(),
        0
    );
    assert_eq!(
        schedule_periodic(&other, &registry, t + 60).await.unwrap(),
        1
    );
    let config = app.state.config.clone();
    assert_eq!(
        drain_once(&app.db, &config, &registry, "w", t + 61)
            .await
            .unwrap(),
        2
    );
    assert_eq!(runs.lock().unwrap().len(), 2);
    // The platform's own registry has the reminders, clean-ups and the import.
    let kinds = coproduce::app::jobs::registry().kinds();
    assert_eq!(
        kinds,
        vec![
            "cleanup",
            "consortium.decisions",
            "consultations.notices",
            "events.reminders",
            "orgs.bulk",
            "orgs.import",
            "wiki.watch"
        ]
    );
}
