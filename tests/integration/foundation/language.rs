use std::collections::BTreeSet;

use coproduce::auth::role::Role;

use crate::util::TestApp;

fn keys(dir: &str) -> BTreeSet<String> {
    let mut text = String::new();
    for entry in std::fs::read_dir(dir).expect("locale directory") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ftl") {
            text.push_str(&std::fs::read_to_string(path).expect("read ftl"));
            text.push('\n');
        }
    }
    text.lines()
        .filter(|l| !l.starts_with([' ', '#', '*', '[']) && l.contains(" ="))
        .map(|l| l.split(" =").next().unwrap().trim().to_string())
        .collect()
}

#[test]
fn english_and_welsh_have_the_same_messages() {
    let en = keys(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en"));
    let cy = keys(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/cy"));
    assert!(en.len() > 100);
    let missing_cy: Vec<_> = en.difference(&cy).collect();
    let missing_en: Vec<_> = cy.difference(&en).collect();
    assert!(missing_cy.is_empty(), "missing in Welsh: {missing_cy:?}");
    assert!(missing_en.is_empty(), "missing in English: {missing_en:?}");
}

#[tokio::test]
async fn lang_parameter_switches_and_is_remembered() {
    let app = TestApp::new().await;
    let client = app.client();
    let page = client.get("/sign-in?lang=cy").await.html();
    assert_eq!(page.lang(), "cy");
    assert_eq!(page.text("h1"), "Mewngofnodi");
    // Remembered by cookie on the next page, with no parameter.
    let page = client.get("/sign-up").await.html();
    assert_eq!(page.lang(), "cy");
    assert_eq!(page.text("h1"), "Creu cyfrif");
    // The switch leads back to English, keeping the page and its other parameters.
    let switch = client
        .get("/sign-in?next=%2Faccount")
        .await
        .html()
        .attr("a.lang-switch", "href")
        .unwrap();
    assert!(switch.starts_with("/sign-in?"), "{switch}");
    assert!(
        switch.contains("next=%2Faccount") && switch.contains("lang=en"),
        "{switch}"
    );
    assert_eq!(client.get(&switch).await.html().lang(), "en");
}

#[tokio::test]
async fn accept_language_is_honoured_on_a_first_visit_only() {
    let app = TestApp::new().await;
    let client = app.client();
    let page = client
        .get_with("/", &[("accept-language", "cy-GB,cy;q=0.9,en;q=0.5")])
        .await
        .html();
    assert_eq!(page.lang(), "cy");
    client.get("/?lang=en").await;
    let page = client
        .get_with("/", &[("accept-language", "cy")])
        .await
        .html();
    assert_eq!(
        page.lang(),
        "en",
        "an explicit choice beats the browser's preference"
    );
}

#[tokio::test]
async fn signed_in_choice_is_saved_to_the_profile() {
    let app = TestApp::new().await;
    let client = app.signed_in("siân@example.org", Role::Participant).await;
    client.get("/account?lang=cy").await;
    let lang = app
        .count("SELECT COUNT(*) FROM users WHERE lang = 'cy'")
        .await;
    assert_eq!(lang, 1);
    // A new browser signing in gets Welsh from the profile.
    let other = app.client();
    other
        .sign_in("siân@example.org", crate::util::PASSWORD)
        .await
        .assert_status(303);
    assert_eq!(other.get("/account").await.html().lang(), "cy");
}
