//! Seeds the consultation benchmark: a 20,000-word document (1,000 parts of 20 words under
//! 50 headings) with 5,000 comments spread over its parts, and measures publishing a new
//! version that edits one part in ten, moves five and inserts ten (all blocks matched).
//! `bench/consultations.sh` then load-tests the page and posting a comment.
//!
//! Run: `cargo bench --bench consultation_seed -- DATA_DIR` (SQLite in DATA_DIR), or with
//! `BENCH_DATABASE_URL=postgres://…` (an empty database).

use std::time::Instant;

use coproduce::consultations::model::{self, ConsultationFields, NewComment};
use coproduce::storage::{self, now, Db};

const PARTS: usize = 1_000;
const COMMENTS: usize = 5_000;

fn words(seed: usize, n: usize) -> String {
    const WORDS: [&str; 12] = [
        "people",
        "furthest",
        "from",
        "decision",
        "making",
        "open",
        "government",
        "goals",
        "equality",
        "networks",
        "engage",
        "plans",
    ];
    (0..n)
        .map(|i| WORDS[(seed * 7 + i * 3) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn document(edited: bool) -> String {
    let mut parts: Vec<String> = Vec::new();
    for n in 0..PARTS {
        if n % 20 == 0 {
            parts.push(format!("## Section {}", n / 20 + 1));
        }
        let mut text = format!("Part {n}: {}.", words(n, 18));
        if edited && n % 10 == 3 {
            text.push_str(" Changed in the second version.");
        }
        parts.push(text);
    }
    if edited {
        // Five parts move to the end, ten new ones arrive.
        for n in 0..5 {
            let moved = parts.remove(100 + n * 50);
            parts.push(moved);
        }
        for n in 0..10 {
            parts.insert(
                200 + n * 60,
                format!("A new part {n}: {}.", words(n + 5000, 18)),
            );
        }
    }
    parts.join("\n\n") + "\n"
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let err = |e: coproduce::error::AppError| anyhow::anyhow!("{e:?}");
    let dir = std::env::args()
        .nth(1)
        .filter(|a| !a.starts_with('-'))
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("coproduce-consultation-bench"));
    let url = match std::env::var("BENCH_DATABASE_URL") {
        Ok(url) if !url.is_empty() => url,
        _ => {
            let _ = std::fs::remove_dir_all(&dir);
            storage::database_url(None, &dir)?
        }
    };
    let db = Db::connect(&url, 8).await?;
    storage::run_migrations(&db).await?;
    let first = document(false);
    println!("document: {} words", first.split_whitespace().count());
    let fields = ConsultationFields {
        title: "Benchmark paper".into(),
        draft: first,
        opens_at: Some(now() - 3600),
        closes_at: Some(now() + 30 * 86_400),
        ..ConsultationFields::default()
    };
    let id = model::create(&db, "bench", &fields, None, false)
        .await
        .map_err(err)?;
    let start = Instant::now();
    model::publish(&db, id, None).await.map_err(err)?;
    println!(
        "publish the first version: {:.0} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    let c = model::find_by_slug(&db, "bench")
        .await
        .map_err(err)?
        .ok_or_else(|| anyhow::anyhow!("the consultation was not created"))?;
    let blocks = model::version_blocks(&db, id, 1).await.map_err(err)?;
    let start = Instant::now();
    for n in 0..COMMENTS {
        let block = &blocks[(n * 37) % blocks.len()];
        let new = NewComment {
            block_id: Some(block.block_id),
            parent_id: None,
            author_id: None,
            author_name: "Bench",
            body: "A generated comment for the benchmark, about this part.",
        };
        model::add_comment(&db, &c, &new, now())
            .await
            .map_err(err)?
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    }
    println!(
        "{COMMENTS} comments in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    let edited = ConsultationFields {
        draft: document(true),
        ..c.fields.clone()
    };
    model::update(&db, id, &edited).await.map_err(err)?;
    let start = Instant::now();
    model::publish(&db, id, None).await.map_err(err)?;
    println!(
        "publish a second version (every block matched): {:.0} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    let v2 = model::version_blocks(&db, id, 2).await.map_err(err)?;
    let kept = v2.iter().filter(|b| b.change != "new").count();
    println!(
        "second version: {} parts, {kept} matched to the first",
        v2.len()
    );
    Ok(())
}
