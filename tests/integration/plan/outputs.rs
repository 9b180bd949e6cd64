//! Outcomes, outputs, milestones and updates: built by coordinators, read by everyone,
//! late from the clock, on the timeline and in the exports; bad input refused with the
//! input kept; updates only from coordinators and the output's owner.

use coproduce::auth::role::Role;
use coproduce::consortium::model::MemberRole;

use super::{coordinator, output};
use crate::consortium::{member, signatory};
use crate::util::TestApp;

fn day(offset_days: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(offset_days))
        .format("%Y-%m-%d")
        .to_string()
}

#[tokio::test]
async fn a_coordinator_builds_the_plan_and_everyone_reads_it() {
    let app = TestApp::new().await;
    let coordinator = coordinator(&app).await;
    coordinator
        .get("/plan/outputs/new")
        .await
        .assert_status(200)
        .html()
        .assert_page_conventions();
    coordinator
        .post_form(
            "/plan/outcomes",
            &[
                ("title", "More people take part"),
                ("description", "In decisions."),
            ],
        )
        .await
        .assert_redirect("/plan");
    let outcome = app.count("SELECT id FROM plan_outcomes").await.to_string();
    let (start, due) = (day(-10), day(60));
    let path = output(
        &coordinator,
        &[
            ("outcome_id", &outcome),
            ("title", "The February summit"),
            ("description", "Bring the lead organisations together."),
            ("starts_on", &start),
            ("due_on", &due),
        ],
    )
    .await;
    for (title, due_on) in [("Invitations sent", day(5)), ("Venue booked", day(20))] {
        coordinator
            .post_form(
                &format!("{path}/milestones"),
                &[("milestone_title", title), ("milestone_due_on", &due_on)],
            )
            .await
            .assert_redirect(&path);
    }
    let first = app
        .count("SELECT MIN(id) FROM plan_milestones")
        .await
        .to_string();
    coordinator
        .post_form(&format!("{path}/milestones/{first}/done"), &[("done", "1")])
        .await
        .assert_redirect(&path);
    coordinator
        .post_form(
            &format!("{path}/updates"),
            &[
                ("status", "on_track"),
                ("progress_percent", "50"),
                ("note", "Invitations are out."),
            ],
        )
        .await
        .assert_redirect(&path);

    let visitor = app.client();
    let plan = visitor.get("/plan").await;
    plan.assert_status(200);
    let page = plan.html();
    page.assert_page_conventions();
    let main = page.text("main");
    assert!(main.contains("More people take part"));
    assert!(main.contains("The February summit"));
    assert!(main.contains("On track"));
    assert!(main.contains("50%"), "half the milestones done: {main}");
    assert!(main.contains("Invitations are out."));
    assert_eq!(page.count("svg.timeline"), 1, "the timeline is drawn");
    assert!(page.text("table").contains("Venue booked"), "and tabled");
    let shown = visitor.get(&path).await;
    shown.html().assert_page_conventions();
    assert!(shown.body.contains("Invitations sent"));
    assert!(!shown.body.contains("Post update"), "visitors post nothing");
    assert!(!shown.body.contains("Test Person"), "no names for visitors");

    let feed = visitor.get("/plan.atom").await;
    assert!(feed.body.contains("Invitations are out."));
    assert!(!feed.body.contains("Test Person"), "no names in the feed");
    let csv = visitor.get("/plan.csv").await;
    assert!(csv.body.contains("output,"), "{}", csv.body);
    assert!(csv.body.contains("milestone,"));
    assert!(csv.body.contains("Venue booked"));
    let json: serde_json::Value =
        serde_json::from_str(&visitor.get("/plan.json").await.body).unwrap();
    assert_eq!(json["outputs"][0]["title"], "The February summit");
    assert_eq!(json["outputs"][0]["progress_percent"], 50);
    assert_eq!(
        json["outputs"][0]["milestones"].as_array().unwrap().len(),
        2
    );
    // What's next, on the home page: the milestone not yet done.
    let home = visitor.get("/").await.html().text("main");
    assert!(home.contains("Venue booked"), "{home}");
    assert!(
        !home.contains("Invitations sent"),
        "done milestones are not next"
    );
}

#[tokio::test]
async fn an_output_past_its_due_date_is_late_without_any_job() {
    let app = TestApp::new().await;
    let coordinator = coordinator(&app).await;
    let overdue = output(
        &coordinator,
        &[
            ("title", "Overdue output"),
            ("starts_on", &day(-30)),
            ("due_on", &day(-1)),
        ],
    )
    .await;
    output(
        &coordinator,
        &[
            ("title", "Finished output"),
            ("due_on", &day(-1)),
            ("status", "done"),
        ],
    )
    .await;
    let page = app.client().get(&overdue).await.html().text("main");
    assert!(page.contains("Late"), "{page}");
    assert!(page.contains("the due date has passed"));
    let json: serde_json::Value =
        serde_json::from_str(&app.client().get("/plan.json").await.body).unwrap();
    let shown: Vec<(String, String)> = json["outputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["title"].as_str().unwrap().to_string(),
                o["status_shown"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        shown.contains(&("Overdue output".into(), "late".into())),
        "{shown:?}"
    );
    assert!(
        shown.contains(&("Finished output".into(), "done".into())),
        "{shown:?}"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM plan_outputs WHERE status = 'late'")
            .await,
        0,
        "nothing was written: late comes from the clock"
    );
}

#[tokio::test]
async fn bad_input_is_refused_with_the_input_kept() {
    let app = TestApp::new().await;
    let coordinator = coordinator(&app).await;
    let refused = coordinator
        .post_form(
            "/plan/outputs/new",
            &[
                ("title", "Out of order"),
                ("starts_on", "2019-03-01"),
                ("due_on", "2019-02-01"),
                ("status", "at_risk"),
                ("progress_mode", "percent"),
                ("progress_percent", "101"),
                ("owner", "nobody:3"),
            ],
        )
        .await;
    refused.assert_status(422);
    let page = refused.html();
    page.assert_error_summary(&["due_on", "status_reason", "progress_percent", "owner"]);
    assert_eq!(
        page.attr("#title", "value").as_deref(),
        Some("Out of order")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM plan_outputs").await, 0);
    let path = output(
        &coordinator,
        &[
            ("title", "Summit"),
            ("starts_on", "2019-01-01"),
            ("due_on", "2019-02-28"),
        ],
    )
    .await;
    let late_milestone = coordinator
        .post_form(
            &format!("{path}/milestones"),
            &[
                ("milestone_title", "After the end"),
                ("milestone_due_on", "2019-03-15"),
            ],
        )
        .await;
    late_milestone.assert_status(422);
    late_milestone
        .html()
        .assert_error_summary(&["milestone_due_on"]);
    coordinator
        .post_form(
            &format!("{path}/milestones"),
            &[
                ("milestone_title", "Venue"),
                ("milestone_due_on", "2019-02-20"),
            ],
        )
        .await
        .assert_redirect(&path);
    // The output's end may not move before its last milestone.
    let edit = coordinator
        .post_form(
            &format!("{path}/edit"),
            &[
                ("title", "Summit"),
                ("starts_on", "2019-01-01"),
                ("due_on", "2019-02-10"),
                ("status", "on_track"),
                ("progress_mode", "milestones"),
            ],
        )
        .await;
    edit.assert_status(422);
    edit.html().assert_error_summary(&["due_on"]);
    let update = coordinator
        .post_form(
            &format!("{path}/updates"),
            &[
                ("status", "dropped"),
                ("progress_percent", "ten"),
                ("note", ""),
            ],
        )
        .await;
    update.assert_status(422);
    update
        .html()
        .assert_error_summary(&["status_reason", "progress_percent", "note"]);
    coordinator
        .get("/plan/outputs/99999")
        .await
        .assert_status(404);
    coordinator
        .post_form("/plan/outputs/99999/milestones/1/done", &[("done", "1")])
        .await
        .assert_status(404);
}

#[tokio::test]
async fn only_coordinators_and_the_owner_post_updates() {
    let app = TestApp::new().await;
    let coordinator = coordinator(&app).await;
    let org = member(&app, "Wales Network", MemberRole::Lead, Some("wales")).await;
    let representative = signatory(&app, org, "rep@example.org").await;
    let org_id = app
        .count("SELECT organisation_id FROM consortium_members")
        .await
        .to_string();
    let owned = output(
        &coordinator,
        &[
            ("title", "Meetings in Wales"),
            ("owner", &format!("org:{org_id}")),
        ],
    )
    .await;
    let outsider = app.signed_in("partner@example.org", Role::Partner).await;
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    let update = [
        ("status", "at_risk"),
        ("status_reason", "Venues are hard to find."),
        ("progress_percent", "20"),
        ("note", "Two venues fell through."),
    ];
    let at = format!("{owned}/updates");
    outsider.post_form(&at, &update).await.assert_status(404);
    participant.post_form(&at, &update).await.assert_status(403);
    // A visitor has no session, so no form token: refused before any handler.
    app.client()
        .post_form(&at, &update)
        .await
        .assert_status(403);
    participant
        .get("/plan/outputs/new")
        .await
        .assert_status(403);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM plan_updates").await,
        1,
        "only the first"
    );
    let form = representative.get(&owned).await;
    assert!(
        form.body.contains("Post update"),
        "the owner's representative may"
    );
    representative
        .post_form(&at, &update)
        .await
        .assert_redirect(&owned);
    let page = app.client().get(&owned).await.html().text("main");
    assert!(page.contains("At risk"));
    assert!(page.contains("Venues are hard to find."));
    assert!(page.contains("Wales Network"));
    assert_eq!(app.count("SELECT COUNT(*) FROM plan_updates").await, 2);
}
