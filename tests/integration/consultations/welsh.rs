//! The Welsh version: written beside the English, published with it part for part, shown
//! to Welsh readers and side by side to anyone, each text marked with its own language.

use coproduce::auth::role::Role;
use coproduce::calendar::when::utc_to_london;
use coproduce::storage::now;

use crate::util::TestApp;

#[tokio::test]
async fn welsh_readers_see_the_welsh_version_and_anyone_can_see_both() {
    let app = TestApp::new().await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let (yesterday, _) = utc_to_london(now() - 86_400);
    let (later, _) = utc_to_london(now() + 20 * 86_400);
    coordinator
        .post_form(
            "/consultations/new",
            &[
                ("title", "Concept paper"),
                ("title_cy", "Papur cysyniad"),
                ("draft", "# Why\n\nPeople are rarely asked.\n"),
                ("draft_cy", "# Pam\n\nAnaml y gofynnir i bobl.\n"),
                ("opens_date", &yesterday),
                ("closes_date", &later),
            ],
        )
        .await
        .assert_redirect("/consultations/concept-paper/edit");
    let edit = coordinator
        .get("/consultations/concept-paper/edit")
        .await
        .html();
    assert!(edit.raw_text("#draft_cy").contains("Anaml y gofynnir"));
    assert_eq!(edit.attr("#draft_cy", "lang").as_deref(), Some("cy"));
    assert_eq!(edit.count("#parts-differ"), 0, "two parts each");
    coordinator
        .post_form("/consultations/concept-paper/publish", &[])
        .await
        .assert_status(303);
    let welsh = app.client();
    let page = welsh
        .get("/consultations/concept-paper?lang=cy")
        .await
        .html();
    page.assert_page_conventions();
    assert_eq!(page.text("h1"), "Papur cysyniad");
    assert!(page
        .text(".consultation-document")
        .contains("Anaml y gofynnir i bobl"));
    assert!(!page.text(".consultation-document").contains("rarely asked"));
    // Side by side, each text carries its own language.
    let both = welsh
        .get("/consultations/concept-paper?view=both")
        .await
        .html();
    assert!(both
        .texts(".consultation-block__text[lang='en']")
        .join(" ")
        .contains("rarely asked"));
    assert!(both
        .texts(".consultation-block__text[lang='cy']")
        .join(" ")
        .contains("Anaml y gofynnir"));
    // English readers see the English; comments hang on the same part either way.
    let english = app
        .client()
        .get("/consultations/concept-paper?lang=en")
        .await
        .html();
    assert_eq!(english.text("h1"), "Concept paper");
    assert!(english
        .text(".consultation-document")
        .contains("rarely asked"));
    assert_eq!(
        english.attrs(".consultation-block", "id"),
        page.attrs(".consultation-block", "id")
    );
    // A Welsh reader of a consultation with no Welsh version: the English is marked English.
    coordinator
        .post_form(
            "/consultations/new",
            &[
                ("title", "English only"),
                ("draft", "Just English.\n"),
                ("opens_date", &yesterday),
                ("closes_date", &later),
            ],
        )
        .await
        .assert_status(303);
    coordinator
        .post_form("/consultations/english-only/publish", &[])
        .await
        .assert_status(303);
    let page = app
        .client()
        .get("/consultations/english-only?lang=cy")
        .await
        .html();
    assert_eq!(page.attr("h1", "lang").as_deref(), Some("en"));
    assert_eq!(
        page.attr(".consultation-block__text", "lang").as_deref(),
        Some("en")
    );
}
