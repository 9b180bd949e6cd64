//! The duplicate candidates of one record (`orgs::duplicates::likely`) at the size of a
//! large import: run by `bench/register_import.sh` against the database it filled
//! (`BENCH_DATA_DIR`), for a record with a common name, a numbered unit on a shared
//! umbrella website and a women's group.

use criterion::{criterion_group, criterion_main, Criterion};

use coproduce::orgs::duplicates;
use coproduce::orgs::model::{self, Organisation};
use coproduce::storage::{self, Db};

fn setup(runtime: &tokio::runtime::Runtime) -> anyhow::Result<(Db, Vec<Organisation>)> {
    let dir = std::env::var("BENCH_DATA_DIR").map_err(|_| {
        anyhow::anyhow!("BENCH_DATA_DIR: the data directory bench/register_import.sh filled")
    })?;
    runtime.block_on(async {
        let url = storage::database_url(None, std::path::Path::new(&dir))?;
        let db = Db::connect(&url, 4).await?;
        let mut records = Vec::new();
        for pattern in [
            "%Community Association%",
            "%Scout Group",
            "%Women_s Group 5%",
        ] {
            let slug: Option<String> = sqlx::query_scalar(
                "SELECT slug FROM organisations WHERE name LIKE $1 ORDER BY id LIMIT 1",
            )
            .bind(pattern)
            .fetch_optional(&db.pool)
            .await?;
            if let Some(slug) = slug {
                records.extend(
                    model::find_by_slug(&db, &slug)
                        .await
                        .map_err(|e| anyhow::anyhow!("{e:?}"))?,
                );
            }
        }
        anyhow::ensure!(
            !records.is_empty(),
            "no records: run bench/register_import.sh first"
        );
        let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organisations")
            .fetch_one(&db.pool)
            .await?;
        println!("{total} organisations");
        Ok((db, records))
    })
}

fn bench(c: &mut Criterion) {
    let Ok(runtime) = tokio::runtime::Runtime::new() else {
        eprintln!("cannot start a runtime");
        std::process::exit(1);
    };
    let (db, records) = match setup(&runtime) {
        Ok(found) => found,
        Err(e) => {
            eprintln!("{e:#}");
            std::process::exit(1);
        }
    };
    for o in &records {
        c.bench_function(&format!("likely duplicates of {}", o.slug), |b| {
            b.iter(|| {
                runtime
                    .block_on(duplicates::likely(&db, &o.fields, Some(o.id)))
                    .map(|c| c.len())
            })
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
