//! Members, representatives and signatories, the members' space and the way we decide.

use coproduce::auth::role::Role;
use coproduce::consortium::model::{self, MemberRole};

use super::{member, signatory};
use crate::util::TestApp;

#[tokio::test]
async fn the_consortium_page_groups_members_by_nation_and_keeps_past_members() {
    let app = TestApp::new().await;
    member(
        &app,
        "Wales Equality Network",
        MemberRole::Lead,
        Some("wales"),
    )
    .await;
    member(
        &app,
        "Scotland Equality Network",
        MemberRole::Lead,
        Some("scotland"),
    )
    .await;
    let past = member(&app, "Gone Group", MemberRole::Member, None).await;
    let m = model::find_member(&app.db, past).await.unwrap().unwrap();
    model::update_member(
        &app.db,
        &m,
        MemberRole::Member,
        "2018-06-01",
        Some("2018-12-01"),
        None,
    )
    .await
    .unwrap()
    .unwrap();
    let page = app.client().get("/consortium").await.html();
    page.assert_page_conventions();
    let headings = page.texts("h2");
    assert!(headings.contains(&"Scotland".to_string()), "{headings:?}");
    assert!(headings.contains(&"Wales".to_string()), "{headings:?}");
    assert!(
        headings.contains(&"Past members".to_string()),
        "{headings:?}"
    );
    assert!(page.text("main").contains("Lead network for a nation"));
    // The members' space is not offered to visitors.
    assert_eq!(page.count("a[href='/consortium/space']"), 0);
}

#[tokio::test]
async fn a_coordinator_adds_a_member_and_names_its_representatives_each_change_logged() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    member(&app, "Existing", MemberRole::Member, None).await;
    coproduce::orgs::model::create(
        &app.db,
        &coproduce::orgs::fields::OrgFields {
            name: "Disability Wales Example".into(),
            org_type: "network".into(),
            ..Default::default()
        },
        (None, "Tester"),
        "test",
        false,
    )
    .await
    .unwrap()
    .unwrap();
    let org = app
        .count("SELECT id FROM organisations WHERE name = 'Disability Wales Example'")
        .await
        .to_string();
    coordinator
        .get("/consortium/members/new")
        .await
        .html()
        .assert_page_conventions();
    // Nothing chosen, and a date that is not one: both at their fields.
    let refused = coordinator
        .post_form(
            "/consortium/members/new",
            &[
                ("organisation_id", ""),
                ("role", "member"),
                ("joined_on", "2018-02-30"),
            ],
        )
        .await;
    refused.assert_status(422);
    refused
        .html()
        .assert_error_summary(&["organisation_id", "joined_on"]);
    // Not a lead network in the directory: refused as lead, the choice kept.
    let refused = coordinator
        .post_form(
            "/consortium/members/new",
            &[
                ("organisation_id", &org),
                ("role", "lead"),
                ("joined_on", "2018-06-01"),
            ],
        )
        .await;
    refused.assert_status(422);
    let page = refused.html();
    page.assert_error_summary(&["role"]);
    assert_eq!(
        page.attr(&format!("option[value='{org}']"), "selected")
            .as_deref(),
        Some("")
    );
    let added = coordinator
        .post_form(
            "/consortium/members/new",
            &[
                ("organisation_id", &org),
                ("role", "member"),
                ("joined_on", "2018-06-01"),
            ],
        )
        .await;
    assert_eq!(added.status, 303);
    let member_path = added.location();
    // Only partner accounts can represent a member.
    let participant = app
        .user("p@example.org", "Pat Participant", Role::Participant)
        .await;
    let refused = coordinator
        .post_form(
            &format!("{member_path}/representatives"),
            &[("action", "add"), ("user_id", &participant.0.to_string())],
        )
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["user_id"]);
    let first = app
        .user("a@example.org", "Alex Partner", Role::Partner)
        .await;
    let second = app.user("b@example.org", "Bo Partner", Role::Partner).await;
    for (user, signatory) in [(first, "yes"), (second, "")] {
        coordinator
            .post_form(
                &format!("{member_path}/representatives"),
                &[
                    ("action", "add"),
                    ("user_id", &user.0.to_string()),
                    ("signatory", signatory),
                ],
            )
            .await
            .assert_status(303);
    }
    // A person represents one organisation only.
    let other = member(&app, "Other Org", MemberRole::Member, None).await;
    let err = model::add_representative(&app.db, other, second.0, false, None)
        .await
        .unwrap();
    assert_eq!(err, Err(model::RepresentativeRefused::Elsewhere));
    // The signatory moves to Bo: one signatory at a time.
    coordinator
        .post_form(
            &format!("{member_path}/representatives"),
            &[("action", "signatory"), ("user_id", &second.0.to_string())],
        )
        .await
        .assert_status(303);
    let signatories = app
        .count("SELECT COUNT(*) FROM consortium_representatives WHERE is_signatory = 1")
        .await;
    assert_eq!(signatories, 1);
    let page = coordinator.get(&member_path).await.html();
    page.assert_page_conventions();
    let log = page.text("main");
    for change in [
        "Joined as: Member",
        "Representative added: Alex Partner",
        "Signatory is now: Bo Partner",
    ] {
        assert!(log.contains(change), "{change} missing from {log}");
    }
    // Leaving before joining is refused.
    let refused = coordinator
        .post_form(
            &member_path,
            &[
                ("role", "member"),
                ("joined_on", "2018-06-01"),
                ("left_on", "2018-01-01"),
            ],
        )
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["left_on"]);
}

#[tokio::test]
async fn only_members_representatives_and_coordinators_see_the_members_space() {
    let app = TestApp::new().await;
    let m = member(
        &app,
        "Wales Equality Network",
        MemberRole::Lead,
        Some("wales"),
    )
    .await;
    let rep = signatory(&app, m, "sig@example.org").await;
    let visitor = app.client().get("/consortium/space").await;
    assert_eq!(visitor.status, 303);
    assert!(
        visitor.location().starts_with("/sign-in"),
        "{}",
        visitor.location()
    );
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    participant
        .get("/consortium/space")
        .await
        .assert_status(403);
    // A partner who represents no member is told nothing is there.
    let stranger = app.signed_in("other@example.org", Role::Partner).await;
    stranger.get("/consortium/space").await.assert_status(404);
    let page = rep.get("/consortium/space").await.html();
    page.assert_page_conventions();
    assert!(page.text("main").contains("sig@example.org"));
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    assert!(coordinator
        .get("/consortium/space")
        .await
        .html()
        .text("main")
        .contains("sig@example.org"));
    // The public page never shows the contact addresses.
    assert!(!app
        .client()
        .get("/consortium")
        .await
        .body
        .contains("sig@example.org"));
}

#[tokio::test]
async fn the_way_we_decide_is_recorded_in_versions() {
    let app = TestApp::new().await;
    let page = app.client().get("/consortium/rules").await.html();
    page.assert_page_conventions();
    assert!(page.text("main").contains("starting rules"));
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    coordinator
        .get("/consortium/rules/edit")
        .await
        .html()
        .assert_page_conventions();
    let refused = coordinator
        .post_form(
            "/consortium/rules/edit",
            &[
                ("quorum_percent", "150"),
                ("objection_effect", "share"),
                ("objection_percent", ""),
                ("block_by", "leads"),
                ("block_effect", "stops"),
                ("default_days", "10"),
                ("agreed_on", "2019-01-15"),
            ],
        )
        .await;
    refused.assert_status(422);
    refused
        .html()
        .assert_error_summary(&["quorum_percent", "objection_percent"]);
    coordinator
        .post_form(
            "/consortium/rules/edit",
            &[
                ("quorum_percent", "75"),
                ("objection_effect", "share"),
                ("objection_percent", "34"),
                ("block_by", "leads"),
                ("block_effect", "stops"),
                ("default_days", "10"),
                ("body", "We decide by **consent**."),
                ("agreed_on", "2019-01-15"),
            ],
        )
        .await
        .assert_redirect("/consortium/rules");
    let page = app.client().get("/consortium/rules").await.html();
    let text = page.text("main");
    assert!(text.contains("Agreed on 2019-01-15"), "{text}");
    assert!(text.contains("At least 75%"), "{text}");
    assert!(text.contains("Only lead networks may block"), "{text}");
    assert!(text.contains("Earlier versions"), "{text}");
    assert_eq!(
        page.count(".wiki-content strong"),
        1,
        "the Markdown is rendered"
    );
}
