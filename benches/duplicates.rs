//! The duplicate candidates of one record (`orgs::duplicates::likely`) at the size of a
//! large import: run by `bench/register_import.sh` against the database it filled
//! (`BENCH_DATA_DIR`), for records with a charity number, a shared umbrella website and a
//! common name.

use criterion::{criterion_group, criterion_main, Criterion};

use coproduce::orgs::{duplicates, model};
use coproduce::storage::{self, Db};

fn bench(c: &mut Criterion) {
    let dir = std::env::var("BENCH_DATA_DIR")
        .expect("BENCH_DATA_DIR: the data directory bench/register_import.sh filled");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (db, records) = runtime.block_on(async {
        let url = storage::database_url(None, std::path::Path::new(&dir)).expect("url");
        let db = Db::connect(&url, 4).await.expect("database");
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
            .await
            .expect("read");
            if let Some(slug) = slug {
                records.extend(model::find_by_slug(&db, &slug).await.expect("read"));
            }
        }
        assert!(
            !records.is_empty(),
            "no records: run bench/register_import.sh first"
        );
        (db, records)
    });
    let total: i64 = runtime.block_on(async {
        sqlx::query_scalar("SELECT COUNT(*) FROM organisations")
            .fetch_one(&db.pool)
            .await
            .expect("count")
    });
    println!("{total} organisations");
    for o in &records {
        c.bench_function(&format!("likely duplicates of {}", o.slug), |b| {
            b.iter(|| {
                runtime
                    .block_on(duplicates::likely(&db, &o.fields, Some(o.id)))
                    .expect("likely")
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
