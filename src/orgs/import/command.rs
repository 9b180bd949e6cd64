//! `coproduce import-organisations FILE [--profile NAME] [--set FIELD=VALUE]... [--dry-run]`:
//! the page's pipeline without the page. The same settings (a saved profile, else columns
//! guessed from the headings, then the constants given), the same planner and the same
//! job body, so the counts are the page's; it never asks: rows that need a choice are left
//! (and listed) for the page. The import is recorded among the past imports.

use super::columns::field_named;
use super::job::{self, Progress, Started};
use super::plan::Counts;
use super::problems::{self, Problem};
use super::record;
use super::settings::Settings;
use super::{file, preview, profiles};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::storage::Db;

/// What a run did.
pub struct Report {
    pub encoding: &'static str,
    pub header: Vec<String>,
    pub counts: Counts,
    pub problems: Vec<Problem>,
    /// The import's id (none for a dry run).
    pub import_id: Option<i64>,
}

/// The settings a run uses: the profile's, else guessed; then each `FIELD=VALUE`.
pub async fn settings_for(
    db: &Db,
    header: &[String],
    profile: Option<&str>,
    sets: &[String],
) -> anyhow::Result<Settings> {
    let mut settings = match profile {
        Some(name) => profiles::get(db, name)
            .await
            .map_err(app)?
            .ok_or_else(|| anyhow::anyhow!("no import profile is called {name:?}"))?,
        None => Settings::guessed(header),
    };
    for set in sets {
        let Some((field, value)) = set.split_once('=') else {
            anyhow::bail!(
                "--set takes FIELD=VALUE, as in --set nation=\"Northern Ireland\"; got {set:?}"
            );
        };
        let Some(code) = field_named(field) else {
            anyhow::bail!(
                "--set: no field is called {field:?}; fields are {}",
                super::columns::FIELDS.join(", ")
            );
        };
        settings
            .constants
            .insert(code.to_string(), value.trim().to_string());
    }
    Ok(settings)
}

fn app(e: AppError) -> anyhow::Error {
    anyhow::anyhow!("{e:?}")
}

/// Reads `bytes` (named `file_name`) and imports it, or with `dry_run` only plans it.
pub async fn run(
    db: &Db,
    bytes: Vec<u8>,
    file_name: &str,
    profile: Option<&str>,
    sets: &[String],
    dry_run: bool,
    on_batch: impl FnMut(&Progress),
) -> anyhow::Result<Report> {
    let lang = Lang::En;
    let (text, encoding) = file::decode_owned(bytes);
    let header = file::header(&text);
    if header.iter().all(String::is_empty) {
        anyhow::bail!("{file_name} has no header row");
    }
    let settings = settings_for(db, &header, profile, sets).await?;
    if !settings.mapping(&header).contains_key("name") {
        anyhow::bail!(
            "no column holds the organisation's name: name one with a profile, or head it \"name\""
        );
    }
    if dry_run {
        let (counts, problems) = preview::problems(db, &text, &settings, lang)
            .await
            .map_err(app)?;
        return Ok(Report {
            encoding,
            header,
            counts,
            problems,
            import_id: None,
        });
    }
    // The command line keeps the file itself (it does not resume elsewhere): the record
    // holds its header only, and the rows are read from memory once.
    let header_only = file::header_line(&header);
    let id = record::store(
        db,
        None,
        file_name,
        &header_only,
        encoding,
        &settings,
        "command",
    )
    .await
    .map_err(app)?;
    let total = i64::try_from(file::count_rows(&text)).unwrap_or(i64::MAX);
    let mut tx = db.begin_write().await?;
    record::mark_running(&mut tx, id, &settings, total)
        .await
        .map_err(app)?;
    tx.commit().await?;
    let mut import = record::load_without_file(db, id)
        .await
        .map_err(app)?
        .ok_or_else(|| anyhow::anyhow!("the import vanished"))?;
    // The text read once, not again from the database.
    import.content = text;
    let started = Started {
        import_id: id,
        author_id: None,
        author_name: "coproduce import-organisations".into(),
        summary: lang.t_args("import-summary", &[("file", file_name.to_string().into())]),
        lang: lang.code().to_string(),
    };
    let counts = job::run_import(db, &import, &started, None, on_batch)
        .await
        .map_err(app)?;
    let problems = problems::stored(db, id).await.map_err(app)?;
    Ok(Report {
        encoding,
        header,
        counts,
        problems,
        import_id: Some(id),
    })
}

/// Runs `import-organisations` and prints its report.
pub async fn run_and_print(
    db: &Db,
    file: &std::path::Path,
    profile: Option<&str>,
    sets: &[String],
    dry_run: bool,
) -> anyhow::Result<()> {
    use super::plan::OUTCOMES;
    use anyhow::Context;
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "import.csv".into());
    let report = run(db, bytes, &name, profile, sets, dry_run, |p| {
        eprintln!("imported {} of {} rows", p.done, p.total)
    })
    .await?;
    let lang = Lang::En;
    println!(
        "{}: read as {}, {} rows{}",
        name,
        report.encoding,
        report.counts.total(),
        if dry_run {
            " (dry run: nothing changed)"
        } else {
            ""
        }
    );
    for outcome in OUTCOMES {
        println!(
            "  {:<26} {}",
            lang.t(&format!("import-outcome-{}", outcome.replace('_', "-"))),
            report.counts.get(outcome)
        );
    }
    let mut reasons: std::collections::BTreeMap<String, usize> = Default::default();
    for p in &report.problems {
        *reasons.entry(p.reason.clone()).or_default() += 1;
    }
    let mut reasons: Vec<(String, usize)> = reasons.into_iter().collect();
    reasons.sort_by_key(|r| std::cmp::Reverse(r.1));
    for (reason, count) in reasons.iter().take(10) {
        println!("  {count:>6} × {reason}");
    }
    if !report.problems.is_empty() {
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let path = file.with_file_name(format!("{stem}-problems.csv"));
        std::fs::write(
            &path,
            problems::to_csv(lang, &report.header, &report.problems)?,
        )
        .with_context(|| format!("cannot write {}", path.display()))?;
        println!("Rows not imported, with the reason: {}", path.display());
    }
    if report.counts.asked > 0 {
        println!("Rows that need a choice are left for the import page.");
    }
    if let Some(id) = report.import_id {
        println!("Recorded as import {id}: /organisations/import/{id}");
    }
    Ok(())
}
