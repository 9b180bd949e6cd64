use coproduce::auth::role::Role;
use coproduce::orgs::fields::OrgFields;

use super::{listed, org};
use crate::util::TestApp;

#[tokio::test]
async fn reach_counts_listed_organisations_and_names_the_gaps() {
    let app = TestApp::new().await;
    org(
        &app,
        listed("Disability Wales", &["wales"], &["disability"], &[10]),
    )
    .await;
    org(
        &app,
        listed("Deaf Scotland", &["scotland"], &["disability"], &[10]),
    )
    .await;
    org(
        &app,
        OrgFields {
            listed: false,
            ..listed("Unlisted Wales", &["wales"], &["disability", "race"], &[5])
        },
    )
    .await;
    // Issue #18: a charity removed from its register is kept and marked, but not live.
    org(
        &app,
        OrgFields {
            register_status: "removed".into(),
            ..listed("Removed Deaf Group", &["england"], &["disability"], &[10])
        },
    )
    .await;
    let visitor = app.client();
    let response = visitor.get("/reach").await;
    response.assert_status(200);
    let page = response.html();
    page.assert_page_conventions();
    let rows = page.texts("#characteristics-caption ~ tbody tr, table tbody tr");
    let disability = rows.iter().find(|r| r.starts_with("Disability")).unwrap();
    // England, Scotland, Wales, Northern Ireland, UK-wide
    assert_eq!(
        disability,
        "Disability None yet (a gap) 1 1 None yet (a gap) None yet (a gap)"
    );
    let race = rows.iter().find(|r| r.starts_with("Race")).unwrap();
    assert!(
        !race.contains('1'),
        "the unlisted record is not counted for visitors: {race}"
    );
    assert!(page.text("svg desc").contains("Wales: 1"));
    assert_eq!(page.attr("svg", "role").as_deref(), Some("img"));
    // Coordinators see every record, by stage.
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let page = coordinator.get("/reach").await.html();
    let rows = page.texts("table tbody tr");
    let race = rows.iter().find(|r| r.starts_with("Race")).unwrap();
    assert!(race.contains("1 Identified: 1"), "{race}");
    assert!(page.text("svg desc").contains("Wales: 2"));
}
