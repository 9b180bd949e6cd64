//! From draft to the funder's answer: freezing makes an immutable version (its hash
//! checked, later edits and even a direct UPDATE leave it alone) and opens its sign-off;
//! three signatories answer (one with reservations); it is agreed, submitted, published as
//! submitted and awarded, and the bid's story reads as a timeline.

use coproduce::auth::role::Role;

use super::{proposal, section_paths, three_signatories};
use crate::consortium::let_time_pass;
use crate::util::TestApp;

#[tokio::test]
async fn draft_freeze_sign_off_submit_and_award() {
    let app = TestApp::new().await;
    let signatories = three_signatories(&app).await;
    let (coordinator, path) = proposal(&app).await;
    let sections = section_paths(&coordinator, &path).await;
    for (section, text) in sections.iter().zip([
        "We reach people furthest from decisions.",
        "- An open concept paper\n- Engagement meetings\n- A February summit\n- This bid",
    ]) {
        coordinator
            .post_form(
                section,
                &[("body", text), ("status", "agreed"), ("base", "0")],
            )
            .await
            .assert_status(303);
    }
    // Not yet signed off: nothing to submit.
    let frozen = coordinator.post_form(&format!("{path}/freeze"), &[]).await;
    assert_eq!(frozen.status, 303, "{}", frozen.body);
    let decision = frozen.location();
    assert!(decision.starts_with("/consortium/decisions/"), "{decision}");
    for email in ["w@example.org", "s@example.org", "e@example.org"] {
        assert!(
            app.last_email_to(email)
                .await
                .0
                .contains("stance is needed"),
            "{email}"
        );
    }
    let version = format!("{path}/versions/1");
    let page = coordinator.get(&version).await.html();
    page.assert_page_conventions();
    assert!(page.text("main").contains("Unchanged since it was frozen"));
    assert!(page
        .text("main")
        .contains("We reach people furthest from decisions."));
    let too_soon = coordinator
        .post_form(
            &format!("{version}/submit"),
            &[("submitted_on", "2019-03-01"), ("requested", "9000")],
        )
        .await;
    too_soon.assert_status(422);
    assert!(too_soon
        .html()
        .text(".error-summary")
        .contains("sign-off has not been agreed"));
    // Editing carries on; version 1 does not change, even by a direct UPDATE.
    let hash_before: String =
        sqlx::query_scalar::<_, String>("SELECT sha256 FROM proposal_versions WHERE number = 1")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    coordinator
        .post_form(
            &sections[0],
            &[
                ("body", "Changed after freezing."),
                ("status", "drafting"),
                ("base", "1"),
            ],
        )
        .await
        .assert_status(303);
    let tampered = sqlx::query("UPDATE proposal_versions SET content = 'x' WHERE number = 1")
        .execute(&app.db.pool)
        .await;
    assert!(
        tampered.is_err(),
        "the schema refuses changes to a frozen version"
    );
    let page = coordinator.get(&version).await.html();
    assert!(page
        .text("main")
        .contains("We reach people furthest from decisions."));
    assert!(!page.text("main").contains("Changed after freezing."));
    assert!(page.text("main").contains(&hash_before));
    // Three signatories answer; one with reservations.
    let round = signatories[0]
        .get(&decision)
        .await
        .html()
        .attr("input[name='round']", "value")
        .unwrap();
    for (client, stance, reason) in [
        (&signatories[0], "consent", ""),
        (&signatories[1], "reservations", "Check the access budget."),
        (&signatories[2], "consent", ""),
    ] {
        client
            .post_form(
                &format!("{decision}/stance"),
                &[("round", &round), ("stance", stance), ("reason", reason)],
            )
            .await
            .assert_status(303);
    }
    let_time_pass(&app).await;
    let page = coordinator.get(&version).await.html();
    assert!(
        page.text("main")
            .contains("Agreed, with reservations noted"),
        "{}",
        page.text("main")
    );
    // Bad input at the fields, then submitted.
    let refused = coordinator
        .post_form(
            &format!("{version}/submit"),
            &[("submitted_on", "2019-02-31"), ("requested", "-9000")],
        )
        .await;
    refused.assert_status(422);
    refused
        .html()
        .assert_error_summary(&["submitted_on", "requested"]);
    coordinator
        .post_form(
            &format!("{version}/submit"),
            &[
                ("submitted_on", "2019-03-01"),
                ("reference", "AFA-2019-42"),
                ("requested", "9,850"),
            ],
        )
        .await
        .assert_redirect(&path);
    // Published as submitted: visitors see the version but not the drafts.
    let public_response = app.client().get(&version).await;
    let public = public_response.html();
    public.assert_page_conventions();
    assert!(public.text("main").contains("AFA-2019-42"));
    assert!(public.text("main").contains("£9,850 requested"));
    assert!(!public_response.body.contains("Changed after freezing."));
    let download = app.client().get(&format!("{version}/download")).await;
    assert!(download
        .body
        .contains("We reach people furthest from decisions."));
    assert!(download.body.contains(&hash_before));
    app.client()
        .get(&format!("{path}/budget"))
        .await
        .assert_status(303);
    let overview = app.client().get(&path).await.html();
    assert_eq!(overview.count("a[href*='/sections/']"), 0);
    // A second freeze is not offered once a version is submitted; a second submission of
    // another version is refused.
    let answer = format!("{path}/answer");
    coordinator
        .get(&answer)
        .await
        .html()
        .assert_page_conventions();
    let refused = coordinator
        .post_form(
            &answer,
            &[("answer", "awarded"), ("award", ""), ("start", "")],
        )
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["award", "start"]);
    coordinator
        .post_form(
            &answer,
            &[
                ("answer", "awarded"),
                ("award", "9850"),
                ("start", "2019-06-01"),
                ("conditions", "Report quarterly."),
            ],
        )
        .await
        .assert_redirect(&path);
    let page = app.client().get(&path).await.html();
    let story = page.texts("ol.plain-list li");
    let kinds: Vec<&str> = [
        "Proposal started",
        "Version 1 frozen",
        "Version 1 submitted",
        "awarded the grant",
    ]
    .to_vec();
    for (want, got) in kinds
        .iter()
        .zip(story.iter().filter(|s| !s.contains("changed status")))
    {
        assert!(got.contains(want), "{want} in {story:?}");
    }
    assert!(page.text("main").contains("£9,850"));
    // The award starts the plan: one output per item of the submitted Outputs section,
    // from the award's start date, once.
    let plan = app.client().get("/plan").await.html();
    for output in [
        "An open concept paper",
        "Engagement meetings",
        "A February summit",
        "This bid",
    ] {
        assert!(plan.text("main").contains(output), "{output} in the plan");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM plan_outputs WHERE source LIKE 'award:%' AND starts_on = '2019-06-01'")
            .await,
        4
    );
    coordinator
        .post_form(
            &answer,
            &[
                ("answer", "awarded"),
                ("award", "9900"),
                ("start", "2019-06-01"),
            ],
        )
        .await
        .assert_redirect(&path);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM plan_outputs").await,
        4,
        "recording the award again adds nothing"
    );
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    participant.get(&path).await.assert_status(200);
}
