//! Issue #11 (findings 7 and 8): what people type cannot break a feed or a calendar file.
//! Every C0 control character in every text field still gives Atom feeds that a strict XML
//! parser reads, and CR/LF in a meeting's title, purpose and venue still gives `.ics` files
//! holding exactly the events written.

use coproduce::auth::role::Role;
use coproduce::meetings::model::{self as meetings, MeetingFields, MeetingStatus};
use coproduce::wiki::save::{save, Edit};
use coproduce::wiki::title::Title;

use crate::util::TestApp;

/// Every C0 control character but NUL (tab, LF and CR included), around some text. (NUL
/// cannot be stored as text on PostgreSQL; forms refuse it, see `bad_input.rs`.)
fn controls() -> String {
    let mut text = String::from("Start ");
    text.extend((1u8..0x20).map(char::from));
    text.push_str("\u{7f} end");
    text
}

fn parses_as_xml(what: &str, body: &str) {
    if let Err(e) = roxmltree::Document::parse(body) {
        panic!("{what} is not well-formed XML: {e}\n{body}");
    }
}

#[tokio::test]
async fn feeds_stay_well_formed_whatever_is_typed() {
    let app = TestApp::new().await;
    let bad = controls();
    let title = Title::parse("Control characters").unwrap();
    save(
        &app.db,
        Edit {
            title: &title,
            base_revision_id: None,
            section: None,
            text: &bad,
            summary: &bad,
            minor: false,
            author_id: None,
            author_name: &bad,
        },
    )
    .await
    .unwrap();
    let author = app
        .user("c@example.org", "Coordinator", Role::Coordinator)
        .await;
    meetings::create(
        &app.db,
        &MeetingFields {
            title: bad.clone(),
            purpose: bad.clone(),
            starts_at: coproduce::storage::now() + 86_400,
            duration_minutes: 60,
            venue: bad.clone(),
            status: MeetingStatus::Confirmed,
            is_public: true,
            ..MeetingFields::default()
        },
        author.0,
    )
    .await
    .unwrap();
    let fields = coproduce::orgs::fields::OrgFields {
        name: format!("Group {bad}"),
        description: bad.clone(),
        org_type: "charity".into(),
        listed: true,
        ..Default::default()
    };
    coproduce::orgs::model::create(&app.db, &fields, (None, "test"), &bad, false)
        .await
        .unwrap()
        .unwrap();
    let visitor = app.client();
    for path in [
        "/recent-changes.atom",
        "/wiki/Control_characters/history.atom",
        "/meetings.atom",
        "/organisations.atom",
    ] {
        let feed = visitor.get(path).await;
        feed.assert_status(200);
        assert!(feed.body.contains("Start"), "{path} has the entry");
        parses_as_xml(path, &feed.body);
    }
}

#[tokio::test]
async fn line_breaks_in_a_meeting_cannot_write_extra_calendar_entries() {
    let app = TestApp::new().await;
    let author = app
        .user("c@example.org", "Coordinator", Role::Coordinator)
        .await;
    let injected = "Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\r\nX-INJECTED:1";
    let id = meetings::create(
        &app.db,
        &MeetingFields {
            title: injected.into(),
            purpose: injected.into(),
            starts_at: coproduce::storage::now() + 86_400,
            duration_minutes: 60,
            venue: injected.into(),
            status: MeetingStatus::Confirmed,
            is_public: true,
            ..MeetingFields::default()
        },
        author.0,
    )
    .await
    .unwrap();
    let visitor = app.client();
    for path in [
        format!("/meetings/{id}/calendar.ics"),
        "/calendar.ics".to_string(),
    ] {
        let file = visitor.get(&path).await;
        file.assert_status(200);
        let starts = file
            .body
            .lines()
            .filter(|l| l.trim_end() == "BEGIN:VEVENT")
            .count();
        assert_eq!(starts, 1, "{path} holds one event:\n{}", file.body);
        assert!(
            !file
                .body
                .lines()
                .any(|l| l.starts_with("X-INJECTED") || l.starts_with("SUMMARY:Injected")),
            "{path} has no injected property:\n{}",
            file.body
        );
        let calendar: icalendar::Calendar = file.body.parse().unwrap();
        assert_eq!(calendar.components.len(), 1, "{path}");
    }
}
