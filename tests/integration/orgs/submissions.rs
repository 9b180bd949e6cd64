use coproduce::auth::role::Role;

use super::{listed, org};
use crate::util::TestApp;

fn submission<'a>(name: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("submitter_name", "Nia Jones"),
        ("submitter_email", email),
        ("name", name),
        ("org_type", "community_group"),
        ("nations", "wales"),
        ("characteristics", "race"),
        ("goals", "10"),
        ("consent", "1"),
        ("description", "A community group in Newport."),
    ]
}

#[tokio::test]
async fn include_my_organisation_confirm_approve_and_list() {
    let app = TestApp::new().await;
    let visitor = app.client();
    let form = visitor.get("/organisations/new").await;
    form.assert_status(200);
    form.html().assert_page_conventions();
    visitor
        .post_form(
            "/organisations/new",
            &submission("Newport Unity", "nia@example.org"),
        )
        .await
        .assert_redirect("/organisations/new/sent");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisations").await,
        0,
        "nothing listed before checks"
    );
    let link = app.link_in_last_email("nia@example.org").await;
    assert!(link.starts_with("/organisations/new/confirm/"));
    visitor.get(&link).await.assert_status(200);
    visitor
        .post_form(&link, &[])
        .await
        .assert_redirect("/organisations");
    visitor.post_form(&link, &[]).await.assert_status(400);

    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let queue = coordinator.get("/organisations/moderation").await;
    queue.assert_status(200);
    queue.html().assert_page_conventions();
    assert!(queue.body.contains("Newport Unity"));
    let id = app.count("SELECT id FROM organisation_submissions").await;
    coordinator
        .post_form(
            &format!("/organisations/moderation/{id}"),
            &[("action", "approve")],
        )
        .await
        .assert_redirect("/organisations/moderation");
    let names = app
        .client()
        .get("/organisations?nation=wales&characteristic=race")
        .await
        .html()
        .texts(".org-card__name");
    assert_eq!(names, vec!["Newport Unity"]);
    let (subject, _) = app.last_email_to("nia@example.org").await;
    assert!(subject.contains("is now listed"));
    // The submitter's own name and address are never published.
    let page = app.client().get("/organisations/newport-unity").await;
    assert!(!page.body.contains("nia@example.org") && !page.body.contains("Nia Jones"));
    coordinator
        .post_form(
            &format!("/organisations/moderation/{id}"),
            &[("action", "approve")],
        )
        .await
        .assert_status(404);
}

#[tokio::test]
async fn rejection_sends_the_reason_and_merging_fills_an_existing_record() {
    let app = TestApp::new().await;
    let visitor = app.client();
    for (name, email) in [
        ("Spam Co", "spam@example.org"),
        ("Involve Charity", "inv@example.org"),
    ] {
        visitor
            .post_form("/organisations/new", &submission(name, email))
            .await;
        let link = app.link_in_last_email(email).await;
        visitor.post_form(&link, &[]).await;
    }
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    let spam = app
        .count("SELECT id FROM organisation_submissions WHERE payload LIKE '%Spam Co%'")
        .await;
    coordinator
        .post_form(
            &format!("/organisations/moderation/{spam}"),
            &[("action", "reject"), ("reason", "")],
        )
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisation_submissions WHERE status = 'rejected'")
            .await,
        0,
        "a reason is needed"
    );
    coordinator
        .post_form(
            &format!("/organisations/moderation/{spam}"),
            &[
                ("action", "reject"),
                ("reason", "Not an equality organisation"),
            ],
        )
        .await;
    let (_, body) = app.last_email_to("spam@example.org").await;
    assert!(body.contains("Not an equality organisation"));

    let existing = org(&app, listed("Involve", &["england"], &[], &[16])).await;
    let inv = app
        .count("SELECT id FROM organisation_submissions WHERE payload LIKE '%Involve Charity%'")
        .await;
    coordinator
        .post_form(
            &format!("/organisations/moderation/{inv}"),
            &[("action", "merge"), ("merge_into", &existing)],
        )
        .await
        .assert_redirect(&format!("/organisations/{existing}"));
    let record = coproduce::orgs::model::find_by_slug(&app.db, &existing)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.fields.name, "Involve");
    assert_eq!(record.fields.nations, vec!["england", "wales"]);
    assert_eq!(record.fields.description, "A community group in Newport.");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisations").await,
        1,
        "merged, not duplicated"
    );
}

#[tokio::test]
async fn the_public_form_checks_input_and_stops_bots() {
    let app = TestApp::new().await;
    let visitor = app.client();
    let empty = visitor.post_form("/organisations/new", &[]).await;
    empty.assert_status(422);
    empty
        .html()
        .assert_error_summary(&["submitter_name", "submitter_email", "name", "consent"]);
    let mut no_consent = submission("Kept Name", "k@example.org");
    no_consent.retain(|(k, _)| *k != "consent");
    let response = visitor.post_form("/organisations/new", &no_consent).await;
    response.assert_status(422);
    assert_eq!(
        response.html().attr("#name", "value").as_deref(),
        Some("Kept Name"),
        "input kept"
    );
    // The honeypot: a bot fills every field; it is told all is well and nothing is kept.
    let mut bot = submission("Bot Org", "bot@example.org");
    bot.push(("fax_number", "0123"));
    visitor
        .post_form("/organisations/new", &bot)
        .await
        .assert_redirect("/organisations/new/sent");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisation_submissions")
            .await,
        0
    );
    assert_eq!(app.email_count_to("bot@example.org").await, 0);
    // Rate limit per address.
    for n in 0..10 {
        let email = format!("r{n}@example.org");
        visitor
            .post_form("/organisations/new", &submission("Rate", &email))
            .await;
    }
    visitor
        .post_form(
            "/organisations/new",
            &submission("Rate", "last@example.org"),
        )
        .await
        .assert_status(429);
}
