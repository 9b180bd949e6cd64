use coproduce::auth::role::Role;
use coproduce::orgs::fields::OrgFields;

use super::{listed, org};
use crate::util::TestApp;

#[tokio::test]
async fn filters_combine_and_unlisted_records_stay_private() {
    let app = TestApp::new().await;
    org(
        &app,
        listed("Disability Wales", &["wales"], &["disability"], &[10]),
    )
    .await;
    org(
        &app,
        listed(
            "Inclusion Scotland",
            &["scotland"],
            &["disability"],
            &[10, 16],
        ),
    )
    .await;
    org(
        &app,
        listed("Race Council Cymru", &["wales"], &["race"], &[16]),
    )
    .await;
    let secret = org(
        &app,
        OrgFields {
            listed: false,
            ..listed("Quiet Group", &["wales"], &["disability"], &[10])
        },
    )
    .await;
    let client = app.client();
    let all = client.get("/organisations").await;
    all.assert_status(200);
    let page = all.html();
    page.assert_page_conventions();
    assert_eq!(
        page.texts(".org-card__name"),
        vec![
            "Disability Wales",
            "Inclusion Scotland",
            "Race Council Cymru"
        ]
    );
    assert_eq!(
        client_names(&app, "nation=wales").await,
        vec!["Disability Wales", "Race Council Cymru"]
    );
    assert_eq!(
        client_names(&app, "nation=wales&characteristic=disability").await,
        vec!["Disability Wales"]
    );
    assert_eq!(
        client_names(&app, "goal=16&characteristic=disability").await,
        vec!["Inclusion Scotland"]
    );
    assert_eq!(
        client_names(&app, "q=council").await,
        vec!["Race Council Cymru"]
    );
    assert_eq!(
        client_names(&app, "org_type=network").await,
        Vec::<String>::new()
    );
    assert_eq!(
        client_names(&app, "sort=newest").await[0],
        "Race Council Cymru"
    );
    // Unlisted: not in the public directory, page 404, not in exports; coordinators see it.
    client
        .get(&format!("/organisations/{secret}"))
        .await
        .assert_status(404);
    for export in [
        "/organisations.csv",
        "/organisations.json",
        "/organisations/oruk.json",
        "/organisations.atom",
    ] {
        assert!(
            !client.get(export).await.body.contains("Quiet Group"),
            "{export}"
        );
    }
    assert!(
        !client
            .get("/organisations?show=all")
            .await
            .body
            .contains("Quiet Group"),
        "visitors cannot ask for all"
    );
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    assert!(coordinator
        .get("/organisations?show=all")
        .await
        .body
        .contains("Quiet Group"));
    coordinator
        .get(&format!("/organisations/{secret}"))
        .await
        .assert_status(200);
}

async fn client_names(app: &TestApp, query: &str) -> Vec<String> {
    app.client()
        .get(&format!("/organisations?{query}"))
        .await
        .html()
        .texts(".org-card__name")
}

#[tokio::test]
async fn pagination_pages_through_results() {
    let app = TestApp::new().await;
    for n in 0..30 {
        org(
            &app,
            listed(&format!("Group {n:02}"), &["england"], &[], &[]),
        )
        .await;
    }
    let client = app.client();
    let first = client.get("/organisations").await.html();
    assert_eq!(first.count(".org-card"), 25);
    assert!(first.text("#results-heading").contains("30 organisations"));
    let second = client.get("/organisations?page=2").await.html();
    assert_eq!(second.count(".org-card"), 5);
    assert_eq!(
        second.attr("a[rel=prev]", "href").as_deref(),
        Some("/organisations?&page=1")
    );
    client
        .get("/organisations?page=abc")
        .await
        .assert_status(200);
}

#[tokio::test]
async fn coordinators_create_and_edit_with_history_and_checks() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    app.signed_in("someone@example.org", Role::Participant)
        .await
        .get("/organisations/add")
        .await
        .assert_status(403);
    let form = coordinator.get("/organisations/add").await;
    form.assert_status(200);
    form.html().assert_page_conventions();
    let bad = coordinator
        .post_form(
            "/organisations/add",
            &[
                ("name", ""),
                ("website", "javascript:alert(1)"),
                ("charity_register", "scotland"),
                ("charity_number", "12345"),
                ("targets", "99.1"),
            ],
        )
        .await;
    bad.assert_status(422);
    let page = bad.html();
    page.assert_error_summary(&["name", "website", "charity_number", "targets"]);
    assert_eq!(
        page.attr("#charity_number", "value").as_deref(),
        Some("12345"),
        "input kept"
    );
    let created = coordinator
        .post_form(
            "/organisations/add",
            &[
                ("name", "Disability Wales"),
                ("org_type", "network"),
                ("charity_register", "england_wales"),
                ("charity_number", "1001234"),
                ("lead_nation", "wales"),
                ("nations", "wales"),
                ("characteristics", "disability"),
                ("goals", "10"),
                ("targets", "16.7"),
                ("listed", "1"),
            ],
        )
        .await;
    created.assert_redirect("/organisations/disability-wales");
    let shown = coordinator
        .get("/organisations/disability-wales")
        .await
        .html();
    shown.assert_page_conventions();
    assert!(shown.text(".summary-list").contains("Lead network for"));
    assert!(
        shown.text(".summary-list").contains("16. Peace"),
        "goal 16 added from target 16.7"
    );
    // A second lead network for Wales is refused.
    let second = coordinator
        .post_form(
            "/organisations/add",
            &[("name", "Another Network"), ("lead_nation", "wales")],
        )
        .await;
    second.assert_status(422);
    second.html().assert_error_summary(&["lead_nation"]);
    // Editing keeps history with field differences.
    coordinator
        .post_form(
            "/organisations/disability-wales/edit",
            &[
                ("name", "Disability Wales"),
                ("org_type", "network"),
                ("nations", "wales"),
                ("lead_nation", "wales"),
                ("website", "https://www.disabilitywales.org"),
                ("listed", "1"),
                ("summary", "added website"),
            ],
        )
        .await
        .assert_redirect("/organisations/disability-wales");
    let history = app
        .client()
        .get("/organisations/disability-wales/history")
        .await
        .html();
    history.assert_page_conventions();
    assert_eq!(history.count(".org-revision"), 2);
    assert!(history
        .text(".org-revision")
        .contains("https://www.disabilitywales.org"));
    assert!(history.text("main").contains("added website"));
}

#[tokio::test]
async fn exports_are_open_data_and_formula_safe() {
    let app = TestApp::new().await;
    org(
        &app,
        OrgFields {
            description: "=HYPERLINK(\"http://evil\",\"click\")".into(),
            charity_register: "scotland".into(),
            charity_number: "SC012345".into(),
            ..listed("Formula Test", &["scotland"], &["age"], &[1])
        },
    )
    .await;
    let client = app.client();
    let csv = client.get("/organisations.csv").await;
    csv.assert_status(200);
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[1], "Formula Test");
    assert!(row[3].starts_with("'="), "formula neutralised: {}", &row[3]);
    let json: serde_json::Value =
        serde_json::from_str(&client.get("/organisations.json").await.body).unwrap();
    assert_eq!(json["organisations"][0]["name"], "Formula Test");
    assert_eq!(json["organisations"][0]["characteristics"][0], "age");
    let oruk: serde_json::Value =
        serde_json::from_str(&client.get("/organisations/oruk.json").await.body).unwrap();
    let item = &oruk["contents"][0];
    // The Open Referral UK organisation schema's required fields, and a uuid id.
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/oruk/organization.json"
        ))
        .expect("the Open Referral UK schema is needed in tests/fixtures/oruk"),
    )
    .unwrap();
    for field in schema["required"].as_array().unwrap() {
        assert!(
            item.get(field.as_str().unwrap())
                .is_some_and(|v| !v.is_null()),
            "required {field}"
        );
    }
    assert!(uuid::Uuid::parse_str(item["id"].as_str().unwrap()).is_ok());
    assert_eq!(
        item["organization_identifiers"][0]["identifier_scheme"],
        "GB-SC"
    );
    assert_eq!(
        item["organization_identifiers"][0]["identifier"],
        "SC012345"
    );
    let feed: atom_syndication::Feed = client
        .get("/organisations.atom")
        .await
        .body
        .parse()
        .unwrap();
    assert_eq!(feed.entries().len(), 1);
}

#[tokio::test]
async fn demo_loads_the_organisations_the_founding_document_names() {
    let app = TestApp::new().await;
    coproduce::orgs::demo::load(&app.db).await.unwrap();
    coproduce::orgs::demo::load(&app.db).await.unwrap();
    let page = app.client().get("/organisations").await.html();
    let names = page.texts(".org-card__name");
    for expected in [
        "Scotland SDG Network",
        "Involve",
        "Inclusion Scotland",
        "Scottish Information Commissioner",
        "Electoral Reform Society Cymru",
        "Hope not Hate",
        "Barrow Cadbury Trust",
        "The Friendly Information Company",
    ] {
        assert!(
            names.contains(&expected.to_string()),
            "{expected} in {names:?}"
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisations WHERE is_demo = 1")
            .await,
        13
    );
    assert!(page.text(".org-list").contains("Demo data"));
}

#[tokio::test]
async fn text_search_folds_welsh_accents_and_matches_prefixes() {
    let app = TestApp::new().await;
    org(
        &app,
        OrgFields {
            description: "Gŵyl gymunedol yn Nhŷ Ddewi.".into(),
            ..listed("Cymdeithas yr Ŵyl", &["wales"], &[], &[])
        },
    )
    .await;
    org(&app, listed("Inclusion Scotland", &["scotland"], &[], &[])).await;
    for q in ["wyl", "Ŵyl", "cymdeith", "gymunedol", "GWYL"] {
        let names = app
            .client()
            .get(&format!(
                "/organisations?q={}",
                url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
            ))
            .await
            .html()
            .texts(".org-card__name");
        assert_eq!(names, vec!["Cymdeithas yr Ŵyl"], "query {q}");
    }
    for hostile in [
        "\"",
        "*",
        "NEAR(",
        "a OR b",
        "'; DROP TABLE organisations; --",
    ] {
        app.client()
            .get(&format!(
                "/organisations?q={}",
                url::form_urlencoded::byte_serialize(hostile.as_bytes()).collect::<String>()
            ))
            .await
            .assert_status(200);
    }
}
