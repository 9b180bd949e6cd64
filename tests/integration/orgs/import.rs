use coproduce::auth::role::Role;

use crate::util::TestApp;

const CSV: &str =
    "Organisation Name,Web,Nations,Characteristics,Goals,Charity register,Charity No.,Listed\n\
Deaf Cymru,www.deaf.cymru,Wales,Disability,10,,,yes\n\
\"Race Equality, Scotland\",,Scotland,Race,\"10;16\",scotland,SC012345,yes\n\
Bad Number Org,,England,,,scotland,12345,no\n\
=cmd|' /C calc'!A0,,,,,,,yes\n";

#[tokio::test]
async fn upload_map_preview_and_import_then_reimport_updates() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let form = coordinator.get("/organisations/import").await;
    form.assert_status(200);
    form.html().assert_page_conventions();
    let uploaded = coordinator
        .post_multipart(
            "/organisations/import",
            &[],
            Some(("orgs.csv", CSV.as_bytes())),
        )
        .await;
    assert_eq!(uploaded.status, 303);
    let map_url = uploaded.location();
    let page = coordinator.get(&map_url).await;
    page.assert_status(200);
    let html = page.html();
    html.assert_page_conventions();
    // Columns were guessed from their names.
    assert_eq!(
        html.attr("#map_name option[selected]", "value").as_deref(),
        Some("0")
    );
    assert_eq!(
        html.attr("#map_charity_number option[selected]", "value")
            .as_deref(),
        Some("6")
    );
    assert!(
        html.text("h2").contains("4 rows can be imported"),
        "{}",
        html.text("h2")
    );
    // Issue #18: one bad optional field no longer refuses the row. The bad charity number
    // is left out and said so; the bare host becomes an https address, and says so.
    let table = html.text("table");
    assert!(
        table.contains("Scottish charity numbers are SC") && table.contains("left out"),
        "the row with a bad number says what was left out: {table}"
    );
    assert!(table.contains("https://www.deaf.cymru"), "{table}");
    // Without a name column nothing starts.
    coordinator
        .post_form(&map_url, &[("map_website", "1")])
        .await
        .assert_redirect(&map_url);
    assert_eq!(app.count("SELECT COUNT(*) FROM organisations").await, 0);

    // Starting queues the import as a durable job; a job worker runs it.
    coordinator
        .post_form(&map_url, &[])
        .await
        .assert_redirect(&map_url);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM jobs WHERE kind = 'orgs.import' AND state = 'queued'")
            .await,
        1
    );
    assert_eq!(app.run_jobs().await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM organisations").await, 4);
    let record = app.count("SELECT created FROM organisation_imports").await;
    assert_eq!(record, 4);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisations WHERE name = 'Bad Number Org' AND charity_number = ''")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisations WHERE website = 'https://www.deaf.cymru'")
            .await,
        1
    );
    let names = app
        .client()
        .get("/organisations?nation=scotland&characteristic=race")
        .await
        .html()
        .texts(".org-card__name");
    assert_eq!(names, vec!["Race Equality, Scotland"]);
    // A formula-looking name is stored as text and neutralised in the CSV export.
    let csv = app.client().get("/organisations.csv").await.body;
    assert!(
        csv.contains("'=cmd"),
        "the formula cell is exported neutralised: {csv}"
    );
    assert!(!csv.contains("\n=cmd"), "and never as a formula");
    // Uploading the same file again: the preview says which records will be updated.
    let again = coordinator
        .post_multipart(
            "/organisations/import",
            &[],
            Some(("orgs.csv", CSV.as_bytes())),
        )
        .await;
    let preview = coordinator.get(&again.location()).await.html();
    assert!(
        preview
            .text("table")
            .contains("Will update the existing record Deaf Cymru"),
        "{}",
        preview.text("table")
    );
    // Importing again updates instead of duplicating.
    let again_url = again.location();
    let again_id: i64 = again_url.rsplit('/').next().unwrap().parse().unwrap();
    coordinator
        .post_form(&again_url, &[])
        .await
        .assert_redirect(&again_url);
    assert_eq!(app.run_jobs().await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM organisations").await, 4);
    assert_eq!(
        app.count(&format!(
            "SELECT updated FROM organisation_imports WHERE id = {again_id}"
        ))
        .await,
        4
    );
    let progress = coordinator.get(&map_url).await;
    progress.assert_status(200);
    assert!(progress.html().text("main").contains("Finished"));
}

#[tokio::test]
async fn bad_files_are_refused_clearly() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    for (name, data, message) in [
        ("image.csv", &b"\x89PNG\r\n\x1a\n\0\0\0"[..], "not a CSV"),
        ("empty.csv", &b"name\n"[..], "no rows"),
    ] {
        let response = coordinator
            .post_multipart("/organisations/import", &[], Some((name, data)))
            .await;
        response.assert_status(422);
        assert!(
            response.html().text(".error-summary").contains(message),
            "{name}"
        );
    }
    coordinator
        .post_multipart("/organisations/import", &[], None)
        .await
        .assert_status(422);
    // Windows-1252 text is decoded; a 10 MB line is a row with problems, not a failure.
    let mut latin = b"name,description\nCaf\xE9 Cymru,\x93quoted\x94\n".to_vec();
    latin.extend_from_slice(b"Long Line,");
    latin.extend(std::iter::repeat_n(b'x', 10 * 1024 * 1024));
    latin.push(b'\n');
    let uploaded = coordinator
        .post_multipart("/organisations/import", &[], Some(("latin.csv", &latin)))
        .await;
    assert_eq!(uploaded.status, 303);
    let page = coordinator.get(&uploaded.location()).await.html();
    assert!(page.text("table").contains("Café Cymru"));
    // The overlong description is left out, not the organisation.
    assert!(
        page.text("h2").contains("2 rows can be imported"),
        "{}",
        page.text("h2")
    );
    assert!(
        page.text("table").contains("description"),
        "{}",
        page.text("table")
    );
    app.signed_in("p@example.org", Role::Participant)
        .await
        .get("/organisations/import")
        .await
        .assert_status(403);
}

/// Issue #9: an import whose worker died after its first batch resumes after that batch
/// instead of starting again (which would count the first rows as updates, not creations).
#[tokio::test]
async fn an_interrupted_import_resumes_after_its_last_whole_batch() {
    use coproduce::orgs::import_job;
    let app = TestApp::new().await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let mut csv = String::from("Organisation Name,Nations\n");
    for n in 0..1200 {
        csv.push_str(&format!("Group number {n},Wales\n"));
    }
    let uploaded = coordinator
        .post_multipart(
            "/organisations/import",
            &[],
            Some(("many.csv", csv.as_bytes())),
        )
        .await;
    let map_url = uploaded.location();
    let id: i64 = map_url.rsplit('/').next().unwrap().parse().unwrap();
    coordinator
        .post_form(&map_url, &[])
        .await
        .assert_redirect(&map_url);
    // The first worker commits one batch, then stops answering: its lease goes to nobody
    // (as when the process is killed), so it must stop after that batch.
    let dying = coproduce::jobs::Registry::new().handler(import_job::JOB_KIND, |run| async move {
        sqlx::query("UPDATE jobs SET locked_by = 'nobody' WHERE id = $1")
            .bind(run.job.id)
            .execute(&run.db.pool)
            .await?;
        import_job::run_job(&run).await
    });
    let config = app.state.config.clone();
    let t = coproduce::storage::now();
    coproduce::jobs::worker::drain_once(&app.db, &config, &dying, "first", t)
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisations").await,
        import_job::BATCH as i64
    );
    // After the restart, once the lease has run out, the job carries on from there.
    let ran = coproduce::jobs::worker::drain_once(
        &app.db,
        &config,
        &coproduce::app::jobs::registry(),
        "restarted",
        t + coproduce::jobs::queue::LEASE_SECONDS + 1,
    )
    .await
    .unwrap();
    assert_eq!(ran, 1);
    let counts = |col: &str| format!("SELECT {col} FROM organisation_imports WHERE id = {id}");
    assert_eq!(app.count("SELECT COUNT(*) FROM organisations").await, 1200);
    assert_eq!(app.count(&counts("done")).await, 1200);
    assert_eq!(app.count(&counts("created")).await, 1200);
    assert_eq!(app.count(&counts("updated")).await, 0);
    let progress = coordinator.get(&map_url).await;
    assert!(progress.html().text("main").contains("Finished"));
}
