//! Comments refused with a clear message and the text kept: too long, on a part taken out
//! since the page was opened, on a consultation not open.

use coproduce::auth::role::Role;
use coproduce::consultations::model::{self, ConsultationFields};

use super::responding::open_consultation;
use crate::util::TestApp;

#[tokio::test]
async fn refused_comments_say_why_and_keep_the_text() {
    let app = TestApp::new().await;
    let c = open_consultation(&app).await;
    let blocks = model::version_blocks(&app.db, c.id, 1).await.unwrap();
    let last = blocks.last().unwrap().block_id;
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    let path = format!("/consultations/paper/blocks/{last}");
    // Too long: at the field, the text kept.
    let long = "word ".repeat(1_001);
    let refused = participant.post_form(&path, &[("body", &long)]).await;
    refused.assert_status(422);
    let page = refused.html();
    page.assert_error_summary(&["body"]);
    assert!(page.raw_text("#body").len() > 5_000);
    // The part is taken out in version 2 while someone is writing about it.
    let fields = ConsultationFields {
        draft: "# Why we need this\n\nPeople furthest from decision making are rarely asked.\n"
            .into(),
        ..c.fields.clone()
    };
    model::update(&app.db, c.id, &fields).await.unwrap();
    model::publish(&app.db, c.id, None).await.unwrap();
    let refused = participant
        .post_form(
            &path,
            &[("body", "About the goals, written before it went.")],
        )
        .await;
    refused.assert_status(422);
    let page = refused.html();
    assert!(
        page.text("main").contains("taken out of the document"),
        "{}",
        page.text("main")
    );
    assert!(page
        .text("main")
        .contains("About the goals, written before it went."));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consultation_comments")
            .await,
        0,
        "nothing half-kept"
    );
    // The document's links follow a comment added and hidden (the parts' HTML is kept
    // under a stamp of the comments).
    let first = blocks[1].block_id;
    participant
        .post_form(
            &format!("/consultations/paper/blocks/{first}"),
            &[("body", "On the first paragraph")],
        )
        .await
        .assert_status(303);
    let links = participant
        .get("/consultations/paper")
        .await
        .html()
        .texts(".consultation-block__comments a");
    assert_eq!(links[1], "1 comment on part 2", "{links:?}");
    let id = model::comments(&app.db, c.id, Some(first)).await.unwrap()[0]
        .id
        .0;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    coordinator
        .post_form(
            &format!("/consultations/paper/comments/{id}/hide"),
            &[("reason", "Off topic")],
        )
        .await
        .assert_status(303);
    let links = participant
        .get("/consultations/paper")
        .await
        .html()
        .texts(".consultation-block__comments a");
    assert_eq!(links[1], "Comment on part 2", "{links:?}");
    // A part that never existed is simply not found.
    participant
        .post_form("/consultations/paper/blocks/424242", &[("body", "x")])
        .await
        .assert_status(404);
}
