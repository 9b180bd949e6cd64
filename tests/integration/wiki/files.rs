use coproduce::auth::role::Role;

use super::put;
use crate::util::TestApp;

/// A real 1×1 PNG.
pub(super) const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
    0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

#[tokio::test]
async fn upload_an_image_with_alt_text_and_a_new_version() {
    let app = TestApp::new().await;
    put(&app, "Summit", "The summit.").await;
    let client = app
        .signed_in("uploader@example.org", Role::Participant)
        .await;
    let form = client.get("/files/upload").await;
    form.assert_status(200);
    form.html().assert_page_conventions();
    let no_alt = client
        .post_multipart(
            "/files/upload",
            &[("name", "Summit poster.png")],
            Some(("poster.png", PNG)),
        )
        .await;
    no_alt.assert_status(422);
    let page = no_alt.html();
    page.assert_error_summary(&["alt_text"]);
    assert_eq!(
        page.attr("#name", "value").as_deref(),
        Some("Summit poster.png"),
        "input kept"
    );
    client
        .post_multipart(
            "/files/upload",
            &[
                ("name", "Summit poster.png"),
                ("alt_text", "Poster for the February summit"),
                ("page", "Summit"),
            ],
            Some(("poster.png", PNG)),
        )
        .await
        .assert_redirect("/files/Summit_poster.png");
    let shown = client.get("/files/Summit_poster.png").await;
    shown.assert_status(200);
    let html = shown.html();
    html.assert_page_conventions();
    assert_eq!(
        html.attr(".file-preview img", "alt").as_deref(),
        Some("Poster for the February summit")
    );
    let image = client.get("/files/Summit_poster.png/download").await;
    image.assert_status(200);
    assert_eq!(image.header("content-type").as_deref(), Some("image/png"));
    assert!(image
        .header("content-disposition")
        .unwrap()
        .starts_with("inline"));
    assert!(image
        .header("content-security-policy")
        .unwrap()
        .contains("sandbox"));
    assert_eq!(
        image.header("x-content-type-options").as_deref(),
        Some("nosniff")
    );
    // Same name again: a new version, history kept.
    client
        .post_multipart(
            "/files/upload",
            &[
                ("name", "Summit poster.png"),
                ("alt_text", "Poster, version two"),
            ],
            Some(("poster.png", PNG)),
        )
        .await
        .assert_redirect("/files/Summit_poster.png");
    assert_eq!(
        client
            .get("/files/Summit_poster.png")
            .await
            .html()
            .count("tbody tr"),
        2
    );
    assert_eq!(
        app.client()
            .get("/files")
            .await
            .html()
            .count(".page-list li"),
        1
    );
    // Shown in a wiki page through Markdown.
    put(
        &app,
        "Summit",
        "![Poster for the summit](/files/Summit_poster.png/download)",
    )
    .await;
    let page = app.client().get("/wiki/Summit").await.html();
    assert_eq!(
        page.attr(".wiki-content img", "src").as_deref(),
        Some("/files/Summit_poster.png/download")
    );
}

#[tokio::test]
async fn documents_download_and_dangerous_files_are_refused() {
    let app = TestApp::new().await;
    let client = app.signed_in("docs@example.org", Role::Participant).await;
    client
        .post_multipart(
            "/files/upload",
            &[],
            Some((
                "Minutes 2019.pdf",
                b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n",
            )),
        )
        .await
        .assert_redirect("/files/Minutes_2019.pdf");
    let pdf = client.get("/files/Minutes_2019.pdf/download").await;
    assert_eq!(
        pdf.header("content-type").as_deref(),
        Some("application/pdf")
    );
    assert!(pdf
        .header("content-disposition")
        .unwrap()
        .starts_with("attachment"));
    client
        .post_multipart(
            "/files/upload",
            &[],
            Some(("people.csv", b"name,nation\nAwen,Wales\n")),
        )
        .await
        .assert_redirect("/files/People.csv");
    assert!(client
        .get("/files/People.csv/download")
        .await
        .header("content-disposition")
        .unwrap()
        .starts_with("attachment"));

    let cases: &[(&str, &[u8], &str)] = &[
        (
            "logo.svg",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            "SVG files are not accepted",
        ),
        (
            "fake.png",
            b"<html><script>alert(1)</script></html>",
            "must be a PNG",
        ),
        ("poster.pdf", PNG, "does not match its content"),
        (
            "program.exe",
            b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff",
            "must be a PNG",
        ),
    ];
    for (name, data, message) in cases {
        let response = client
            .post_multipart("/files/upload", &[("alt_text", "x")], Some((name, data)))
            .await;
        response.assert_status(422);
        assert!(
            response.html().text(".error-summary").contains(message),
            "{name}: {}",
            response.html().text(".error-summary")
        );
    }
    let missing = client
        .post_multipart("/files/upload", &[("name", "x.png")], None)
        .await;
    missing.assert_status(422);
    missing.html().assert_error_summary(&["file"]);
    let big = vec![b'a'; 10 * 1024 * 1024 + 1];
    let too_big = client
        .post_multipart("/files/upload", &[], Some(("big.csv", &big)))
        .await;
    too_big.assert_status(422);
    let slash = client
        .post_multipart(
            "/files/upload",
            &[("name", "a/b.png"), ("alt_text", "x")],
            Some(("b.png", PNG)),
        )
        .await;
    slash.assert_status(422);
    assert_eq!(app.count("SELECT COUNT(*) FROM files").await, 2);
}

#[tokio::test]
async fn uploads_need_an_account_and_a_token() {
    let app = TestApp::new().await;
    let visitor = app.client();
    visitor.get("/files/upload").await.assert_status(303);
    visitor
        .post_multipart("/files/upload", &[], Some(("a.csv", b"a,b\n")))
        .await
        .assert_status(403);
    let client = app.signed_in("nocsrf@example.org", Role::Participant).await;
    let body = b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\na,b\r\n--b--\r\n".to_vec();
    client
        .post_raw(
            "/files/upload",
            "multipart/form-data; boundary=b",
            body,
            &[],
        )
        .await
        .assert_status(403);
    client.get("/files/Nothing.png").await.assert_status(404);
    client
        .get("/files/Nothing.png/download")
        .await
        .assert_status(404);
}

#[tokio::test]
async fn file_names_cannot_inject_markup() {
    let app = TestApp::new().await;
    let client = app.signed_in("names@example.org", Role::Participant).await;
    let response = client
        .post_multipart(
            "/files/upload",
            &[("name", "x\" onerror=\"alert(1).csv")],
            Some(("x.csv", b"a,b\n")),
        )
        .await;
    assert_eq!(response.status, 303);
    let location = response.location();
    let page = client.get(&location).await;
    super::xss::assert_inert(&page.body, "file page");
    super::xss::assert_inert(&client.get("/files").await.body, "file list");
}

/// Issue #11 (finding 2): a participant cannot replace a file someone else uploaded, nor
/// their own once its page is locked; coordinators can.
#[tokio::test]
async fn only_the_uploader_or_a_coordinator_adds_versions() {
    let app = TestApp::new().await;
    put(&app, "Summit", "The summit.").await;
    let owner = app.signed_in("owner@example.org", Role::Participant).await;
    let upload = |name: &'static str, alt: &'static str| {
        vec![("name", name), ("alt_text", alt), ("page", "Summit")]
    };
    owner
        .post_multipart(
            "/files/upload",
            &upload("Logo.png", "Our logo"),
            Some(("logo.png", PNG)),
        )
        .await
        .assert_redirect("/files/Logo.png");
    let other = app.signed_in("other@example.org", Role::Participant).await;
    let refused = other
        .post_multipart(
            "/files/upload",
            &upload("Logo.png", "Not your logo any more"),
            Some(("logo.png", PNG)),
        )
        .await;
    refused.assert_status(422);
    refused.html().assert_error_summary(&["name"]);
    let versions = || app.count("SELECT COUNT(*) FROM file_versions");
    assert_eq!(versions().await, 1);
    // The uploader may, until the page is locked.
    owner
        .post_multipart(
            "/files/upload",
            &upload("Logo.png", "Logo, v2"),
            Some(("logo.png", PNG)),
        )
        .await
        .assert_redirect("/files/Logo.png");
    assert_eq!(versions().await, 2);
    app.exec("UPDATE wiki_pages SET protection = 'locked' WHERE title = 'Summit'")
        .await;
    owner
        .post_multipart(
            "/files/upload",
            &upload("Logo.png", "Logo, v3"),
            Some(("logo.png", PNG)),
        )
        .await
        .assert_status(422);
    let coordinator = app.signed_in("coord@example.org", Role::Coordinator).await;
    coordinator
        .post_multipart(
            "/files/upload",
            &upload("Logo.png", "Logo, v3"),
            Some(("logo.png", PNG)),
        )
        .await
        .assert_redirect("/files/Logo.png");
    assert_eq!(versions().await, 3);
}

/// Issue #11 (finding 2): a new version replaces the file on every page that shows it, so
/// the uploader must be allowed to edit all of them, and the followers of each are told.
#[tokio::test]
async fn a_new_version_needs_every_page_showing_it_and_tells_their_followers() {
    let app = TestApp::new().await;
    put(&app, "Summit", "The summit.").await;
    put(&app, "Home", "Our logo: ![logo](/files/Logo.png/download)").await;
    put(
        &app,
        "Other",
        "Another file: ![x](/files/Logo.png_2/download)",
    )
    .await;
    let owner = app.signed_in("owner@example.org", Role::Participant).await;
    let upload =
        |alt: &'static str| vec![("name", "Logo.png"), ("alt_text", alt), ("page", "Summit")];
    owner
        .post_multipart("/files/upload", &upload("Logo"), Some(("logo.png", PNG)))
        .await
        .assert_redirect("/files/Logo.png");
    for (email, page) in [
        ("home-follower@example.org", "Home"),
        ("summit-follower@example.org", "Summit"),
        ("other-follower@example.org", "Other"),
    ] {
        let follower = app.signed_in(email, Role::Participant).await;
        follower
            .post_form(&format!("/wiki/{page}/watch"), &[("action", "follow")])
            .await
            .assert_status(303);
    }
    // Home shows the file and is locked: the uploader may no longer replace it.
    app.exec("UPDATE wiki_pages SET protection = 'locked' WHERE title = 'Home'")
        .await;
    owner
        .post_multipart("/files/upload", &upload("Logo v2"), Some(("logo.png", PNG)))
        .await
        .assert_status(422);
    app.exec("UPDATE wiki_pages SET protection = 'none' WHERE title = 'Home'")
        .await;
    owner
        .post_multipart("/files/upload", &upload("Logo v2"), Some(("logo.png", PNG)))
        .await
        .assert_redirect("/files/Logo.png");
    app.run_jobs().await;
    for email in ["home-follower@example.org", "summit-follower@example.org"] {
        let (subject, body) = app.last_email_to(email).await;
        assert!(subject.contains("Logo.png"), "{email}: {subject}");
        assert!(body.contains("/files/Logo.png"), "{email}: {body}");
    }
    assert_eq!(app.email_count_to("other-follower@example.org").await, 0);
    assert_eq!(app.email_count_to("owner@example.org").await, 0);
}
