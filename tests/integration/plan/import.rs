//! The plan's CSV in: good rows imported together, bad rows kept and listed with their
//! line and problem; the plan's own export imported back changes and doubles nothing.

use super::coordinator;
use crate::util::TestApp;

const FILE: &str = "type,output_id,outcome,title,description,owner,starts_on,due_on,status,status_shown,status_reason,progress_percent,done_on
output,a,More people take part,Engagement meetings,Meetings with equality groups.,,2019-01-01,2019-06-30,on_track,,,,
milestone,a,,First meeting,,,,2019-02-01,,,,,2019-02-01
output,b,,Out of order,,,2019-06-01,2019-01-01,on_track,,,,
milestone,a,,Bad date,,,,1 February,,,,,
banana,a,,What is this,,,,,,,,,
milestone,zzz,,Nowhere to go,,,,2019-03-01,,,,,
output,c,,Too far,,,,,on_track,,,150,
";

#[tokio::test]
async fn good_rows_are_imported_and_bad_ones_listed() {
    let app = TestApp::new().await;
    let coordinator = coordinator(&app).await;
    coordinator
        .get("/plan/import")
        .await
        .assert_status(200)
        .html()
        .assert_page_conventions();
    let done = coordinator
        .post_multipart("/plan/import", &[], Some(("plan.csv", FILE.as_bytes())))
        .await;
    done.assert_status(200);
    let page = done.html();
    page.assert_page_conventions();
    let main = page.text("main");
    assert!(main.contains("1 outputs added"), "{main}");
    assert!(main.contains("1 milestones added"), "{main}");
    assert!(main.contains("5 rows were not imported"), "{main}");
    let lines = page.texts("table tbody tr td:first-child");
    assert_eq!(
        lines,
        ["4", "5", "6", "7", "8"],
        "each bad row with its line"
    );
    assert!(main.contains("The type must be output or milestone"));
    assert!(main.contains("neither in the plan nor in the file"));
    assert!(
        page.text("pre").contains("Out of order"),
        "bad rows kept to correct"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM plan_outputs").await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM plan_milestones WHERE done_on = '2019-02-01'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM plan_outcomes WHERE title = 'More people take part'")
            .await,
        1
    );
    // The plan's own export, brought back, changes what is there and adds nothing.
    let export = app.client().get("/plan.csv").await.body;
    let again = coordinator
        .post_multipart("/plan/import", &[], Some(("plan.csv", export.as_bytes())))
        .await
        .html()
        .text("main");
    assert!(again.contains("0 outputs added"), "{again}");
    assert!(again.contains("1 changed"), "{again}");
    assert_eq!(app.count("SELECT COUNT(*) FROM plan_outputs").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM plan_milestones").await, 1);
    // A file that is not the plan's is refused whole, at the field.
    let refused = coordinator
        .post_multipart(
            "/plan/import",
            &[],
            Some(("x.csv", b"name,email\nA,b@example.org\n".as_slice())),
        )
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["file"]);
}
