//! Responding: the editors' questions, a visitor's response confirmed by the e-mailed
//! link, a participant answering for an organisation, a response entered by a coordinator,
//! and the published answers, which never carry an address.

use coproduce::auth::role::Role;
use coproduce::consultations::model::{self, ConsultationFields};
use coproduce::storage::now;

use crate::util::TestApp;

pub const DOC: &str = "# Why we need this\n\nPeople furthest from decision making are rarely asked.\n\nThe goals need everyone.\n";

/// An open consultation `paper` with its first version published.
pub async fn open_consultation(app: &TestApp) -> model::Consultation {
    let fields = ConsultationFields {
        title: "Concept paper".into(),
        draft: DOC.into(),
        opens_at: Some(now() - 3600),
        closes_at: Some(now() + 10 * 86_400),
        ..ConsultationFields::default()
    };
    let id = model::create(&app.db, "paper", &fields, None, false)
        .await
        .unwrap();
    model::publish(&app.db, id, None).await.unwrap();
    model::find_by_slug(&app.db, "paper")
        .await
        .unwrap()
        .unwrap()
}

/// The ids of the consultation's questions, in order.
pub async fn question_ids(app: &TestApp, c: &model::Consultation) -> Vec<String> {
    model::questions(&app.db, c.id)
        .await
        .unwrap()
        .iter()
        .map(|q| format!("q_{}", q.id.0))
        .collect()
}

/// Adds the four kinds of question through the editors' page.
pub async fn add_questions(app: &TestApp) {
    let coordinator = app.signed_in("qc@example.org", Role::Coordinator).await;
    coordinator
        .get("/consultations/paper/questions")
        .await
        .html()
        .assert_page_conventions();
    // A choice question needs two choices.
    let refused = coordinator
        .post_form(
            "/consultations/paper/questions",
            &[
                ("kind", "one"),
                ("prompt", "Which nation?"),
                ("options", "Wales"),
            ],
        )
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["options"]);
    for (kind, prompt, options) in [
        ("text", "What is missing from the paper?", ""),
        ("one", "Have you taken part before?", "Yes\nNo"),
        (
            "many",
            "How would you like to take part?",
            "Meetings\nOnline\nBy post",
        ),
        ("scale", "The paper explains why this matters.", ""),
    ] {
        coordinator
            .post_form(
                "/consultations/paper/questions",
                &[("kind", kind), ("prompt", prompt), ("options", options)],
            )
            .await
            .assert_redirect("/consultations/paper/questions");
    }
}

#[tokio::test]
async fn a_visitor_responds_and_counts_once_the_address_is_confirmed() {
    let app = TestApp::new().await;
    let c = open_consultation(&app).await;
    add_questions(&app).await;
    let q = question_ids(&app, &c).await;
    let visitor = app.client();
    let page = visitor.get("/consultations/paper/respond").await.html();
    page.assert_page_conventions();
    assert_eq!(page.count("#email"), 1, "visitors give an address");
    // Nothing given: errors at name and e-mail, in the form's order; the text kept.
    let refused = visitor
        .post_form(
            "/consultations/paper/respond",
            &[("action", "submit"), (&q[0], "Keep <b>this</b>")],
        )
        .await;
    refused.assert_status(422);
    let page = refused.html();
    page.assert_error_summary(&["name", "email"]);
    assert!(page
        .raw_text(&format!("#{}", q[0]))
        .contains("Keep <b>this</b>"));
    // A choice that was never offered is refused at its question.
    let forged = visitor
        .post_form(
            "/consultations/paper/respond",
            &[
                ("name", "Siân"),
                ("email", "sian@example.org"),
                (&q[1], "Maybe"),
                ("action", "submit"),
            ],
        )
        .await;
    forged.assert_status(422);
    forged.html().assert_error_summary(&[&q[1]]);
    // A bot fills the honeypot: the same answer, nothing kept.
    visitor
        .post_form(
            "/consultations/paper/respond",
            &[
                ("name", "Bot"),
                ("email", "bot@example.org"),
                (&q[0], "spam"),
                ("fax_number", "1"),
                ("action", "submit"),
            ],
        )
        .await
        .assert_redirect("/consultations/paper");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consultation_responses")
            .await,
        0
    );
    let sent = visitor
        .post_form(
            "/consultations/paper/respond",
            &[
                ("name", "Siân"),
                ("email", "sian@example.org"),
                (&q[0], "<script>alert(1)</script> More about rural areas"),
                (&q[1], "No"),
                (&q[2], "Meetings"),
                (&q[2], "By post"),
                (&q[3], "agree"),
                ("nation", "wales"),
                ("group", "disability"),
                ("publish_name", "no"),
                ("action", "submit"),
            ],
        )
        .await;
    sent.assert_redirect("/consultations/paper");
    assert_eq!(
        model::response_count(&app.db, c.id).await.unwrap(),
        0,
        "not counted before the address is confirmed"
    );
    let link = app.link_in_last_email("sian@example.org").await;
    assert!(link.starts_with("/consultations/paper/respond/"), "{link}");
    let page = visitor.get(&link).await.html();
    assert!(page.raw_text(&format!("#{}", q[0])).contains("rural areas"));
    assert_eq!(model::response_count(&app.db, c.id).await.unwrap(), 1);
    // The self-description is kept apart and never in the answers.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consultation_profiles")
            .await,
        2
    );
    let csv = app.client().get("/consultations/paper/answers.csv").await;
    csv.assert_status(200);
    assert!(csv.body.contains("anonymous"), "{}", csv.body);
    assert!(
        csv.body.contains("Meetings\nBy post") || csv.body.contains("Meetings\r\nBy post"),
        "{}",
        csv.body
    );
    assert!(!csv.body.contains("sian@example.org") && !csv.body.contains("Siân"));
    let json = app.client().get("/consultations/paper/answers.json").await;
    assert!(!json.body.contains("sian@example.org") && !json.body.contains("wales"));
    // The same address again: a fresh link is sent, the old one stops working, nothing changes.
    visitor
        .post_form(
            "/consultations/paper/respond",
            &[
                ("name", "Someone else"),
                ("email", "sian@example.org"),
                (&q[0], "Overwritten?"),
                ("action", "submit"),
            ],
        )
        .await
        .assert_redirect("/consultations/paper");
    app.client().get(&link).await.assert_status(404);
    let fresh = app.link_in_last_email("sian@example.org").await;
    assert_ne!(fresh, link);
    let page = visitor.get(&fresh).await.html();
    assert!(page.raw_text(&format!("#{}", q[0])).contains("rural areas"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consultation_responses")
            .await,
        1
    );
    // A forged link is not found.
    app.client()
        .get("/consultations/paper/respond/not-a-real-token")
        .await
        .assert_status(404);
}

#[tokio::test]
async fn a_participant_saves_for_later_then_sends_for_an_organisation() {
    let app = TestApp::new().await;
    let c = open_consultation(&app).await;
    add_questions(&app).await;
    crate::orgs::org(
        &app,
        crate::orgs::listed("Disability Wales", &["wales"], &[], &[]),
    )
    .await;
    let q = question_ids(&app, &c).await;
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    let page = participant.get("/consultations/paper/respond").await.html();
    assert_eq!(page.count("#email"), 0, "the account's address is used");
    // An organisation that is not in the directory is refused at the field.
    let refused = participant
        .post_form(
            "/consultations/paper/respond",
            &[
                ("name", "Pat"),
                ("on_behalf", "organisation"),
                ("organisation", "Nobody Ltd"),
                (&q[0], "Draft words"),
                ("action", "save"),
            ],
        )
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["organisation"]);
    participant
        .post_form(
            "/consultations/paper/respond",
            &[
                ("name", "Pat"),
                ("on_behalf", "organisation"),
                ("organisation", "disability wales"),
                (&q[0], "Draft words"),
                ("publish_name", "yes"),
                ("action", "save"),
            ],
        )
        .await
        .assert_redirect("/consultations/paper/respond");
    assert_eq!(
        model::response_count(&app.db, c.id).await.unwrap(),
        0,
        "saved, not sent"
    );
    assert!(app
        .link_in_last_email("p@example.org")
        .await
        .starts_with("/consultations/paper/respond/"));
    let page = participant.get("/consultations/paper/respond").await.html();
    assert!(page.raw_text(&format!("#{}", q[0])).contains("Draft words"));
    participant
        .post_form(
            "/consultations/paper/respond",
            &[
                ("name", "Pat"),
                ("on_behalf", "organisation"),
                ("organisation", "Disability Wales"),
                (&q[0], "Final words"),
                ("publish_name", "yes"),
                ("action", "submit"),
            ],
        )
        .await
        .assert_redirect("/consultations/paper/respond");
    assert_eq!(model::response_count(&app.db, c.id).await.unwrap(), 1);
    let csv = app
        .client()
        .get("/consultations/paper/answers.csv")
        .await
        .body;
    assert!(
        csv.contains("Pat") && csv.contains("Disability Wales") && csv.contains("Final words"),
        "{csv}"
    );
    assert!(!csv.contains("p@example.org"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consultation_responses")
            .await,
        1
    );
}

#[tokio::test]
async fn coordinators_enter_responses_received_elsewhere_and_only_they_see_details() {
    let app = TestApp::new().await;
    let c = open_consultation(&app).await;
    add_questions(&app).await;
    let q = question_ids(&app, &c).await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    coordinator
        .get("/consultations/paper/responses/new")
        .await
        .html()
        .assert_page_conventions();
    let refused = coordinator
        .post_form(
            "/consultations/paper/responses/new",
            &[
                ("name", "Mair"),
                ("received_via", "carrier-pigeon"),
                (&q[0], "By letter"),
            ],
        )
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["received_via"]);
    coordinator
        .post_form(
            "/consultations/paper/responses/new",
            &[
                ("name", "Mair"),
                ("email", "mair@example.org"),
                ("received_via", "post"),
                (&q[0], "By letter: more buses"),
            ],
        )
        .await
        .assert_redirect("/consultations/paper/responses");
    assert_eq!(model::response_count(&app.db, c.id).await.unwrap(), 1);
    let list = coordinator
        .get("/consultations/paper/responses")
        .await
        .html();
    list.assert_page_conventions();
    assert!(list.text("table").contains("mair@example.org"));
    assert!(list.text("table").contains("By post"));
    let csv = coordinator.get("/consultations/paper/responses.csv").await;
    assert!(csv.body.contains("mair@example.org"));
    for who in [
        app.client(),
        app.signed_in("p@example.org", Role::Participant).await,
    ] {
        for path in [
            "/consultations/paper/responses",
            "/consultations/paper/responses.csv",
        ] {
            let got = who.get(path).await;
            assert!(got.status != 200, "{path} reached by a non-coordinator");
        }
    }
    let answers = app
        .client()
        .get("/consultations/paper/answers.json")
        .await
        .body;
    assert!(
        answers.contains("more buses") && answers.contains("\"received_via\":\"post\""),
        "{answers}"
    );
    assert!(!answers.contains("mair@example.org"));
}

#[tokio::test]
async fn visitors_responses_are_rate_limited_per_address() {
    let app = TestApp::new().await;
    let _c = open_consultation(&app).await;
    let visitor = app.client();
    let mut statuses = Vec::new();
    for n in 0..12 {
        let email = format!("v{n}@example.org");
        let got = visitor
            .post_form(
                "/consultations/paper/respond",
                &[("name", "V"), ("email", &email), ("action", "save")],
            )
            .await;
        statuses.push(got.status);
    }
    assert!(statuses[..10].iter().all(|s| *s == 303), "{statuses:?}");
    assert_eq!(statuses[11], 429, "{statuses:?}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consultation_responses")
            .await,
        10
    );
}
