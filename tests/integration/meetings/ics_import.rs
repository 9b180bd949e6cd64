//! Reading `.ics` files as proposed meetings, over the icalendar project's test corpus
//! (real exports from Google, Outlook and Apple, time zones, recurrences, broken files;
//! `tests/fixtures/icalendar-tests`, BSD 2-clause).

use std::path::Path;

use coproduce::meetings::ics_import::read;

/// A fixed "now" (14 November 2023) so that recurrences expand the same way every run.
const NOW: i64 = 1_700_000_000;

fn corpus(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            corpus(&path, files);
        } else if path.extension().is_some_and(|e| e == "ics") {
            files.push(path);
        }
    }
}

#[test]
fn every_file_in_the_corpus_is_read_or_refused_without_a_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/icalendar-tests");
    let mut files = Vec::new();
    corpus(&root, &mut files);
    assert_eq!(files.len(), 163);
    let (mut read_ok, mut refused, mut meetings) = (0, 0, 0);
    for file in &files {
        let text = String::from_utf8_lossy(&std::fs::read(file).unwrap()).into_owned();
        match read(&text, NOW) {
            Some(imported) => {
                read_ok += 1;
                meetings += imported.meetings.len();
                for m in &imported.meetings {
                    assert!((5..=1440).contains(&m.duration_minutes), "{file:?}");
                    assert!(m.title.chars().count() <= 200 && !m.title.is_empty());
                    assert_eq!(m.status, "proposed");
                    assert!(!m.is_public, "imported meetings start private");
                }
            }
            None => refused += 1,
        }
    }
    println!("{read_ok} files read, {refused} refused, {meetings} meetings");
    assert!(read_ok > 100, "{read_ok} files read");
    assert!(meetings > 50, "{meetings} meetings");
}

#[test]
fn times_are_read_in_their_zones() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/icalendar-tests");
    // UTC times are kept.
    let utc = read(
        &std::fs::read_to_string(root.join("events/event_with_unicode_fields.ics")).unwrap(),
        NOW,
    )
    .unwrap();
    assert_eq!(utc.meetings[0].starts_at, 1_286_704_800);
    assert_eq!(utc.meetings[0].duration_minutes, 120);
    assert_eq!(utc.meetings[0].venue, "Tribstrül");
    // 13:00 Europe/London in October is BST: 12:00 UTC; the event ends at 13:00 UTC.
    let london = read(
        &std::fs::read_to_string(root.join("calendars/alarm_etar_future.ics")).unwrap(),
        NOW,
    )
    .unwrap();
    assert_eq!(london.meetings[0].title, "event with alarms android");
    assert_eq!(london.meetings[0].starts_at, 1_728_129_600);
    assert_eq!(london.meetings[0].duration_minutes, 60);
    // Not a calendar at all.
    assert!(read("this is not a calendar", NOW).is_none());
}

#[tokio::test]
async fn a_coordinator_imports_a_calendar_file_as_proposed_meetings() {
    use coproduce::auth::role::Role;
    let app = crate::util::TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let form = coordinator.get("/meetings/import").await;
    form.assert_status(200);
    form.html().assert_page_conventions();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/icalendar-tests");
    let file = std::fs::read(root.join("calendars/alarm_etar_future.ics")).unwrap();
    let done = coordinator
        .post_multipart("/meetings/import", &[], Some(("events.ics", &file)))
        .await;
    done.assert_status(200);
    let text = done.html().text("main");
    assert!(text.contains("One meeting was imported"), "{text}");
    assert!(text.contains("5 October 2024, 13:00 BST"), "{text}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meetings WHERE status = 'proposed' AND is_public = 0")
            .await,
        1
    );
    // A file that is not a calendar is refused at the field.
    let refused = coordinator
        .post_multipart("/meetings/import", &[], Some(("notes.ics", b"hello")))
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["file"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM meetings").await, 1);
}
