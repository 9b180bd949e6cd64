//! The pages: an editor starts, writes and publishes a consultation; people read it part by
//! part and comment on a part without JavaScript; drafts stay private; comments on a closed
//! consultation are refused with the text kept.

use coproduce::auth::role::Role;
use coproduce::calendar::when::utc_to_london;
use coproduce::storage::now;

use crate::util::TestApp;

const DOC: &str = "# Why we need this\n\nPeople furthest from decision making are rarely asked.\n\n- Equality networks\n- SDG networks\n";

#[tokio::test]
async fn an_editor_publishes_and_people_comment_part_by_part() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    coordinator
        .get("/consultations/new")
        .await
        .html()
        .assert_page_conventions();
    // Closing before opening is refused at the field, the input kept.
    let (today, _) = utc_to_london(now() - 86_400);
    let (later, _) = utc_to_london(now() + 20 * 86_400);
    let refused = coordinator
        .post_form(
            "/consultations/new",
            &[
                ("title", "Concept paper"),
                ("draft", DOC),
                ("opens_date", &later),
                ("closes_date", &today),
            ],
        )
        .await;
    refused.assert_status(422);
    let page = refused.html();
    page.assert_error_summary(&["closes_date"]);
    assert!(page.text("#draft").contains("People furthest"));
    let created = coordinator
        .post_form(
            "/consultations/new",
            &[
                ("title", "Concept paper"),
                ("draft", DOC),
                ("opens_date", &today),
                ("closes_date", &later),
            ],
        )
        .await;
    created.assert_redirect("/consultations/concept-paper/edit");
    // A draft: invisible to visitors and participants, seen by partners.
    app.client()
        .get("/consultations/concept-paper")
        .await
        .assert_status(404);
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    participant
        .get("/consultations/concept-paper")
        .await
        .assert_status(404);
    let partner = app.signed_in("partner@example.org", Role::Partner).await;
    partner
        .get("/consultations/concept-paper")
        .await
        .assert_status(200);
    assert!(
        app.client()
            .get("/consultations")
            .await
            .html()
            .count("a[href='/consultations/concept-paper']")
            == 0
    );

    coordinator
        .post_form("/consultations/concept-paper/publish", &[])
        .await
        .assert_redirect("/consultations/concept-paper");
    let visitor = app.client();
    let page = visitor.get("/consultations/concept-paper").await.html();
    page.assert_page_conventions();
    assert!(page.text("main").contains("Open for comments until"));
    assert_eq!(
        page.count(".consultation-block"),
        4,
        "a heading, a paragraph and two list items"
    );
    assert_eq!(
        page.count("main h1"),
        1,
        "the document's heading goes under the page title"
    );
    let links = page.attrs(".consultation-block__comments a", "href");
    let paragraph = links[1].clone();
    let block = visitor.get(&paragraph).await;
    block.assert_status(200);
    block.html().assert_page_conventions();
    assert!(block.html().text("main").contains("Sign in to comment"));

    // Commenting needs no JavaScript: a form on the part's own page.
    let empty = participant.post_form(&paragraph, &[("body", "  ")]).await;
    empty.assert_status(422);
    empty.html().assert_error_summary(&["body"]);
    let sent = participant
        .post_form(
            &paragraph,
            &[(
                "body",
                "Ask people <script>alert(1)</script> where they are.",
            )],
        )
        .await;
    assert_eq!(sent.status, 303);
    assert!(sent.location().contains("#comment-"));
    let page = visitor.get(&paragraph).await;
    assert!(
        !page.body.contains("<script>alert(1)")
            && page
                .html()
                .text(".comment__body")
                .contains("Ask people <script>"),
        "comments are text, never markup: {}",
        page.html().text(".comment__body")
    );
    assert_eq!(page.html().count(".comment"), 1);
    // A reply, and "I agree" (once per person).
    let first: String = page
        .html()
        .attr(".comment", "id")
        .unwrap()
        .trim_start_matches("comment-")
        .to_string();
    let reply_form = participant
        .get(&format!("{paragraph}?reply={first}"))
        .await
        .html();
    assert_eq!(
        reply_form.attr("input[name=reply_to]", "value").as_deref(),
        Some(first.as_str())
    );
    let replied = partner
        .post_form(
            &paragraph,
            &[("body", "Yes, and pay them."), ("reply_to", &first)],
        )
        .await;
    assert_eq!(replied.status, 303);
    for _ in 0..2 {
        let agreed = partner
            .post_form(
                &format!("/consultations/concept-paper/comments/{first}/agree"),
                &[],
            )
            .await;
        assert_eq!(agreed.location(), format!("{paragraph}#comment-{first}"));
    }
    let page = visitor.get(&paragraph).await.html();
    assert!(
        page.text(".comment--reply").contains("in reply to"),
        "{}",
        page.text("main")
    );
    assert!(page
        .text(&format!("#comment-{first}"))
        .contains("1 person agrees"));
    let other = page.attrs(".comment", "id");
    assert_eq!(other.len(), 2);
    // A reply must be on the same part.
    participant
        .post_form(&links[0], &[("body", "Elsewhere."), ("reply_to", &first)])
        .await
        .assert_status(404);
    let document = visitor.get("/consultations/concept-paper").await.html();
    assert!(
        document.text("main").contains("2 comments on part 2"),
        "{}",
        document.text("main")
    );
    // A comment on the document as a whole.
    participant
        .post_form("/consultations/concept-paper/comments", &[("body", "")])
        .await
        .assert_status(422);
    let whole = participant
        .post_form(
            "/consultations/concept-paper/comments",
            &[("body", "The whole paper is clear.")],
        )
        .await;
    assert!(whole
        .location()
        .starts_with("/consultations/concept-paper#comment-"));
    let document = visitor.get("/consultations/concept-paper").await.html();
    assert!(document
        .text(".consultation-whole")
        .contains("The whole paper is clear."));
    // Open data: the public comments, formula-safe, without anyone's e-mail address.
    participant
        .post_form(&paragraph, &[("body", "=HYPERLINK(\"http://x\")")])
        .await;
    let csv = visitor
        .get("/consultations/concept-paper/comments.csv")
        .await;
    csv.assert_status(200);
    assert!(csv.body.contains("The whole paper is clear.") && csv.body.contains("'=HYPERLINK"));
    assert!(!csv.body.contains("@example.org"));
    let json: serde_json::Value = serde_json::from_str(
        &visitor
            .get("/consultations/concept-paper/comments.json")
            .await
            .body,
    )
    .unwrap();
    assert_eq!(json["count"], 4);
    assert!(!json.to_string().contains("@example.org"));
    let feed: atom_syndication::Feed = visitor
        .get("/consultations/concept-paper/comments.atom")
        .await
        .body
        .parse()
        .unwrap();
    assert_eq!(feed.entries().len(), 4);
    // Moderation: hidden with a reason, logged, the author told.
    let last = json["comments"][3]["id"].as_i64().unwrap();
    let hide = format!("/consultations/concept-paper/comments/{last}/hide");
    coordinator
        .get(&hide)
        .await
        .html()
        .assert_page_conventions();
    participant.get(&hide).await.assert_status(403);
    coordinator
        .post_form(&hide, &[("reason", " ")])
        .await
        .assert_status(422);
    let mails = app.email_count_to("p@example.org").await;
    coordinator
        .post_form(&hide, &[("reason", "A link that looks like a formula")])
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consultation_comments WHERE hidden_reason <> ''")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'consultation-comment-hidden'")
            .await,
        1
    );
    assert_eq!(app.email_count_to("p@example.org").await, mails + 1);
    assert!(app
        .last_email_to("p@example.org")
        .await
        .1
        .contains("A link that looks like a formula"));
    assert!(!visitor.get(&paragraph).await.body.contains("HYPERLINK"));
    assert!(visitor
        .get(&paragraph)
        .await
        .html()
        .text("main")
        .contains("hidden by a moderator"));
    // A part that is not in the document is not found, nor is a forged id.
    participant
        .post_form("/consultations/concept-paper/blocks/999", &[("body", "x")])
        .await
        .assert_status(404);
    visitor
        .get("/consultations/concept-paper/blocks/not-a-number")
        .await
        .assert_status(400);

    // Version 2: the paragraph edited, the last list item taken out.
    let v2 = "# Why we need this\n\nPeople furthest from decision making are rarely asked, and rarely paid.\n\n- Equality networks\n";
    coordinator
        .post_form(
            "/consultations/concept-paper/edit",
            &[
                ("title", "Concept paper"),
                ("draft", v2),
                ("opens_date", &today),
                ("closes_date", &later),
            ],
        )
        .await
        .assert_redirect("/consultations/concept-paper/edit");
    coordinator
        .post_form("/consultations/concept-paper/publish", &[])
        .await
        .assert_redirect("/consultations/concept-paper");
    let changes = visitor.get("/consultations/concept-paper/versions/2").await;
    changes.assert_status(200);
    changes.html().assert_page_conventions();
    assert!(
        changes.body.contains("<ins>"),
        "word-level differences from version 1"
    );
    let kept = visitor.get(&paragraph).await.html();
    assert!(
        kept.text(".comment").contains("on version 1"),
        "the comment followed its edited part"
    );
    assert!(kept.text("main").contains("rarely paid"));
    let removed = visitor.get(&links[3]).await.html();
    assert!(
        removed.text("main").contains("taken out since"),
        "{}",
        removed.text("main")
    );
    assert_eq!(participant.get(&links[3]).await.html().count("textarea"), 0);
    visitor
        .get("/consultations/concept-paper/versions/9")
        .await
        .assert_status(404);

    // Closed: the comment is refused, the text kept.
    // An hour ago, with its time (at just after midnight the date alone would be the same
    // day as the opening date, and refused as closing before it opens).
    let (past, past_time) = utc_to_london(now() - 3600);
    coordinator
        .post_form(
            "/consultations/concept-paper/edit",
            &[
                ("title", "Concept paper"),
                ("draft", DOC),
                ("opens_date", &today),
                ("closes_date", &past),
                ("closes_time", &past_time),
            ],
        )
        .await
        .assert_redirect("/consultations/concept-paper/edit");
    let late = participant
        .post_form(&paragraph, &[("body", "Too late, but kept.")])
        .await;
    late.assert_status(422);
    assert!(late.html().text("main").contains("Too late, but kept."));
    assert!(late.html().text("main").contains("Closed for comments"));
}

#[tokio::test]
async fn a_suggested_change_is_accepted_into_the_next_version_and_its_author_told() {
    use coproduce::consultations::model::{self, ConsultationFields};
    let app = TestApp::new().await;
    let fields = ConsultationFields {
        title: "Concept paper".into(),
        draft: DOC.into(),
        opens_at: Some(now() - 3600),
        closes_at: Some(now() + 86_400),
        ..ConsultationFields::default()
    };
    let id = model::create(&app.db, "concept-paper", &fields, None, false)
        .await
        .unwrap();
    model::publish(&app.db, id, None).await.unwrap();
    let blocks = model::version_blocks(&app.db, id, 1).await.unwrap();
    let paragraph = blocks.iter().find(|b| b.kind == "paragraph").unwrap();
    let page = format!("/consultations/concept-paper/blocks/{}", paragraph.block_id);
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    let form = participant.get(&page).await.html();
    assert_eq!(
        form.text("#proposed"),
        paragraph.text,
        "the form starts from the part's text"
    );
    let suggest = format!("{page}/suggest");
    participant
        .post_form(&suggest, &[("proposed", " ")])
        .await
        .assert_status(422);
    let same = participant
        .post_form(&suggest, &[("proposed", &paragraph.text)])
        .await;
    same.assert_status(422);
    same.html().assert_error_summary(&["proposed"]);
    let better = "People furthest from decision making are rarely asked, and never paid.";
    assert_eq!(
        participant
            .post_form(&suggest, &[("proposed", better)])
            .await
            .status,
        303
    );
    assert_eq!(
        participant
            .post_form(&suggest, &[("proposed", "Something else entirely.")])
            .await
            .status,
        303
    );
    let shown = app.client().get(&page).await;
    assert!(
        shown.body.contains("<ins>"),
        "a suggestion is shown as its differences"
    );
    shown.html().assert_page_conventions();
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM consultation_suggestions ORDER BY id")
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let decide = |n: i64| format!("/consultations/concept-paper/suggestions/{n}");
    participant
        .post_form(&decide(ids[0]), &[("decision", "accept")])
        .await
        .assert_status(403);
    let no_reason = coordinator
        .post_form(&decide(ids[1]), &[("decision", "decline")])
        .await;
    no_reason.assert_status(422);
    assert!(no_reason
        .html()
        .text(&format!("#reason_{}-error", ids[1]))
        .contains("Say why"));
    let mails = app.email_count_to("p@example.org").await;
    coordinator
        .post_form(
            &decide(ids[1]),
            &[("decision", "decline"), ("reason", "Out of scope")],
        )
        .await;
    coordinator
        .post_form(&decide(ids[0]), &[("decision", "accept")])
        .await;
    assert_eq!(
        app.email_count_to("p@example.org").await,
        mails + 2,
        "told either way"
    );
    assert!(app
        .last_email_to("p@example.org")
        .await
        .0
        .contains("accepted"));
    // Deciding twice changes nothing.
    coordinator
        .post_form(&decide(ids[0]), &[("decision", "decline"), ("reason", "x")])
        .await
        .assert_status(404);
    model::publish(&app.db, id, None).await.unwrap();
    let v2 = model::version_blocks(&app.db, id, 2).await.unwrap();
    let same_block = v2
        .iter()
        .find(|b| b.block_id == paragraph.block_id)
        .unwrap();
    assert_eq!(
        same_block.text, better,
        "the accepted wording is in the next version, on the same part"
    );
    assert_eq!(same_block.change, "edited");
}
