//! `serve --demo`: an example consortium (a lead network per nation and a bid facilitator,
//! all marked as examples), one example decision open for stances, and the draft bid to
//! the Big Lottery Fund with the initial brief's sections and a small example budget.
//! Loading twice adds nothing.

use coproduce::auth::role::Role;

use crate::util::TestApp;

#[tokio::test]
async fn the_demo_has_an_example_consortium_decision_and_draft_bid() {
    let app = TestApp::new().await;
    for _ in 0..2 {
        coproduce::demo::load(&app.db, &app.state.config)
            .await
            .unwrap();
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consortium_members WHERE is_example = 1")
            .await,
        5
    );
    let page = app.client().get("/consortium").await.html();
    for nation in ["England", "Scotland", "Wales", "Northern Ireland"] {
        assert!(page.texts("h2").contains(&nation.to_string()), "{nation}");
    }
    assert!(page.texts(".tag").iter().all(|t| t == "Example"));
    let register = app.client().get("/consortium/decisions").await.html();
    let open = register.texts(".meeting-list__item");
    assert_eq!(open.len(), 1);
    assert!(
        open[0].contains("Open for stances") && open[0].contains("Example"),
        "{open:?}"
    );
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let bid = coordinator.get("/proposals/big-lottery-bid").await.html();
    bid.assert_page_conventions();
    let sections = bid.texts("tbody th");
    assert_eq!(
        sections,
        [
            "Aims",
            "Objective",
            "Intended outcomes",
            "Rationale",
            "Outputs",
            "Approach"
        ]
    );
    assert!(bid.text("main").contains("Big Lottery Fund"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM proposal_budget_lines")
            .await,
        4
    );
    // A draft: visitors do not see it.
    app.client()
        .get("/proposals/big-lottery-bid")
        .await
        .assert_status(404);
}
