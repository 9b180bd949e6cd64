//! Group commit (`Db::write_batched`): many writers at once are all kept, each told only
//! after the commit that holds its write; a piece that fails is undone alone.

use coproduce::error::AppError;

use crate::util::TestApp;

#[tokio::test]
async fn writes_at_once_are_kept_and_a_failing_one_is_undone_alone() {
    let app = TestApp::new().await;
    let mut tasks = Vec::new();
    for n in 0..120 {
        let db = app.db.clone();
        tasks.push(tokio::spawn(async move {
            db.write_batched(move |conn| {
                Box::pin(async move {
                    sqlx::query(
                        "INSERT INTO settings (name, value, updated_at) VALUES ($1, 'x', 0)",
                    )
                    .bind(format!("batch-{n}"))
                    .execute(&mut *conn)
                    .await?;
                    if n % 10 == 7 {
                        // Fails after writing: its row must not be kept.
                        return Err(AppError::BadRequest(None));
                    }
                    Ok(n)
                })
            })
            .await
        }));
    }
    let mut kept = 0;
    let mut refused = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(_) => kept += 1,
            Err(AppError::BadRequest(None)) => refused += 1,
            Err(e) => panic!("unexpected error: {e:?}"),
        }
    }
    assert_eq!((kept, refused), (108, 12));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM settings WHERE name LIKE 'batch-%'")
            .await,
        108
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM settings WHERE name LIKE 'batch-%7'")
            .await,
        0,
        "every failed piece was undone"
    );
}
