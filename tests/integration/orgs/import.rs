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
        html.attr("#col_name option[selected]", "value").as_deref(),
        Some("0")
    );
    assert_eq!(
        html.attr("#col_charity_number option[selected]", "value")
            .as_deref(),
        Some("6")
    );
    assert_eq!(
        html.text("strong[data-outcome=create]"),
        "4",
        "{}",
        html.text("main")
    );
    assert!(
        html.text("main").contains("read as UTF-8"),
        "the encoding is named"
    );
    assert!(html
        .text("main")
        .contains("Imported records are not listed"));
    // Issue #18: one bad optional field no longer refuses the row. The bad charity number
    // is left out and said so, by the field's name; the bare host becomes an https address.
    let table = html.text("table.import-preview");
    assert!(
        table.contains("Charity number: Scottish charity numbers are SC")
            && table.contains("left out"),
        "the row with a bad number says what was left out: {table}"
    );
    assert!(table.contains("https://www.deaf.cymru"), "{table}");
    assert!(
        !table.contains("charity_number:"),
        "no raw field codes: {table}"
    );
    // Without a name column nothing starts.
    let settings_url = format!("{map_url}/settings");
    coordinator
        .post_form(&settings_url, &[("col_website", "1")])
        .await
        .assert_redirect(&map_url);
    coordinator
        .post_form(&map_url, &[])
        .await
        .assert_redirect(&map_url);
    assert_eq!(app.count("SELECT COUNT(*) FROM organisations").await, 0);
    let guessed: Vec<(String, String)> = [
        "name",
        "website",
        "nations",
        "characteristics",
        "goals",
        "charity_register",
        "charity_number",
        "listed",
    ]
    .iter()
    .enumerate()
    .map(|(i, f)| (format!("col_{f}"), i.to_string()))
    .collect();
    let guessed: Vec<(&str, &str)> = guessed
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    coordinator
        .post_form(&settings_url, &guessed)
        .await
        .assert_redirect(&map_url);

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
    let errors: Vec<(Option<String>,)> = sqlx::query_as("SELECT last_error FROM jobs")
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisations").await,
        4,
        "{errors:?}"
    );
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
    // Uploading the same file again: nothing is duplicated. Rows matched by charity number
    // or website are unchanged (no "no details changed" revisions); rows only a name
    // matches need a person's choice.
    let revisions = app
        .count("SELECT COUNT(*) FROM organisation_revisions")
        .await;
    let again = coordinator
        .post_multipart(
            "/organisations/import",
            &[],
            Some(("orgs.csv", CSV.as_bytes())),
        )
        .await;
    let again_url = again.location();
    let preview = coordinator.get(&again_url).await.html();
    assert_eq!(
        preview.text("strong[data-outcome=unchanged]"),
        "2",
        "{}",
        preview.text("main")
    );
    assert_eq!(preview.text("strong[data-outcome=asked]"), "2");
    assert_eq!(preview.text("strong[data-outcome=create]"), "0");
    let asked = coordinator
        .get(&format!("{again_url}?outcome=asked"))
        .await
        .html();
    assert_eq!(asked.count("fieldset.import-choice"), 2);
    assert!(asked
        .text("main")
        .contains("Possible match by name only: Bad Number Org"));
    // Choose: the first is the same organisation; leave the other out.
    let line_of_bad = "4";
    let bad_id = app
        .count("SELECT id FROM organisations WHERE name = 'Bad Number Org'")
        .await
        .to_string();
    coordinator
        .post_form(
            &format!("{again_url}/choices"),
            &[
                (&format!("choice_{line_of_bad}"), bad_id.as_str()),
                ("choice_5", "skip"),
            ],
        )
        .await
        .assert_redirect(&format!("{again_url}?outcome=asked"));
    let preview = coordinator.get(&again_url).await.html();
    assert_eq!(preview.text("strong[data-outcome=unchanged]"), "3");
    assert_eq!(preview.text("strong[data-outcome=left_alone]"), "1");
    let again_id: i64 = again_url.rsplit('/').next().unwrap().parse().unwrap();
    coordinator
        .post_form(&again_url, &[])
        .await
        .assert_redirect(&again_url);
    assert_eq!(app.run_jobs().await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM organisations").await, 4);
    let count = |col: &str| format!("SELECT {col} FROM organisation_imports WHERE id = {again_id}");
    assert_eq!(app.count(&count("unchanged")).await, 3);
    assert_eq!(app.count(&count("left_alone")).await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisation_revisions")
            .await,
        revisions,
        "a re-import that changes nothing writes no revisions"
    );
    // The row left out is downloadable with its reason, after the import too.
    let problems = coordinator.get(&format!("{again_url}/problems.csv")).await;
    problems.assert_status(200);
    assert!(
        problems.body.starts_with('\u{feff}'),
        "a byte-order mark for spreadsheets"
    );
    assert!(
        problems.body.contains("You chose to leave this row out"),
        "{}",
        problems.body
    );
    assert!(
        problems.body.contains("'=cmd"),
        "cells stay neutralised: {}",
        problems.body
    );
    let progress = coordinator.get(&map_url).await;
    progress.assert_status(200);
    assert!(progress.html().text("main").contains("Finished"));
    // Both imports are listed with their counts.
    let past = coordinator.get("/organisations/import").await.html();
    assert_eq!(past.count("table.import-past tbody tr"), 2);
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
    assert!(page.text("table.import-preview").contains("Café Cymru"));
    assert!(page.text("main").contains("read as Windows-1252"));
    // The overlong description is left out, not the organisation.
    assert_eq!(
        page.text("strong[data-outcome=create]"),
        "2",
        "{}",
        page.text("main")
    );
    assert!(
        page.text("table.import-preview").contains("Description:"),
        "{}",
        page.text("table.import-preview")
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
    use coproduce::orgs::import::job as import_job;
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
