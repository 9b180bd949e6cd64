use coproduce::auth::role::Role;
use coproduce::orgs::fields::OrgFields;

use super::{listed, org};
use crate::util::TestApp;

#[tokio::test]
async fn adding_a_likely_duplicate_warns_first() {
    let app = TestApp::new().await;
    org(
        &app,
        OrgFields {
            website: "https://www.hopenothate.org.uk".into(),
            ..listed("Hope not Hate", &["england"], &[], &[])
        },
    )
    .await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let warned = coordinator
        .post_form(
            "/organisations/add",
            &[("name", "HOPE NOT HATE Ltd"), ("org_type", "charity")],
        )
        .await;
    warned.assert_status(200);
    let page = warned.html();
    page.assert_page_conventions();
    assert!(page.text(".notice--warning").contains("Hope not Hate"));
    assert!(page
        .text(".notice--warning")
        .contains("a very similar name"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisations").await,
        1,
        "nothing created yet"
    );
    let by_site = coordinator
        .post_form(
            "/organisations/add",
            &[
                ("name", "HNH Education"),
                ("website", "http://hopenothate.org.uk/education"),
            ],
        )
        .await;
    assert!(by_site
        .html()
        .text(".notice--warning")
        .contains("the same website"));
    coordinator
        .post_form(
            "/organisations/add",
            &[("name", "HOPE NOT HATE Ltd"), ("confirm_new", "1")],
        )
        .await
        .assert_redirect("/organisations/hope-not-hate-ltd");
}

#[tokio::test]
async fn merging_keeps_both_histories_and_redirects_the_old_address() {
    let app = TestApp::new().await;
    let keep = org(&app, listed("Involve", &["england"], &["age"], &[16])).await;
    let gone = org(
        &app,
        OrgFields {
            description: "Public participation charity".into(),
            ..listed("Involve UK", &["scotland"], &["disability"], &[10])
        },
    )
    .await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    coordinator
        .post_form(
            &format!("/organisations/{gone}/outreach"),
            &[("action", "note"), ("note", "Met at the summit")],
        )
        .await;
    let form = coordinator
        .get(&format!("/organisations/{gone}/merge"))
        .await;
    form.assert_status(200);
    let page = form.html();
    page.assert_page_conventions();
    assert!(
        page.text("fieldset").contains("Involve"),
        "the likely duplicate is offered"
    );
    coordinator
        .post_form(&format!("/organisations/{gone}/merge"), &[("keep", &gone)])
        .await
        .assert_status(422);
    coordinator
        .post_form(
            &format!("/organisations/{gone}/merge"),
            &[("keep", "nobody")],
        )
        .await
        .assert_status(422);
    coordinator
        .post_form(&format!("/organisations/{gone}/merge"), &[("keep", &keep)])
        .await
        .assert_redirect(&format!("/organisations/{keep}"));
    let kept = coproduce::orgs::model::find_by_slug(&app.db, &keep)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.fields.nations, vec!["england", "scotland"]);
    assert_eq!(kept.fields.characteristics, vec!["age", "disability"]);
    assert_eq!(kept.fields.description, "Public participation charity");
    // Both histories (2 creations + the merge) now belong to the kept record.
    let history = app
        .client()
        .get(&format!("/organisations/{keep}/history"))
        .await
        .html();
    assert_eq!(history.count(".org-revision"), 3);
    // Notes moved; the old address redirects; the directory shows one record.
    assert!(coordinator
        .get(&format!("/organisations/{keep}/outreach"))
        .await
        .body
        .contains("Met at the summit"));
    assert_eq!(
        app.client()
            .get(&format!("/organisations/{gone}"))
            .await
            .location(),
        format!("/organisations/{keep}")
    );
    assert_eq!(
        app.client()
            .get("/organisations")
            .await
            .html()
            .texts(".org-card__name"),
        vec!["Involve"]
    );
    coordinator
        .post_form(&format!("/organisations/{gone}/merge"), &[("keep", &keep)])
        .await
        .assert_status(422);
}
