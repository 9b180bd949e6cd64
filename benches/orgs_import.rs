//! Imports a generated CSV of 50,000 organisations into a fresh database and reports rows
//! per second and peak memory; leaves the database for `bench/orgs.sh` to load-test.
//!
//! Run: `cargo bench --bench orgs_import -- DATA_DIR` (SQLite in DATA_DIR), or with
//! `BENCH_DATABASE_URL=postgres://…` (an empty database).

use std::time::Instant;

use coproduce::orgs::import;
use coproduce::storage::{self, Db};

const ROWS: usize = 50_000;
const NATIONS: [&str; 5] = [
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "UK-wide",
];
const CHARACTERISTICS: [&str; 9] = [
    "Age",
    "Disability",
    "Gender reassignment",
    "Marriage and civil partnership",
    "Pregnancy and maternity",
    "Race",
    "Religion or belief",
    "Sex",
    "Sexual orientation",
];
const KINDS: [&str; 6] = [
    "Network",
    "Charity",
    "Community group",
    "Forum",
    "Alliance",
    "Trust",
];

fn peak_memory_mib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}

fn generate() -> String {
    let mut csv = String::from("name,description,website,nations,characteristics,goals,listed\n");
    for n in 0..ROWS {
        let nation = NATIONS[n % 5];
        let c1 = CHARACTERISTICS[n % 9];
        let c2 = CHARACTERISTICS[(n / 9) % 9];
        csv.push_str(&format!(
            "\"{} {} {n}\",\"Works with people in {nation} on equality and participation, row {n}.\",https://org{n}.example.org,{nation},\"{c1};{c2}\",\"{};{}\",yes\n",
            ["Equality", "Inclusion", "Community", "Voices", "Access", "Rights"][n % 6],
            KINDS[(n / 6) % 6],
            n % 17 + 1,
            (n / 17) % 17 + 1
        ));
    }
    csv
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .filter(|a| !a.starts_with('-'))
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("coproduce-orgs-bench"));
    let url = match std::env::var("BENCH_DATABASE_URL") {
        Ok(url) if !url.is_empty() => url,
        _ => {
            let _ = std::fs::remove_dir_all(&dir);
            storage::database_url(None, &dir)?
        }
    };
    let db = Db::connect(&url, 8).await?;
    storage::run_migrations(&db).await?;
    let csv = generate();
    println!(
        "backend: {:?}; CSV of {ROWS} rows, {} MiB",
        db.backend,
        csv.len() / 1024 / 1024
    );
    let start = Instant::now();
    let report =
        import::command::run(&db, csv.into_bytes(), "bench.csv", None, &[], false, |_| {}).await?;
    let valid = report.counts.create + report.counts.update + report.counts.unchanged;
    let total = start.elapsed();
    println!("{valid} rows imported or matched");
    println!(
        "imported {ROWS} rows in {:.1} s: {:.0} rows/s; peak memory {} MiB",
        total.as_secs_f64(),
        ROWS as f64 / total.as_secs_f64(),
        peak_memory_mib()
    );
    Ok(())
}
