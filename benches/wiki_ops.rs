//! Latency of wiki operations at size, in process: search over a generated 10,000-page wiki
//! and saving an edit. Prints p50/p95/p99 for each.
//!
//! Run: `cargo bench --bench wiki_ops` (SQLite in a temporary directory), or with
//! `BENCH_DATABASE_URL=postgres://…` for PostgreSQL (use an empty database).

use std::time::{Duration, Instant};

use coproduce::storage::{self, Db};
use coproduce::wiki::save::{save, Edit};
use coproduce::wiki::search;
use coproduce::wiki::title::Title;

const PAGES: usize = 10_000;
const WORDS: &[&str] = &[
    "equality",
    "participation",
    "summit",
    "consortium",
    "open",
    "government",
    "wales",
    "scotland",
    "disability",
    "access",
    "meeting",
    "report",
    "network",
    "charity",
    "funding",
    "proposal",
    "sustainable",
    "development",
    "goals",
    "outcomes",
    "partners",
    "community",
    "transparency",
    "ŵyl",
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn report(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    println!(
        "{name}: n={} p50={:.2} ms p95={:.2} ms p99={:.2} ms",
        samples.len(),
        percentile(&samples, 0.50).as_secs_f64() * 1000.0,
        percentile(&samples, 0.95).as_secs_f64() * 1000.0,
        percentile(&samples, 0.99).as_secs_f64() * 1000.0
    );
}

fn page_text(n: usize) -> String {
    let mut text = format!("# Page {n}\n\n");
    for paragraph in 0..6 {
        for w in 0..40 {
            let word = WORDS[(n * 7 + paragraph * 13 + w * 3) % WORDS.len()];
            text.push_str(word);
            text.push(' ');
        }
        text.push_str(&format!("[[Page {}]]\n\n", (n + paragraph + 1) % PAGES));
    }
    text
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let url = match std::env::var("BENCH_DATABASE_URL") {
        Ok(url) if !url.is_empty() => url,
        _ => storage::database_url(None, dir.path())?,
    };
    let db = Db::connect(&url, 8).await?;
    storage::run_migrations(&db).await?;
    println!("backend: {:?}; generating {PAGES} pages…", db.backend);
    let start = Instant::now();
    for n in 0..PAGES {
        let title = Title::parse(&format!("Page {n}")).map_err(|e| anyhow::anyhow!("{e:?}"))?;
        save(
            &db,
            Edit {
                title: &title,
                base_revision_id: None,
                section: None,
                text: &page_text(n),
                summary: "",
                minor: false,
                author_id: None,
                author_name: "bench",
            },
        )
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        if n % 2000 == 1999 {
            println!("  {} pages ({:.0} s)", n + 1, start.elapsed().as_secs_f64());
        }
    }

    let mut searches = Vec::new();
    for i in 0..400 {
        let query = format!(
            "{} {}",
            WORDS[i % WORDS.len()],
            WORDS[(i * 5 + 3) % WORDS.len()]
        );
        let t = Instant::now();
        let hits = search::search(&db, &query, 20, false)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        searches.push(t.elapsed());
        std::hint::black_box(hits);
    }
    report("search (10,000 pages, two words, 20 results)", searches);

    let mut saves = Vec::new();
    for i in 0..400 {
        let title = Title::parse(&format!("Page {}", i * 17 % PAGES))
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let page = coproduce::wiki::model::find_page(&db, &title)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let base = page.map(|p| p.head_revision_id);
        let text = format!("{}\nEdit {i}\n", page_text(i * 17 % PAGES));
        let t = Instant::now();
        save(
            &db,
            Edit {
                title: &title,
                base_revision_id: base,
                section: None,
                text: &text,
                summary: "bench edit",
                minor: false,
                author_id: None,
                author_name: "bench",
            },
        )
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        saves.push(t.elapsed());
    }
    report("save an edit (page of ~1,600 words)", saves);
    Ok(())
}
