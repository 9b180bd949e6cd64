//! Meetings: scheduling in UK time (clock changes included), public and private meetings,
//! changes, and the `.ics` file read back with a real iCalendar parser.

mod after;
mod ics_import;
pub mod requests_polls;
mod who_we_met;
mod workflows;

use coproduce::auth::role::Role;
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, EventStatus};

use crate::util::TestApp;

pub fn meeting<'a>(title: &'a str, date: &'a str, time: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        (
            "purpose",
            "To hear what matters to disabled people in Wales",
        ),
        ("date", date),
        ("time", time),
        ("duration", "90"),
        ("venue", "Cardiff Bay, Cardiff CF10"),
        ("venue_access", "step_free"),
        ("venue_access", "hearing_loop"),
        ("online_url", "https://meet.example.org/abc"),
        ("agenda", "1. Welcome\n2. The SDGs"),
        ("status", "confirmed"),
        ("is_public", "1"),
    ]
}

fn start_of(ics: &str) -> (i64, Option<u32>, Option<EventStatus>, String) {
    let calendar: Calendar = ics.parse().expect("a valid iCalendar file");
    let event = calendar
        .components
        .iter()
        .find_map(|c| c.as_event())
        .expect("one event");
    let start = match event.get_start() {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(t))) => t.timestamp(),
        other => panic!("no start time: {other:?}"),
    };
    (
        start,
        event.get_sequence(),
        event.get_status(),
        event.get_summary().unwrap_or_default().to_string(),
    )
}

#[tokio::test]
async fn a_coordinator_schedules_a_public_meeting_in_uk_time() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let form = coordinator.get("/meetings/add").await;
    form.assert_status(200);
    form.html().assert_page_conventions();
    let saved = coordinator
        .post_form(
            "/meetings/add",
            &meeting("Meeting with Disability Wales", "2026-07-01", "14:00"),
        )
        .await;
    assert_eq!(saved.status, 303);
    let url = saved.location();
    // Everyone sees it, in UK summer time with the zone named.
    let visitor = app.client();
    let list = visitor.get("/meetings").await;
    list.assert_status(200);
    assert!(list
        .html()
        .text("main")
        .contains("Meeting with Disability Wales"));
    let page = visitor.get(&url).await;
    page.assert_status(200);
    let html = page.html();
    html.assert_page_conventions();
    let main = html.text("main");
    assert!(main.contains("1 July 2026, 14:00 BST"), "{main}");
    assert!(main.contains("1 July 2026, 15:30 BST"), "ends: {main}");
    assert!(main.contains("Step-free access") && main.contains("Hearing loop"));
    assert!(!main.contains("Change this meeting"));
    // In Welsh too.
    let welsh = visitor.get(&format!("{url}?lang=cy")).await.html();
    assert!(welsh.text("main").contains("Mynediad heb risiau"));
    // The calendar file holds the right instant in UTC (13:00).
    let ics = visitor.get(&format!("{url}/calendar.ics")).await;
    ics.assert_status(200);
    assert!(ics
        .header("content-type")
        .unwrap_or_default()
        .starts_with("text/calendar"));
    let (start, sequence, status, summary) = start_of(&ics.body);
    assert_eq!(start, 1_782_910_800);
    assert_eq!(sequence, Some(0));
    assert_eq!(status, Some(EventStatus::Confirmed));
    assert_eq!(summary, "Meeting with Disability Wales");
}

#[tokio::test]
async fn changing_a_meeting_updates_calendars() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let url = coordinator
        .post_form(
            "/meetings/add",
            &meeting("Summit planning", "2019-02-27", "10:00"),
        )
        .await
        .location();
    let edit = coordinator.get(&format!("{url}/edit")).await;
    edit.assert_status(200);
    // The form shows the UK date and time it was given.
    assert_eq!(
        edit.html().attr("#date", "value").as_deref(),
        Some("2019-02-27")
    );
    assert_eq!(edit.html().attr("#time", "value").as_deref(), Some("10:00"));
    let mut fields = meeting("Summit planning", "2019-02-27", "11:00");
    fields.retain(|(k, _)| *k != "status");
    fields.push(("status", "cancelled"));
    coordinator
        .post_form(&format!("{url}/edit"), &fields)
        .await
        .assert_redirect(&url);
    let page = app.client().get(&url).await.html().text("main");
    assert!(page.contains("27 February 2019, 11:00 GMT"), "{page}");
    assert!(page.contains("Cancelled"));
    let ics = app.client().get(&format!("{url}/calendar.ics")).await.body;
    let (start, sequence, status, _) = start_of(&ics);
    assert_eq!(start, 1_551_265_200, "11:00 GMT is 11:00 UTC");
    assert_eq!(sequence, Some(1), "the sequence rises so calendars update");
    assert_eq!(status, Some(EventStatus::Cancelled));
}

#[tokio::test]
async fn bad_input_is_explained_at_each_field_and_kept() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    // 01:30 on 29 March 2026 does not exist in the UK (the clocks go forward).
    let refused = coordinator
        .post_form(
            "/meetings/add",
            &[
                ("title", "Keep this title"),
                ("date", "2026-03-29"),
                ("time", "01:30"),
                ("duration", "0"),
                ("online_url", "javascript:alert(1)"),
                ("status", "maybe"),
            ],
        )
        .await;
    refused.assert_status(422);
    let html = refused.html();
    html.assert_error_summary(&["time", "duration", "online_url", "status"]);
    assert!(html.text("#time-error").contains("clocks go forward"));
    assert_eq!(
        html.attr("#title", "value").as_deref(),
        Some("Keep this title")
    );
    // A meeting needs somewhere to happen.
    let nowhere = coordinator
        .post_form(
            "/meetings/add",
            &[
                ("title", "Nowhere"),
                ("date", "2026-02-30"),
                ("time", "10:00"),
                ("duration", "60"),
                ("status", "proposed"),
            ],
        )
        .await;
    nowhere.assert_status(422);
    nowhere.html().assert_error_summary(&["date", "venue"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM meetings").await, 0);
    // The repeated hour when the clocks go back means the first (BST) one.
    let url = coordinator
        .post_form(
            "/meetings/add",
            &meeting("Early start", "2026-10-25", "01:30"),
        )
        .await
        .location();
    let ics = app.client().get(&format!("{url}/calendar.ics")).await.body;
    assert_eq!(start_of(&ics).0, 1_792_888_200);
    assert!(app
        .client()
        .get(&url)
        .await
        .html()
        .text("main")
        .contains("25 October 2026, 01:30 BST"));
}

#[tokio::test]
async fn private_meetings_are_for_coordinators_only() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let mut fields = meeting("Confidential-meeting-title", "2026-12-01", "10:00");
    fields.retain(|(k, _)| *k != "is_public");
    let url = coordinator
        .post_form("/meetings/add", &fields)
        .await
        .location();
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    let partner = app.signed_in("partner@example.org", Role::Partner).await;
    for (who, client) in [
        ("visitor", app.client()),
        ("participant", participant),
        ("partner", partner),
    ] {
        let list = client.get("/meetings").await;
        assert!(
            !list.body.contains("Confidential-meeting-title"),
            "{who}: not listed"
        );
        client.get(&url).await.assert_status(404);
        client
            .get(&format!("{url}/calendar.ics"))
            .await
            .assert_status(404);
    }
    let own = coordinator.get("/meetings").await.html().text("main");
    assert!(own.contains("Confidential-meeting-title") && own.contains("Private"));
    coordinator.get(&url).await.assert_status(200);
}

#[tokio::test]
async fn calendar_feeds_public_and_private() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    coordinator
        .post_form(
            "/meetings/add",
            &meeting("Open meeting", "2030-01-10", "10:00"),
        )
        .await;
    let mut private = meeting("Closed meeting", "2030-01-11", "10:00");
    private.retain(|(k, _)| *k != "is_public");
    coordinator.post_form("/meetings/add", &private).await;
    let summaries = |ics: &str| -> Vec<String> {
        let calendar: Calendar = ics.parse().expect("a valid iCalendar feed");
        calendar
            .components
            .iter()
            .filter_map(|c| c.as_event())
            .filter_map(|e| e.get_summary().map(str::to_string))
            .collect()
    };
    let public = app.client().get("/calendar.ics").await;
    public.assert_status(200);
    assert_eq!(summaries(&public.body), vec!["Open meeting"]);
    // A coordinator's private address holds every meeting; it is shown once.
    let page = coordinator.post_form("/meetings/feeds", &[]).await;
    page.assert_status(200);
    let address = page.html().text("#private-address");
    let path = address
        .split_once("/calendar/private/")
        .map(|(_, token)| format!("/calendar/private/{token}"))
        .expect("a private address");
    let feed = app.client().get(&path).await;
    feed.assert_status(200);
    assert_eq!(
        summaries(&feed.body),
        vec!["Open meeting", "Closed meeting"]
    );
    assert!(!coordinator
        .get("/meetings/feeds")
        .await
        .body
        .contains(&path));
    // Making a new address stops the old one working.
    coordinator.post_form("/meetings/feeds", &[]).await;
    app.client().get(&path).await.assert_status(404);
    app.client()
        .get("/calendar/private/not-a-token")
        .await
        .assert_status(404);
}

#[tokio::test]
async fn a_private_feed_stops_when_its_owner_stops_being_a_coordinator() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let address = coordinator
        .post_form("/meetings/feeds", &[])
        .await
        .html()
        .text("#private-address");
    let path = format!(
        "/calendar/private/{}",
        address.rsplit('/').next().unwrap_or_default()
    );
    app.client().get(&path).await.assert_status(200);
    app.exec("UPDATE users SET role = 'participant' WHERE email = 'coord@example.org'")
        .await;
    app.client().get(&path).await.assert_status(404);
}

#[tokio::test]
async fn a_meeting_on_a_bank_holiday_is_flagged_for_the_nations_concerned() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    // 30 November 2026 is St Andrew's Day: a bank holiday in Scotland only.
    let url = coordinator
        .post_form(
            "/meetings/add",
            &meeting("Scottish partners", "2026-11-30", "10:00"),
        )
        .await
        .location();
    let page = coordinator.get(&url).await.html();
    let warning = page.text(".notice--warning");
    assert!(
        warning.contains("A bank holiday in Scotland: St Andrew’s Day"),
        "{warning}"
    );
    assert!(!warning.contains("England"));
    // Christmas Day is one in every nation, named once.
    let christmas = coordinator
        .post_form(
            "/meetings/add",
            &meeting("Christmas", "2026-12-25", "10:00"),
        )
        .await
        .location();
    let warning = coordinator
        .get(&christmas)
        .await
        .html()
        .text(".notice--warning");
    assert!(
        warning.contains("England and Wales, Scotland, Northern Ireland: Christmas Day"),
        "{warning}"
    );
    // An ordinary day has no warning.
    let ordinary = coordinator
        .post_form("/meetings/add", &meeting("Ordinary", "2019-02-27", "10:00"))
        .await
        .location();
    assert_eq!(
        coordinator
            .get(&ordinary)
            .await
            .html()
            .count(".notice--warning"),
        0
    );
    // With a Welsh organisation taking part, only the holidays of England and Wales count:
    // St Andrew's Day is no longer flagged, Christmas is, for England and Wales alone.
    let fields = coproduce::orgs::fields::OrgFields {
        name: "Disability Wales".into(),
        org_type: "network".into(),
        nations: vec!["wales".into()],
        listed: true,
        ..Default::default()
    };
    coproduce::orgs::model::create(&app.db, &fields, (None, "test"), "", false)
        .await
        .unwrap()
        .unwrap();
    for url in [&url, &christmas] {
        coordinator
            .post_form(
                &format!("{url}/organisations"),
                &[("action", "add"), ("organisation", "Disability Wales")],
            )
            .await
            .assert_redirect(url);
    }
    assert_eq!(
        coordinator.get(&url).await.html().count(".notice--warning"),
        0
    );
    let warning = coordinator
        .get(&christmas)
        .await
        .html()
        .text(".notice--warning");
    assert!(
        warning.contains("England and Wales: Christmas Day"),
        "{warning}"
    );
    assert!(!warning.contains("Scotland"), "{warning}");
}

#[tokio::test]
async fn the_month_view_is_a_table_in_uk_time() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    // 00:30 BST on 1 July is 23:30 UTC on 30 June: it belongs to July.
    coordinator
        .post_form(
            "/meetings/add",
            &meeting("Just after midnight", "2026-07-01", "00:30"),
        )
        .await;
    let mut private = meeting("Private one", "2026-07-15", "10:00");
    private.retain(|(k, _)| *k != "is_public");
    coordinator.post_form("/meetings/add", &private).await;
    let page = app.client().get("/meetings/month?month=2026-07").await;
    page.assert_status(200);
    let html = page.html();
    html.assert_page_conventions();
    assert_eq!(html.text("caption"), "July 2026");
    assert_eq!(
        html.texts("thead th").first().map(String::as_str),
        Some("Monday")
    );
    // 1 July 2026 is a Wednesday: the first row starts with two empty cells.
    let busy = html.texts(".month__busy");
    assert_eq!(busy.len(), 1, "only the public meeting: {busy:?}");
    assert!(busy[0].starts_with('1') && busy[0].contains("00:30 Just after midnight"));
    assert_eq!(
        html.count("tbody tr:first-child td:nth-child(3) .month__day"),
        1
    );
    assert_eq!(
        html.count("tbody tr:first-child td:nth-child(2) .month__day"),
        0
    );
    let june = app
        .client()
        .get("/meetings/month?month=2026-06")
        .await
        .html();
    assert_eq!(june.count(".month__busy"), 0);
    // Coordinators see private meetings too; nonsense falls back to this month.
    let own = coordinator
        .get("/meetings/month?month=2026-07")
        .await
        .html();
    assert_eq!(own.count(".month__busy"), 2);
    app.client()
        .get("/meetings/month?month=nonsense")
        .await
        .assert_status(200);
    let welsh = app
        .client()
        .get("/meetings/month?month=2026-07&lang=cy")
        .await
        .html();
    assert_eq!(welsh.text("caption"), "Gorffennaf 2026");
}

#[tokio::test]
async fn the_atom_feed_lists_public_meetings_only() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    coordinator
        .post_form(
            "/meetings/add",
            &meeting("Open conversation", "2019-02-27", "10:00"),
        )
        .await;
    let mut private = meeting("Closed-door meeting", "2019-02-28", "10:00");
    private.retain(|(k, _)| *k != "is_public");
    coordinator.post_form("/meetings/add", &private).await;
    let response = app.client().get("/meetings.atom").await;
    response.assert_status(200);
    let feed: atom_syndication::Feed = response.body.parse().expect("a valid Atom feed");
    let titles: Vec<&str> = feed.entries().iter().map(|e| e.title().as_str()).collect();
    assert_eq!(titles, vec!["Open conversation"]);
    let summary = feed.entries()[0]
        .summary()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    assert!(summary.contains("27 February 2019, 10:00 GMT"), "{summary}");
}

#[tokio::test]
async fn past_meetings_are_listed_fifty_to_a_page() {
    use coproduce::meetings::model::{self, MeetingFields};
    let app = TestApp::new().await;
    let author = app
        .user("coord@example.org", "Coordinator", Role::Coordinator)
        .await
        .0;
    for n in 0..55 {
        let fields = MeetingFields {
            title: format!("Past meeting {n:02}"),
            starts_at: 1_546_300_800 + n * 86_400,
            duration_minutes: 60,
            venue: "Cardiff".into(),
            status: model::MeetingStatus::Held,
            is_public: true,
            ..MeetingFields::default()
        };
        model::create(&app.db, &fields, author)
            .await
            .expect("create");
    }
    let visitor = app.client();
    let first = visitor.get("/meetings").await.html();
    assert_eq!(first.count("#past ~ ul .meeting-list__item"), 50);
    assert!(first.text("main").contains("Past meeting 54"));
    assert_eq!(
        first.attr("a[rel=next]", "href").as_deref(),
        Some("/meetings?page=1#past")
    );
    let second = visitor.get("/meetings?page=1").await.html();
    assert_eq!(second.count("#past ~ ul .meeting-list__item"), 5);
    assert!(second.text("main").contains("Past meeting 00"));
    assert!(second.attr("a[rel=prev]", "href").is_some());
    assert_eq!(visitor.get("/meetings?page=nonsense").await.status, 200);
}
