//! Organisations at meetings, consent to be named, the outreach they move on, and the
//! public "who we've met" list with its exports.

use coproduce::auth::role::Role;

use super::meeting;
use crate::orgs::{listed, org};
use crate::util::TestApp;

#[tokio::test]
async fn who_we_met_names_only_those_that_agreed() {
    let app = TestApp::new().await;
    let inclusion = org(
        &app,
        listed("Inclusion Scotland", &["scotland"], &["disability"], &[10]),
    )
    .await;
    let deaf = org(
        &app,
        listed("Deaf Cymru", &["wales"], &["disability"], &[10]),
    )
    .await;
    let quiet = org(&app, listed("Quiet Group", &["england"], &["race"], &[5])).await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let url = coordinator
        .post_form(
            "/meetings/add",
            &meeting("Listening event", "2018-11-20", "10:00"),
        )
        .await
        .location();
    let changes = format!("{url}/organisations");
    // Adding by address or by name; an unknown organisation is explained at the field.
    for wanted in [
        format!("/organisations/{inclusion}"),
        "deaf cymru".to_string(),
        quiet.clone(),
    ] {
        coordinator
            .post_form(&changes, &[("action", "add"), ("organisation", &wanted)])
            .await
            .assert_redirect(&url);
    }
    let unknown = coordinator
        .post_form(
            &changes,
            &[("action", "add"), ("organisation", "Nobody Ltd")],
        )
        .await;
    unknown.assert_status(422);
    unknown.html().assert_error_summary(&["organisation"]);
    assert_eq!(
        unknown.html().attr("#organisation", "value").as_deref(),
        Some("Nobody Ltd")
    );
    let id_of = |slug: &str| format!("SELECT id FROM organisations WHERE slug = '{slug}'");
    let inclusion_id = app.count(&id_of(&inclusion)).await.to_string();
    let quiet_id = app.count(&id_of(&quiet)).await.to_string();
    for (org_id, consent) in [(&inclusion_id, "yes"), (&quiet_id, "no")] {
        coordinator
            .post_form(
                &changes,
                &[
                    ("action", "consent"),
                    ("organisation_id", org_id),
                    ("consent", consent),
                ],
            )
            .await
            .assert_redirect(&url);
    }
    // Nothing is listed until the meeting is held.
    let before = app.client().get("/who-we-met").await;
    before.assert_status(200);
    assert!(!before.body.contains("Inclusion Scotland"));
    // Holding the meeting moves each organisation on to "met" and logs the meeting.
    let mut held = meeting("Listening event", "2018-11-20", "10:00");
    held.retain(|(k, _)| *k != "status");
    held.push(("status", "held"));
    coordinator
        .post_form(&format!("{url}/edit"), &held)
        .await
        .assert_redirect(&url);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisation_outreach WHERE stage = 'met'")
            .await,
        3
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisation_activities WHERE kind = 'meeting' AND happened_on = '2018-11-20'")
            .await,
        3
    );
    let page = app.client().get("/who-we-met").await;
    page.assert_status(200);
    let html = page.html();
    html.assert_page_conventions();
    let main = html.text("main");
    assert!(main.contains("Inclusion Scotland"), "{main}");
    assert!(!main.contains("Deaf Cymru"), "not asked yet: not named");
    assert!(!main.contains("Quiet Group"), "declined: not named");
    assert!(main.contains("we met 3 organisations"), "{main}");
    assert!(main.contains("2 are not named"), "{main}");
    assert!(main.contains("Between 20 November 2018 and 20 November 2018"));
    assert!(html.texts("h3").contains(&"Scotland".to_string()));
    // The meeting's public page names only those that agreed, too.
    let public = app.client().get(&url).await.html().text("main");
    assert!(public.contains("Inclusion Scotland") && !public.contains("Deaf Cymru"));
    // Exports say the same.
    let csv = app.client().get("/who-we-met.csv").await.body;
    assert!(csv.contains("Inclusion Scotland") && !csv.contains("Quiet Group"));
    let json: serde_json::Value =
        serde_json::from_str(&app.client().get("/who-we-met.json").await.body).unwrap();
    assert_eq!(json["not_named"], 2);
    assert_eq!(json["named"][0]["name"], "Inclusion Scotland");
    assert_eq!(json["period"]["from"], "2018-11-20");
    // Welsh.
    let welsh = app.client().get("/who-we-met?lang=cy").await.html();
    assert!(welsh.text("main").contains("Yn ôl gwlad"));
    // Removing an organisation takes it off.
    coordinator
        .post_form(
            &changes,
            &[("action", "remove"), ("organisation_id", &inclusion_id)],
        )
        .await
        .assert_redirect(&url);
    assert!(!app
        .client()
        .get("/who-we-met")
        .await
        .body
        .contains("Inclusion Scotland"));
    let _ = deaf;
}

#[tokio::test]
async fn merging_organisations_keeps_their_meetings() {
    let app = TestApp::new().await;
    let keep = org(&app, listed("Involve", &["uk_wide"], &[], &[16])).await;
    let gone = org(&app, listed("Involve UK", &["uk_wide"], &[], &[16])).await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let first = coordinator
        .post_form("/meetings/add", &meeting("First", "2018-12-01", "10:00"))
        .await
        .location();
    let second = coordinator
        .post_form("/meetings/add", &meeting("Second", "2018-12-02", "10:00"))
        .await
        .location();
    // Both records took part in the first meeting; only the merged one in the second.
    for (url, slug) in [(&first, &keep), (&first, &gone), (&second, &gone)] {
        coordinator
            .post_form(
                &format!("{url}/organisations"),
                &[("action", "add"), ("organisation", slug)],
            )
            .await
            .assert_redirect(url);
    }
    let find = |slug: String| {
        let db = app.db.clone();
        async move {
            coproduce::orgs::model::find_by_slug(&db, &slug)
                .await
                .unwrap()
                .unwrap()
        }
    };
    let (kept, merged) = (find(keep.clone()).await, find(gone.clone()).await);
    assert!(
        coproduce::orgs::duplicates::merge(&app.db, &kept, &merged, (None, "Tester"), "same")
            .await
            .unwrap()
    );
    let kept_id = kept.id;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM meeting_organisations WHERE organisation_id = {kept_id}"
        ))
        .await,
        2,
        "the kept record is at both meetings, once each"
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM meeting_organisations WHERE organisation_id = {}",
            merged.id
        ))
        .await,
        0
    );
}
