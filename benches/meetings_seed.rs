//! Seeds 4,000 meetings and 1,000 events (public, spread from a year ago to a year ahead)
//! for `bench/meetings.sh` to load-test, then measures registrations per second: 50
//! concurrent registrants making 2,000 registrations for an event with 500 places, and
//! checks that exactly 500 got a place (zero overbooking).
//!
//! Run: `cargo bench --bench meetings_seed -- DATA_DIR` (SQLite in DATA_DIR), or with
//! `BENCH_DATABASE_URL=postgres://…` (an empty database).

use std::sync::Arc;
use std::time::Instant;

use coproduce::config::Config;
use coproduce::events::model::{self as events, EventFields};
use coproduce::events::registration::{self, Details, Outcome};
use coproduce::meetings::model::{self as meetings, MeetingFields};
use coproduce::storage::{self, now, Db};

const MEETINGS: i64 = 4_000;
const EVENTS: i64 = 1_000;
const ATTEMPTS: usize = 2_000;
const PLACES: i64 = 500;
const CONCURRENCY: usize = 50;

fn event(title: String, starts_at: i64, capacity: i64) -> EventFields {
    EventFields {
        title,
        description: "A generated event for the benchmark.".into(),
        easy_read: "We meet.".into(),
        starts_at,
        ends_at: starts_at + 4 * 3600,
        venue: "Cardiff".into(),
        venue_access: vec!["step_free".into()],
        online_url: String::new(),
        capacity,
        registration_opens_at: now() - 86_400,
        registration_closes_at: starts_at - 3600,
        registration_types: vec!["in_person".into()],
        reminder_days: 0,
        feedback_url: String::new(),
        is_example: false,
        is_public: true,
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let err = |e: coproduce::error::AppError| anyhow::anyhow!("{e:?}");
    let dir = std::env::args()
        .nth(1)
        .filter(|a| !a.starts_with('-'))
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("coproduce-meetings-bench"));
    let url = match std::env::var("BENCH_DATABASE_URL") {
        Ok(url) if !url.is_empty() => url,
        _ => {
            let _ = std::fs::remove_dir_all(&dir);
            storage::database_url(None, &dir)?
        }
    };
    let db = Db::connect(&url, 16).await?;
    storage::run_migrations(&db).await?;
    let config = Arc::new(Config::for_database(url.clone(), dir.clone())?);
    let author = coproduce::auth::model::create_user(
        &db,
        coproduce::auth::model::NewUser {
            email: "bench@example.org",
            name: "Bench",
            password_hash: None,
            role: coproduce::auth::role::Role::Coordinator,
            lang: coproduce::i18n::Lang::En,
            email_confirmed: true,
        },
    )
    .await
    .map_err(err)?
    .0;
    let start = Instant::now();
    let year = 365 * 86_400;
    for n in 0..MEETINGS {
        let fields = MeetingFields {
            title: format!("Meeting {n} with a stakeholder"),
            purpose: "To listen.".into(),
            starts_at: now() - year + n * (2 * year / MEETINGS),
            duration_minutes: 60,
            venue: "Cardiff Bay".into(),
            venue_access: vec!["step_free".into()],
            online_url: String::new(),
            agenda: String::new(),
            status: coproduce::meetings::model::MeetingStatus::Confirmed,
            is_public: true,
        };
        meetings::create(&db, &fields, author).await.map_err(err)?;
    }
    for n in 0..EVENTS {
        events::create(
            &db,
            &event(
                format!("Event {n}"),
                now() - year + n * (2 * year / EVENTS),
                50,
            ),
            None,
        )
        .await
        .map_err(err)?;
    }
    println!(
        "backend: {:?}; seeded {MEETINGS} meetings and {EVENTS} events in {:.1} s",
        db.backend,
        start.elapsed().as_secs_f64()
    );

    // Registrations under concurrent load.
    let slug = events::create(
        &db,
        &event("The summit (bench)".into(), now() + 30 * 86_400, PLACES),
        None,
    )
    .await
    .map_err(err)?;
    let summit = Arc::new(
        events::find_by_slug(&db, &slug)
            .await
            .map_err(err)?
            .ok_or_else(|| anyhow::anyhow!("the event is missing"))?,
    );
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..CONCURRENCY {
        let (db, config, summit, next) = (db.clone(), config.clone(), summit.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut confirmed = 0_i64;
            loop {
                let n = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                if n >= ATTEMPTS {
                    break;
                }
                let details = Details {
                    name: format!("Person {n}"),
                    email: format!("p{n}@example.org"),
                    kind: "in_person".into(),
                    ..Details::default()
                };
                let outcome = registration::register(
                    &db,
                    &config,
                    &summit,
                    &details,
                    &[],
                    coproduce::i18n::Lang::En,
                )
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?;
                if matches!(outcome, Outcome::Confirmed(_)) {
                    confirmed += 1;
                }
            }
            anyhow::Ok(confirmed)
        }));
    }
    let mut confirmed = 0;
    for task in tasks {
        confirmed += task.await??;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let counted = events::find_by_slug(&db, &slug)
        .await
        .map_err(err)?
        .ok_or_else(|| anyhow::anyhow!("the event is missing"))?
        .confirmed_count;
    println!(
        "registrations: {ATTEMPTS} by {CONCURRENCY} concurrent registrants in {elapsed:.2} s = {:.0} per second; \
         {confirmed} confirmed for {PLACES} places (count {counted}); overbooked: {}",
        ATTEMPTS as f64 / elapsed,
        (confirmed - PLACES).max(0)
    );
    anyhow::ensure!(
        confirmed == PLACES && counted == PLACES,
        "capacity was not respected"
    );
    Ok(())
}
