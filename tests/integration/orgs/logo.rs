use coproduce::auth::role::Role;

use super::{listed, org};
use crate::util::TestApp;

const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
    0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

#[tokio::test]
async fn logos_need_alt_text_and_are_checked() {
    let app = TestApp::new().await;
    let slug = org(&app, listed("Disability Wales", &["wales"], &[], &[])).await;
    let coordinator = app.signed_in("c@example.org", Role::Coordinator).await;
    let form = coordinator
        .get(&format!("/organisations/{slug}/logo/edit"))
        .await;
    form.assert_status(200);
    form.html().assert_page_conventions();
    let url = format!("/organisations/{slug}/logo");
    let no_alt = coordinator
        .post_multipart(&url, &[], Some(("logo.png", PNG)))
        .await;
    no_alt.assert_status(422);
    no_alt.html().assert_error_summary(&["alt_text"]);
    let big = vec![0u8; 1024 * 1024 + 10];
    let mut oversized = PNG.to_vec();
    oversized.extend_from_slice(&big);
    coordinator
        .post_multipart(
            &url,
            &[("alt_text", "Logo")],
            Some(("logo.png", &oversized)),
        )
        .await
        .assert_status(422);
    coordinator
        .post_multipart(
            &url,
            &[("alt_text", "Logo")],
            Some(("logo.svg", b"<svg onload='alert(1)'/>")),
        )
        .await
        .assert_status(422);
    coordinator
        .post_multipart(
            &url,
            &[("alt_text", "Logo")],
            Some(("logo.pdf", b"%PDF-1.4\n")),
        )
        .await
        .assert_status(422);
    coordinator
        .post_multipart(
            &url,
            &[("alt_text", "Disability Wales logo")],
            Some(("logo.png", PNG)),
        )
        .await
        .assert_redirect(&format!("/organisations/{slug}"));
    let page = app
        .client()
        .get(&format!("/organisations/{slug}"))
        .await
        .html();
    assert_eq!(
        page.attr(".org-logo img", "alt").as_deref(),
        Some("Disability Wales logo")
    );
    let image = app.client().get(&url).await;
    image.assert_status(200);
    assert_eq!(image.header("content-type").as_deref(), Some("image/png"));
    assert!(image
        .header("content-security-policy")
        .unwrap()
        .contains("sandbox"));
    app.signed_in("p@example.org", Role::Participant)
        .await
        .post_multipart(&url, &[("alt_text", "x")], Some(("logo.png", PNG)))
        .await
        .assert_status(403);
    coordinator
        .post_multipart(&url, &[("action", "remove")], None)
        .await
        .assert_redirect(&format!("/organisations/{slug}"));
    app.client().get(&url).await.assert_status(404);
}
