//! Decisions through the pages: put, answered by signatories and on a member's behalf,
//! closed on reading with its mail once, the register and its open data, reopening, and
//! what visitors, participants and partners may and may not do.

use coproduce::auth::role::Role;
use coproduce::calendar::when::utc_to_london;
use coproduce::consortium::model::{self, MemberRole};
use coproduce::storage::now;

use super::{decision, let_time_pass, member, signatory};
use crate::util::TestApp;

#[tokio::test]
async fn three_signatories_answer_one_with_reservations_and_it_is_agreed() {
    let app = TestApp::new().await;
    let wales = member(&app, "Wales Network", MemberRole::Lead, Some("wales")).await;
    let scotland = member(&app, "Scotland Network", MemberRole::Lead, Some("scotland")).await;
    let facilitator = member(&app, "Bid Facilitator Ltd", MemberRole::Facilitator, None).await;
    let w = signatory(&app, wales, "w@example.org").await;
    let s = signatory(&app, scotland, "s@example.org").await;
    let f = signatory(&app, facilitator, "f@example.org").await;
    // The facilitator puts the proposal; closing before opening is refused, input kept.
    f.get("/consortium/decisions/new")
        .await
        .html()
        .assert_page_conventions();
    let (today, _) = utc_to_london(now());
    let (later, _) = utc_to_london(now() + 5 * 86_400);
    let refused = f
        .post_form(
            "/consortium/decisions/new",
            &[
                ("title", "Submit the bid"),
                ("proposal", "We submit version 1."),
                ("opens_date", &later),
                ("closes_date", &today),
            ],
        )
        .await;
    refused.assert_status(422);
    let page = refused.html();
    page.assert_error_summary(&["closes_date"]);
    assert!(page.text("#proposal").contains("We submit version 1."));
    let created = f
        .post_form(
            "/consortium/decisions/new",
            &[
                ("title", "Submit the bid"),
                ("proposal", "We submit version 1."),
                ("closes_date", &later),
                ("closes_time", "17:00"),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let path = created.location();
    // Every signatory was told, once.
    for email in ["w@example.org", "s@example.org", "f@example.org"] {
        assert_eq!(app.email_count_to(email).await, 1, "{email}");
        assert!(app.last_email_to(email).await.0.contains("Submit the bid"));
    }
    let page = w.get(&path).await.html();
    page.assert_page_conventions();
    let round = page
        .attr("input[name='round']", "value")
        .expect("a stance form");
    // An objection needs a reason: refused at the field, the choice kept.
    let refused = w
        .post_form(
            &format!("{path}/stance"),
            &[("round", &round), ("stance", "object"), ("reason", "")],
        )
        .await;
    refused.assert_status(422);
    let page = refused.html();
    page.assert_error_summary(&["reason"]);
    assert!(page.attr("#stance_object", "checked").is_some());
    for (client, stance, reason) in [
        (&w, "consent", ""),
        (&s, "reservations", "Keep the budget for BSL interpreters."),
        (&f, "consent", ""),
    ] {
        client
            .post_form(
                &format!("{path}/stance"),
                &[("round", &round), ("stance", stance), ("reason", reason)],
            )
            .await
            .assert_redirect(&format!("{path}#stances"));
    }
    // A visitor sees the counts but not who said what.
    let public = app.client().get(&path).await.html();
    assert!(!public.text("main").contains("Keep the budget"));
    assert!(!public.text("main").contains("Scotland Network"));
    let mine = s.get(&path).await.html();
    assert!(mine
        .text("main")
        .contains("Keep the budget for BSL interpreters."));
    let_time_pass(&app).await;
    let register = app.client().get("/consortium/decisions").await.html();
    register.assert_page_conventions();
    assert!(
        register
            .text("main")
            .contains("Agreed, with reservations noted"),
        "{}",
        register.text("main")
    );
    // The result went to every representative once, however often it is read.
    app.client().get(&path).await.assert_status(200);
    app.run_jobs().await;
    for email in ["w@example.org", "s@example.org", "f@example.org"] {
        assert_eq!(app.email_count_to(email).await, 2, "{email}");
        assert!(app
            .last_email_to(email)
            .await
            .1
            .contains("Agreed, with reservations noted"));
    }
    // A stance after the close is refused with a clear message and nothing recorded.
    let late = w
        .post_form(
            &format!("{path}/stance"),
            &[
                ("round", &round),
                ("stance", "block"),
                ("reason", "Too late"),
            ],
        )
        .await;
    late.assert_status(422);
    assert!(late.html().text(".error-summary").contains("has closed"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consortium_stance_history WHERE reason = 'Too late'")
            .await,
        0
    );
}

#[tokio::test]
async fn a_coordinator_records_a_stance_on_a_members_behalf_saying_how() {
    let app = TestApp::new().await;
    let m = member(
        &app,
        "Northern Ireland Network",
        MemberRole::Lead,
        Some("northern_ireland"),
    )
    .await;
    let id = decision(&app, "Adopt the plan", 86_400 * 3).await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let path = format!("/consortium/decisions/{id}");
    let refused = coordinator
        .post_form(
            &format!("{path}/stance"),
            &[
                ("round", "1"),
                ("stance", "consent"),
                ("member_id", &m.0.to_string()),
            ],
        )
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["how"]);
    coordinator
        .post_form(
            &format!("{path}/stance"),
            &[
                ("round", "1"),
                ("stance", "consent"),
                ("member_id", &m.0.to_string()),
                ("how", "by phone with its chair, 3 March"),
            ],
        )
        .await
        .assert_status(303);
    let page = coordinator.get(&path).await.html();
    assert!(page.text("main").contains("by phone with its chair"));
}

#[tokio::test]
async fn visitors_participants_and_other_partners_cannot_give_stances() {
    let app = TestApp::new().await;
    let m = member(&app, "Wales Network", MemberRole::Lead, Some("wales")).await;
    let id = decision(&app, "Adopt the plan", 86_400).await;
    let path = format!("/consortium/decisions/{id}/stance");
    let fields = [("round", "1"), ("stance", "consent")];
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    participant
        .post_form(&path, &fields)
        .await
        .assert_status(403);
    // A representative who is not the signatory does not decide for the member.
    let rep = app.user("rep@example.org", "Rep", Role::Partner).await;
    model::add_representative(&app.db, m, rep.0, false, None)
        .await
        .unwrap()
        .unwrap();
    let client = app.client();
    client
        .sign_in("rep@example.org", crate::util::PASSWORD)
        .await;
    client.post_form(&path, &fields).await.assert_status(404);
    // Nor can they put proposals (only coordinators and the facilitator).
    client
        .get("/consortium/decisions/new")
        .await
        .assert_status(404);
    // A forged decision id is not found.
    let sig = signatory(&app, m, "sig@example.org").await;
    sig.post_form("/consortium/decisions/999999/stance", &fields)
        .await
        .assert_status(404);
    sig.get("/consortium/decisions/999999")
        .await
        .assert_status(404);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consortium_stances").await,
        0
    );
}

#[tokio::test]
async fn the_register_publishes_counts_never_who_said_what() {
    let app = TestApp::new().await;
    let m = member(&app, "Secretive Network", MemberRole::Member, None).await;
    let id = decision(&app, "Adopt the plan", 86_400).await;
    model::record_stance(
        &app.db,
        id,
        1,
        m,
        model::Stance::Object,
        "private reasoning",
        &model::Casting {
            by_user: app.user("x@example.org", "X", Role::Partner).await.0,
            on_behalf_how: "",
        },
        now(),
    )
    .await
    .unwrap()
    .unwrap();
    let_time_pass(&app).await;
    let csv = app.client().get("/consortium/decisions.csv").await;
    csv.assert_status(200);
    assert!(csv.body.contains("Adopt the plan"));
    assert!(csv.body.contains("agreed_reservations"));
    let json = app.client().get("/consortium/decisions.json").await;
    let value: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    assert_eq!(value["decisions"][0]["stances"]["object"], 1);
    assert_eq!(value["decisions"][0]["rules"]["quorum_percent"], 50);
    let atom = app.client().get("/consortium/decisions.atom").await;
    assert!(atom.body.contains("<feed"));
    for body in [&csv.body, &json.body, &atom.body] {
        assert!(!body.contains("Secretive Network"));
        assert!(!body.contains("private reasoning"));
    }
}

#[tokio::test]
async fn reopening_makes_a_new_round_and_keeps_the_old_one() {
    let app = TestApp::new().await;
    let m = member(&app, "Wales Network", MemberRole::Lead, Some("wales")).await;
    let sig = signatory(&app, m, "sig@example.org").await;
    let id = decision(&app, "Adopt the plan", 86_400).await;
    let path = format!("/consortium/decisions/{id}");
    sig.post_form(
        &format!("{path}/stance"),
        &[("round", "1"), ("stance", "block"), ("reason", "Not ready")],
    )
    .await
    .assert_status(303);
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    // Still open: it cannot be reopened.
    let (later, _) = utc_to_london(now() + 4 * 86_400);
    coordinator
        .post_form(&format!("{path}/reopen"), &[("closes_date", &later)])
        .await
        .assert_status(422);
    let_time_pass(&app).await;
    assert!(coordinator
        .get(&path)
        .await
        .html()
        .text("main")
        .contains("Not agreed"));
    coordinator
        .post_form(&format!("{path}/reopen"), &[("closes_date", &later)])
        .await
        .assert_redirect(&path);
    // A stance for the old round is refused; the new round takes it.
    let old = sig
        .post_form(
            &format!("{path}/stance"),
            &[("round", "1"), ("stance", "consent")],
        )
        .await;
    old.assert_status(422);
    assert!(old.html().text(".error-summary").contains("reopened"));
    sig.post_form(
        &format!("{path}/stance"),
        &[("round", "2"), ("stance", "consent")],
    )
    .await
    .assert_status(303);
    let rounds = model::rounds(&app.db, id).await.unwrap();
    assert_eq!(rounds.len(), 2);
    assert_eq!(rounds[1].result, Some(model::Outcome::NotAgreed));
    let page = sig.get(&path).await.html();
    assert!(
        page.text("#round-1").contains("Not ready"),
        "the old round keeps its stances"
    );
    assert_eq!(page.count("section[id^='round-']"), 2);
}

#[tokio::test]
async fn the_proposer_closes_a_decision_early_and_the_result_follows_the_stances_given() {
    let app = TestApp::new().await;
    let a = member(&app, "A Network", MemberRole::Member, None).await;
    let _b = member(&app, "B Network", MemberRole::Member, None).await;
    let sig = signatory(&app, a, "a@example.org").await;
    let id = decision(&app, "Adopt the plan", 86_400 * 5).await;
    let path = format!("/consortium/decisions/{id}");
    sig.post_form(
        &format!("{path}/stance"),
        &[("round", "1"), ("stance", "consent")],
    )
    .await
    .assert_status(303);
    // A signatory who is not the proposer cannot close it.
    sig.post_form(&format!("{path}/close"), &[])
        .await
        .assert_status(404);
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    coordinator
        .post_form(&format!("{path}/close"), &[])
        .await
        .assert_redirect(&path);
    let round = model::rounds(&app.db, id).await.unwrap().remove(0);
    assert_eq!(round.result, Some(model::Outcome::Agreed));
    assert!(round.closes_at <= now() + 1);
    assert_eq!(round.eligible, 2);
    // Closing again does nothing more; the result mail went once.
    coordinator
        .post_form(&format!("{path}/close"), &[])
        .await
        .assert_status(303);
    assert_eq!(app.email_count_to("a@example.org").await, 2);
}
