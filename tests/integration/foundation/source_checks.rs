//! Issue #9: checks on the source itself, so that the shape stays true as domains are added.
//! Every Fluent message the code and templates name exists in English and Welsh (messages
//! whose names are built with `format!` are listed here by prefix); the layers only point
//! down; no source file grows past 450 lines; and every route answers the method the route
//! table declares for it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::http::Request;
use tower::ServiceExt;

use crate::util::TestApp;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

fn sources(dir: &str, ext: &str) -> Vec<(String, String)> {
    let mut paths = Vec::new();
    files_under(&Path::new(ROOT).join(dir), ext, &mut paths);
    assert!(!paths.is_empty(), "no .{ext} files under {dir}");
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let rel = p.strip_prefix(ROOT).unwrap().display().to_string();
            (rel, text)
        })
        .collect()
}

fn messages(lang: &str) -> BTreeSet<String> {
    sources(&format!("locales/{lang}"), "ftl")
        .iter()
        .flat_map(|(_, text)| {
            text.lines()
                .filter(|l| !l.starts_with([' ', '#', '*', '[', '.']) && l.contains(" ="))
                .map(|l| l.split(" =").next().unwrap().trim().to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Message names built at run time: the prefix, and whether it names messages (or, for
/// `false`, a form field or other name that is not a message).
const BUILT_NAMES: &[(&str, bool)] = &[
    ("bulk-action-", true),
    ("bulk-summary-", true),
    ("consortium-error-", true),
    ("consortium-log-", true),
    ("consortium-result-", true),
    ("consortium-role-", true),
    ("consortium-rules-block-by-", true),
    ("consortium-rules-block-effect-", true),
    ("consortium-stance-", true),
    ("consult-analysis-", true),
    ("consult-import-dropped-", true),
    ("consult-import-error-", true),
    ("consult-kind-", true),
    ("consult-notice-", true),
    ("consult-scale-", true),
    ("consult-suggestion-", true),
    ("consult-via-", true),
    ("edit-", false),
    ("reason-", false),
    ("reply-", false),
    ("email-", true),
    ("error-", true),
    ("events-count-", true),
    ("events-need-", true),
    ("events-status-", true),
    ("events-type-", true),
    ("import-encoding-", true),
    ("import-field-", true),
    ("import-outcome-", true),
    ("import-status-", true),
    ("import-status-short-", true),
    ("meetings-access-", true),
    ("meetings-consent-", true),
    ("meetings-division-", true),
    ("meetings-status-", true),
    ("monitoring-a-", true),
    ("monitoring-q-", true),
    ("month-", true),
    ("nation-", true),
    ("orgs-error-charity-number-", true),
    ("orgs-register-", true),
    ("orgs-status-", true),
    ("orgs-type-", true),
    ("outbox-status-", true),
    ("outreach-kind-", true),
    ("outreach-stage-", true),
    ("outreach-way-", true),
    ("page-protection-", false), // an audit-log action name
    ("page-readers-", false),    // an audit-log action name
    ("pc-", true),
    ("polls-answer-", true),
    ("proposals-answer-", true),
    ("proposals-category-", true),
    ("proposals-event-", true),
    ("proposals-status-", true),
    ("plan-evidence-", true),
    ("plan-progress-mode-", true),
    ("plan-status-", true),
    ("polls-status-", true),
    ("request-status-", true),
    ("s75-", true),
    ("sdg-", true),
    ("weekday-", true),
    ("who-", true),
    ("wiki-", true),
    ("wiki-protection-", true),
    ("wiki-readers-", true),
];

/// The message names that appear literally where a message is looked up.
fn named_messages(text: &str) -> Vec<String> {
    let patterns = [
        r#"\bt\(\s*"([a-z0-9]+(?:-[a-z0-9]+)+)""#,
        r#"t_args\(\s*"([a-z0-9]+(?:-[a-z0-9]+)+)""#,
        r#"Flash\(\s*"([a-z0-9]+(?:-[a-z0-9]+)+)""#,
        r#"Layout::new\(\s*&?[a-z_]+,\s*"([a-z0-9]+(?:-[a-z0-9]+)+)""#,
        r#"\.add\(\s*"[a-z0-9_\-]+",\s*"([a-z0-9]+(?:-[a-z0-9]+)+)""#,
        r#"\(\s*"([a-z0-9]+(?:-[a-z0-9]+)+-title)",\s*"/"#,
    ];
    let mut found = Vec::new();
    for p in patterns {
        let re = regex::Regex::new(p).unwrap();
        for c in re.captures_iter(text) {
            found.push(c[1].to_string());
        }
    }
    found
}

#[test]
fn every_message_the_code_names_exists_in_english_and_welsh() {
    let en = messages("en");
    let cy = messages("cy");
    let mut files = sources("src", "rs");
    files.extend(sources("templates", "html"));
    let mut named = 0;
    let mut missing = Vec::new();
    for (path, text) in &files {
        for key in named_messages(text) {
            named += 1;
            for (lang, keys) in [("en", &en), ("cy", &cy)] {
                if !keys.contains(&key) {
                    missing.push(format!("{path}: {key} ({lang})"));
                }
            }
        }
    }
    assert!(
        named > 500,
        "only {named} message names found: is the scan broken?"
    );
    assert!(missing.is_empty(), "messages missing: {missing:#?}");
    // Every name built with format! has its prefix listed above, and each listed message
    // prefix has messages, the same in both languages.
    let built = regex::Regex::new(r#"format!\(\s*"([a-z0-9]+(?:-[a-z0-9]+)*-)\{"#).unwrap();
    for (path, text) in &files {
        for c in built.captures_iter(text) {
            assert!(
                BUILT_NAMES.iter().any(|(p, _)| *p == &c[1]),
                "{path} builds names starting {:?}: list the prefix in BUILT_NAMES",
                &c[1]
            );
        }
    }
    for (prefix, is_message) in BUILT_NAMES.iter().filter(|(_, m)| *m) {
        let in_en: BTreeSet<_> = en.iter().filter(|k| k.starts_with(prefix)).collect();
        let in_cy: BTreeSet<_> = cy.iter().filter(|k| k.starts_with(prefix)).collect();
        assert!(
            *is_message && !in_en.is_empty(),
            "no messages start {prefix:?}"
        );
        assert_eq!(in_en, in_cy, "{prefix}: English and Welsh differ");
    }
}

/// `crate::X` modules a file refers to.
fn uses(text: &str) -> BTreeSet<String> {
    let re = regex::Regex::new(r"crate::([a-z0-9_]+)").unwrap();
    re.captures_iter(text).map(|c| c[1].to_string()).collect()
}

#[test]
fn the_layers_only_point_down() {
    let files = sources("src", "rs");
    let domains = [
        "account",
        "admin",
        "auth_pages",
        "wiki",
        "orgs",
        "meetings",
        "events",
        "consultations",
        "consortium",
        "proposals",
        "plan",
        "site",
        "demo",
    ];
    let mut wrong = Vec::new();
    for (path, text) in &files {
        let used = uses(text);
        let top = path.trim_start_matches("src/");
        let module = top.split(['/', '.']).next().unwrap();
        // Only the program and the composition root know the router.
        if used.contains("app")
            && !["app", "routes", "server", "cli", "main", "lib"].contains(&module)
        {
            wrong.push(format!("{path} imports crate::app"));
        }
        // meetings and events share calendar, never each other.
        if module == "meetings" && used.contains("events") {
            wrong.push(format!("{path} imports events"));
        }
        if module == "events" && used.contains("meetings") {
            wrong.push(format!("{path} imports meetings"));
        }
        // The lower layers import no domain; the auth core not even http or views.
        let allowed: &[&str] = match module {
            "auth" => &["auth", "config", "error", "i18n", "storage"],
            "http" => &[
                "auth", "config", "error", "forms", "http", "i18n", "state", "storage",
            ],
            "views" => &[
                "auth", "config", "error", "forms", "http", "i18n", "state", "storage", "views",
            ],
            _ => &[],
        };
        if !allowed.is_empty() {
            for u in used.iter().filter(|u| !allowed.contains(&u.as_str())) {
                wrong.push(format!("{path} ({module}) imports crate::{u}"));
            }
        }
        if ["calendar", "jobs", "mail", "search"].contains(&module) {
            for u in used.iter().filter(|u| domains.contains(&u.as_str())) {
                wrong.push(format!("{path} (shared {module}) imports the domain {u}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn no_source_file_is_over_450_lines() {
    let long: Vec<String> = sources("src", "rs")
        .into_iter()
        .filter(|(_, text)| text.lines().count() > 450)
        .map(|(path, text)| format!("{path}: {} lines", text.lines().count()))
        .collect();
    assert!(long.is_empty(), "split these by action: {long:#?}");
}

#[tokio::test]
async fn every_route_answers_the_method_it_declares() {
    let app = TestApp::new().await;
    let mut checked = 0;
    let parameter = regex::Regex::new(r"\{\*?[a-z_]+\}").unwrap();
    for route in coproduce::routes::table() {
        let path = parameter.replace_all(route.spec.path, "1").to_string();
        let router = axum::Router::new()
            .route(route.spec.path, route.handler)
            .with_state(app.state.clone());
        let response = router
            .oneshot(
                Request::builder()
                    .method(route.spec.method.clone())
                    .uri(&path)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_ne!(
            response.status(),
            405,
            "{} {} is declared, but its handler takes another method",
            route.spec.method,
            route.spec.path
        );
        checked += 1;
    }
    assert!(checked > 100, "{checked}");
}
