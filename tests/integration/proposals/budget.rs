//! The budget: lines that cannot be negative or out of range, totals by partner and year
//! that always add up, CSV out and in (a file whose total disagrees, or with a bad row,
//! changes nothing), and attachments that pass the content checks and stay private.

use coproduce::consortium::model::MemberRole;

use super::proposal;
use crate::consortium::member;
use crate::util::TestApp;

#[tokio::test]
async fn budget_lines_add_up_and_bad_amounts_are_refused() {
    let app = TestApp::new().await;
    let (coordinator, path) = proposal(&app).await;
    let wales = member(&app, "Wales Network", MemberRole::Lead, Some("wales")).await;
    let budget = format!("{path}/budget");
    coordinator
        .get(&budget)
        .await
        .html()
        .assert_page_conventions();
    let refused = coordinator
        .post_form(
            &budget,
            &[
                ("action", "add"),
                ("item", "Interpreters"),
                ("category", "access"),
                ("year", "11"),
                ("amount", "-50"),
            ],
        )
        .await;
    refused.assert_status(422);
    let page = refused.html();
    page.assert_error_summary(&["year", "amount"]);
    assert_eq!(page.attr("#item", "value").as_deref(), Some("Interpreters"));
    for (member_id, item, category, year, amount) in [
        (wales.0.to_string(), "Coordinator", "staff", "1", "12,000"),
        (
            wales.0.to_string(),
            "BSL interpreters",
            "access",
            "2",
            "1,500.50",
        ),
        (String::new(), "Summit venue", "venues", "1", "2000"),
    ] {
        coordinator
            .post_form(
                &budget,
                &[
                    ("action", "add"),
                    ("member_id", &member_id),
                    ("item", item),
                    ("category", category),
                    ("year", year),
                    ("amount", amount),
                ],
            )
            .await
            .assert_redirect(&budget);
    }
    let page = coordinator.get(&budget).await.html();
    let text = page.text("main");
    assert!(text.contains("Total: £15,500.50"), "{text}");
    assert!(page.text("#partner-caption").contains("share"));
    let by_partner = page.texts("tbody tr");
    assert!(
        by_partner[0].contains("Wales Network") && by_partner[0].contains("£13,500.50"),
        "{by_partner:?}"
    );
    assert_eq!(page.count("svg.budget-chart rect"), 2);
    // Out as CSV, and back in: the same lines.
    let csv = coordinator.get(&format!("{path}/budget.csv")).await;
    assert!(
        csv.body
            .contains("Wales Network,BSL interpreters,access,2,1500.50"),
        "{}",
        csv.body
    );
    let file = csv.body.trim_start_matches('\u{feff}').to_string() + ",Total,,,15500.50\n";
    coordinator
        .post_multipart(
            &format!("{budget}/import"),
            &[],
            Some(("budget.csv", file.as_bytes())),
        )
        .await
        .assert_redirect(&budget);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM proposal_budget_lines")
            .await,
        3
    );
    // A file that does not add up replaces nothing, and says by how much.
    let bad = "partner,item,category,year,amount\n,Venue,venues,1,100\n,Total,,,99\n";
    let refused = coordinator
        .post_multipart(
            &format!("{budget}/import"),
            &[],
            Some(("budget.csv", bad.as_bytes())),
        )
        .await;
    refused.assert_status(422);
    assert!(refused
        .html()
        .text(".error-summary")
        .contains("(£99) does not match its lines (£100)"));
    assert_eq!(
        app.count("SELECT CAST(SUM(amount_pence) AS BIGINT) FROM proposal_budget_lines")
            .await,
        1_550_050
    );
    // A negative amount never reaches the table, even past the form.
    let sneaky = "partner,item,category,year,amount\n,Venue,venues,1,-100\n";
    coordinator
        .post_multipart(
            &format!("{budget}/import"),
            &[],
            Some(("budget.csv", sneaky.as_bytes())),
        )
        .await
        .assert_status(422);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM proposal_budget_lines WHERE amount_pence < 0")
            .await,
        0
    );
}

#[tokio::test]
async fn attachments_pass_the_content_checks_and_stay_private() {
    let app = TestApp::new().await;
    let (coordinator, path) = proposal(&app).await;
    let attachments = format!("{path}/attachments");
    coordinator
        .post_form(
            &format!("{path}/checklist"),
            &[("label", "Letters of support")],
        )
        .await
        .assert_redirect(&attachments);
    let page = coordinator.get(&attachments).await.html();
    page.assert_page_conventions();
    assert!(page.text(".checklist").contains("Missing"));
    let item = page
        .attr("#checklist_id option:nth-child(2)", "value")
        .unwrap();
    // A program dressed as a PDF is refused.
    let refused = coordinator
        .post_multipart(
            &attachments,
            &[("title", "Letter")],
            Some(("letter.pdf", b"MZ\x90\x00\x03 not a pdf")),
        )
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["file"]);
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    coordinator
        .post_multipart(
            &attachments,
            &[("title", "Letter from Wales"), ("checklist_id", &item)],
            Some(("letter.pdf", pdf)),
        )
        .await
        .assert_redirect(&attachments);
    let page = coordinator.get(&attachments).await.html();
    assert!(
        page.text(".checklist").contains("Done"),
        "{}",
        page.text(".checklist")
    );
    let link = page.attr("a[href*='/attachments/']", "href").unwrap();
    let file = coordinator.get(&link).await;
    file.assert_status(200);
    assert!(file
        .header("content-disposition")
        .unwrap()
        .starts_with("attachment"));
    assert_eq!(file.body.as_bytes(), pdf);
    app.client().get(&link).await.assert_status(303);
    // Not among the public files.
    assert_eq!(app.count("SELECT COUNT(*) FROM files").await, 0);
}
