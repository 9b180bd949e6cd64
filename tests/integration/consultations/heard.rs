//! What we heard and the answer: themes and the analysis page (heat strip, counts, small
//! numbers suppressed), the response published once closed and e-mailed to respondents,
//! followers' notices (at most one e-mail a day), reporting a comment as a visitor, and
//! the closing date in the calendar feed.

use coproduce::auth::role::Role;
use coproduce::consultations::model::{self, NewComment};
use coproduce::storage::now;

use super::responding::{add_questions, open_consultation, question_ids};
use crate::util::TestApp;

async fn first_block(app: &TestApp, c: &model::Consultation) -> i64 {
    model::version_blocks(&app.db, c.id, 1).await.unwrap()[1].block_id
}

#[tokio::test]
async fn themes_and_the_analysis_show_what_was_heard_without_revealing_anyone() {
    let app = TestApp::new().await;
    let c = open_consultation(&app).await;
    add_questions(&app).await;
    let q = question_ids(&app, &c).await;
    let block = first_block(&app, &c).await;
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    for text in [
        "Say more about rural areas",
        "<img src=x onerror=alert(1)> Buses",
    ] {
        participant
            .post_form(
                &format!("/consultations/paper/blocks/{block}"),
                &[("body", text)],
            )
            .await
            .assert_status(303);
    }
    // Three respondents from Wales: too few for their nation to be shown.
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    for name in ["A", "B", "C"] {
        coordinator
            .post_form(
                "/consultations/paper/responses/new",
                &[
                    ("name", name),
                    ("received_via", "event"),
                    (&q[1], "Yes"),
                    (&q[3], "strongly_agree"),
                    ("nation", "wales"),
                ],
            )
            .await
            .assert_status(303);
    }
    let page = app
        .client()
        .get("/consultations/paper/analysis")
        .await
        .html();
    page.assert_page_conventions();
    let cells = page.texts(".heat-strip__cell");
    assert_eq!(cells.len(), 3, "one cell per part");
    assert!(cells[1].ends_with('2'), "{cells:?}");
    assert_eq!(
        page.count(".heat-strip__cell--4"),
        1,
        "the most commented part is darkest"
    );
    assert!(
        page.text("#strip-caption").len() > 5,
        "a table as the text alternative"
    );
    assert!(page.text("main").contains("Strongly agree"));
    assert!(
        page.text("main").contains("Too few people answered"),
        "3 from Wales is not shown"
    );
    assert!(!page.text("main").contains("Wales"));
    // Themes: a coordinator names one and tags a comment and an answer with it.
    coordinator
        .get("/consultations/paper/themes")
        .await
        .html()
        .assert_page_conventions();
    coordinator
        .post_form("/consultations/paper/themes", &[("name", "Transport")])
        .await
        .assert_status(303);
    let dup = coordinator
        .post_form("/consultations/paper/themes", &[("name", "Transport")])
        .await;
    dup.assert_status(422);
    dup.html().assert_error_summary(&["name"]);
    let theme = model::themes(&app.db, c.id).await.unwrap()[0]
        .id
        .0
        .to_string();
    let comment = model::comments(&app.db, c.id, Some(block)).await.unwrap()[1]
        .id
        .0
        .to_string();
    coordinator
        .post_form(
            "/consultations/paper/tags",
            &[("kind", "comment"), ("target", &comment), ("theme", &theme)],
        )
        .await
        .assert_status(303);
    let themes_page = coordinator.get("/consultations/paper/themes").await;
    assert!(
        !themes_page.body.contains("<img src=x"),
        "comments are escaped"
    );
    // A forged target is not found, and changes nothing.
    coordinator
        .post_form(
            "/consultations/paper/tags",
            &[("kind", "comment"), ("target", "999999"), ("theme", &theme)],
        )
        .await
        .assert_status(404);
    let page = app
        .client()
        .get("/consultations/paper/analysis")
        .await
        .html();
    assert!(page.text("#themes ~ table").contains("Transport"));
    assert_eq!(model::themes(&app.db, c.id).await.unwrap()[0].count, 1);
}

#[tokio::test]
async fn the_response_is_published_once_closed_and_every_respondent_is_emailed() {
    let app = TestApp::new().await;
    let c = open_consultation(&app).await;
    add_questions(&app).await;
    let q = question_ids(&app, &c).await;
    let visitor = app.client();
    visitor
        .post_form(
            "/consultations/paper/respond",
            &[
                ("name", "Siân"),
                ("email", "sian@example.org"),
                (&q[0], "More buses"),
                ("action", "submit"),
            ],
        )
        .await
        .assert_status(303);
    let link = app.link_in_last_email("sian@example.org").await;
    visitor.get(&link).await.assert_status(200);
    // Someone who never confirmed their address is not e-mailed.
    visitor
        .post_form(
            "/consultations/paper/respond",
            &[
                ("name", "Unconfirmed"),
                ("email", "u@example.org"),
                (&q[0], "Hello"),
                ("action", "submit"),
            ],
        )
        .await
        .assert_status(303);
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    app.client()
        .get("/consultations/paper/response")
        .await
        .assert_status(404);
    let early = coordinator
        .post_form(
            "/consultations/paper/response",
            &[("body", "We heard you."), ("action", "publish")],
        )
        .await;
    early.assert_status(422);
    early.html().assert_error_summary(&["body"]);
    assert!(early.html().raw_text("#body").contains("We heard you."));
    app.exec(&format!(
        "UPDATE consultations SET closes_at = {} WHERE slug = 'paper'",
        now() - 60
    ))
    .await;
    let empty = coordinator
        .post_form(
            "/consultations/paper/response",
            &[("body", " "), ("action", "publish")],
        )
        .await;
    empty.assert_status(422);
    let before = app.email_count_to("sian@example.org").await;
    coordinator
        .post_form(
            "/consultations/paper/response",
            &[
                ("body", "We heard you. <script>alert(1)</script>"),
                ("action", "publish"),
            ],
        )
        .await
        .assert_redirect("/consultations/paper/response");
    assert_eq!(app.email_count_to("sian@example.org").await, before + 1);
    let (subject, body) = app.last_email_to("sian@example.org").await;
    assert!(
        subject.contains("Concept paper") && body.contains("/consultations/paper/response"),
        "{body}"
    );
    assert_eq!(
        app.email_count_to("u@example.org").await,
        1,
        "only the link, never the response"
    );
    let page = app.client().get("/consultations/paper/response").await;
    page.assert_status(200);
    assert!(page.body.contains("We heard you.") && !page.body.contains("<script>alert"));
    page.html().assert_page_conventions();
    let c = model::find_by_slug(&app.db, "paper")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.phase(now()), model::Phase::Responded);
    // Correcting it later e-mails nobody again.
    coordinator
        .post_form(
            "/consultations/paper/response",
            &[("body", "We heard you, corrected."), ("action", "publish")],
        )
        .await
        .assert_status(303);
    assert_eq!(app.email_count_to("sian@example.org").await, before + 1);
}

#[tokio::test]
async fn followers_get_at_most_one_email_a_day() {
    let app = TestApp::new().await;
    let c = open_consultation(&app).await;
    let block = first_block(&app, &c).await;
    let follower = app.signed_in("f@example.org", Role::Participant).await;
    follower
        .post_form("/consultations/paper/follow", &[("on", "yes")])
        .await
        .assert_status(303);
    assert!(follower
        .get("/consultations/paper")
        .await
        .body
        .contains("You follow this consultation"));
    follower
        .post_form(
            &format!("/consultations/paper/blocks/{block}"),
            &[("body", "My comment")],
        )
        .await
        .assert_status(303);
    let mine = model::comments(&app.db, c.id, Some(block)).await.unwrap()[0].id;
    let replier = app.user("r@example.org", "Rhys", Role::Participant).await;
    let reply = NewComment {
        block_id: Some(block),
        parent_id: Some(mine),
        author_id: Some(replier.0),
        author_name: "Rhys",
        body: "A reply",
    };
    model::add_comment(&app.db, &c, &reply, now())
        .await
        .unwrap()
        .unwrap();
    let before = app.email_count_to("f@example.org").await;
    model::deliver_notices(&app.db, &app.state.config)
        .await
        .unwrap();
    assert_eq!(app.email_count_to("f@example.org").await, before + 1);
    let (_, body) = app.last_email_to("f@example.org").await;
    assert!(
        body.contains("replied") && body.contains("It is now open"),
        "{body}"
    );
    // Another reply the same day waits for tomorrow's e-mail.
    model::add_comment(&app.db, &c, &reply, now())
        .await
        .unwrap()
        .unwrap();
    model::deliver_notices(&app.db, &app.state.config)
        .await
        .unwrap();
    assert_eq!(app.email_count_to("f@example.org").await, before + 1);
    app.exec(&format!(
        "UPDATE consultation_mailed SET last_at = {}",
        now() - 90_000
    ))
    .await;
    model::deliver_notices(&app.db, &app.state.config)
        .await
        .unwrap();
    assert_eq!(app.email_count_to("f@example.org").await, before + 2);
    // The link in the e-mail stops them, without signing in.
    let stop =
        crate::util::link_path(body.split("Stop e-mails about it: ").nth(1).unwrap()).unwrap();
    let (_, newest) = app.last_email_to("f@example.org").await;
    let stop_now =
        crate::util::link_path(newest.split("Stop e-mails about it: ").nth(1).unwrap()).unwrap();
    app.client()
        .get(&stop_now)
        .await
        .html()
        .assert_page_conventions();
    app.client()
        .post_form(&stop_now, &[])
        .await
        .assert_redirect("/consultations");
    assert!(!model::is_following(&app.db, c.id, 0).await.unwrap());
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consultation_followers")
            .await,
        0
    );
    let _ = stop;
}

#[tokio::test]
async fn a_visitor_reports_a_comment_and_the_closing_date_is_in_the_calendar() {
    let app = TestApp::new().await;
    let c = open_consultation(&app).await;
    let block = first_block(&app, &c).await;
    let participant = app.signed_in("p@example.org", Role::Participant).await;
    participant
        .post_form(
            &format!("/consultations/paper/blocks/{block}"),
            &[("body", "Buy cheap watches")],
        )
        .await
        .assert_status(303);
    let id = model::comments(&app.db, c.id, Some(block)).await.unwrap()[0]
        .id
        .0;
    let visitor = app.client();
    let path = format!("/consultations/paper/comments/{id}/report");
    visitor.get(&path).await.html().assert_page_conventions();
    let refused = visitor.post_form(&path, &[("reason", "")]).await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["reason"]);
    visitor
        .post_form(&path, &[("reason", "It is advertising")])
        .await
        .assert_status(303);
    visitor
        .post_form(
            "/consultations/paper/comments/999999/report",
            &[("reason", "x")],
        )
        .await
        .assert_status(404);
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let page = coordinator
        .get(&format!("/consultations/paper/blocks/{block}"))
        .await;
    assert!(page.body.contains("Reported once"));
    let hide = coordinator
        .get(&format!("/consultations/paper/comments/{id}/hide"))
        .await;
    assert!(hide.body.contains("It is advertising"));
    let ics = app.client().get("/calendar.ics").await;
    assert!(
        ics.body.contains("Consultation closes: Concept paper"),
        "{}",
        ics.body
    );
}

#[tokio::test]
async fn followers_are_told_three_days_before_it_closes() {
    let app = TestApp::new().await;
    let c = open_consultation(&app).await;
    let follower = app.signed_in("f@example.org", Role::Participant).await;
    follower
        .post_form("/consultations/paper/follow", &[("on", "yes")])
        .await
        .assert_status(303);
    // The "now open" notice goes out first; the closing one is not due yet.
    model::deliver_notices(&app.db, &app.state.config)
        .await
        .unwrap();
    let (_, body) = app.last_email_to("f@example.org").await;
    assert!(
        body.contains("It is now open") && !body.contains("three days"),
        "{body}"
    );
    app.exec(&format!(
        "UPDATE consultations SET closes_at = {} WHERE id = {}",
        now() + 2 * 86_400,
        c.id.0
    ))
    .await;
    app.exec("UPDATE consultation_mailed SET last_at = 0").await;
    model::deliver_notices(&app.db, &app.state.config)
        .await
        .unwrap();
    let (_, body) = app.last_email_to("f@example.org").await;
    assert!(body.contains("It closes in three days"), "{body}");
    // Made once, however often the job runs.
    app.exec("UPDATE consultation_mailed SET last_at = 0").await;
    let before = app.email_count_to("f@example.org").await;
    model::deliver_notices(&app.db, &app.state.config)
        .await
        .unwrap();
    assert_eq!(app.email_count_to("f@example.org").await, before);
}
