use coproduce::auth::role::Role;

use crate::util::{TestApp, PASSWORD};

#[tokio::test]
async fn wrong_password_and_unknown_account_get_the_same_answer() {
    let app = TestApp::new().await;
    app.user("known@example.org", "Known", Role::Participant)
        .await;
    let client = app.client();
    let wrong = client
        .sign_in("known@example.org", "not the password")
        .await;
    wrong.assert_status(422);
    let unknown = client
        .sign_in("nobody@example.org", "not the password")
        .await;
    unknown.assert_status(422);
    let (a, b) = (wrong.html(), unknown.html());
    a.assert_error_summary(&["email"]);
    assert_eq!(a.text(".error-summary"), b.text(".error-summary"));
    assert_eq!(
        a.attr("#email", "value").as_deref(),
        Some("known@example.org"),
        "email kept"
    );

    let empty = client.sign_in("", "").await;
    empty.assert_status(422);
    empty.html().assert_error_summary(&["email", "password"]);
}

#[tokio::test]
async fn sign_in_is_throttled_per_account() {
    let app = TestApp::new().await;
    app.user("target@example.org", "Target", Role::Participant)
        .await;
    let client = app.client();
    for attempt in 0..5 {
        // Each failure from a different address, so only the per-account limit applies.
        client.set_peer(&format!("192.0.2.{}:1000", attempt + 1));
        client
            .sign_in("target@example.org", "guess")
            .await
            .assert_status(422);
    }
    client.set_peer("192.0.2.77:1000");
    let blocked = client.sign_in("target@example.org", PASSWORD).await;
    blocked.assert_status(429);
    let retry: i64 = blocked.header("retry-after").unwrap().parse().unwrap();
    assert!(retry > 0 && retry <= 300, "Retry-After {retry}");
    blocked.html().assert_page_conventions();
    // Other accounts are not affected.
    app.user("other@example.org", "Other", Role::Participant)
        .await;
    client
        .sign_in("other@example.org", PASSWORD)
        .await
        .assert_status(303);
}

#[tokio::test]
async fn sign_in_is_throttled_per_address_even_for_unknown_accounts() {
    let app = TestApp::new().await;
    app.user("real@example.org", "Real", Role::Participant)
        .await;
    let client = app.client();
    client.set_peer("198.51.100.9:5000");
    for n in 0..5 {
        client
            .sign_in(&format!("nobody{n}@example.org"), "guess")
            .await
            .assert_status(422);
    }
    client
        .sign_in("real@example.org", PASSWORD)
        .await
        .assert_status(429);
    // Another address is fine.
    client.set_peer("198.51.100.10:5000");
    client
        .sign_in("real@example.org", PASSWORD)
        .await
        .assert_status(303);
}

#[tokio::test]
async fn session_id_is_rotated_at_sign_in_and_cookie_is_protected() {
    let app = TestApp::new().await;
    app.user("rotate@example.org", "Rotate", Role::Participant)
        .await;
    let client = app.client();
    client
        .sign_in("rotate@example.org", PASSWORD)
        .await
        .assert_status(303);
    let first = client.cookie("coproduce_session").unwrap();
    let response = client.sign_in("rotate@example.org", PASSWORD).await;
    // Already signed in: the sign-in form itself redirects; a second POST starts a new session.
    response.assert_status(303);
    let second = client.cookie("coproduce_session").unwrap();
    assert_ne!(first, second, "a new session id at every sign-in");
    let cookie = response
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("coproduce_session="))
        .unwrap();
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
    assert!(!cookie.contains("Secure"), "plain http in tests");
    // The old session no longer works.
    let old = app.client();
    old.set_cookie("coproduce_session", &first);
    old.get("/account").await.assert_status(303);
}

#[tokio::test]
async fn cookies_are_secure_when_the_site_is_https() {
    let app =
        TestApp::with_config(|c| c.base_url = "https://coproduce.example/".parse().unwrap()).await;
    app.user("secure@example.org", "Secure", Role::Participant)
        .await;
    let client = app.client();
    client
        .extra_headers
        .lock()
        .unwrap()
        .push(("origin".into(), "https://coproduce.example".into()));
    let response = client.sign_in("secure@example.org", PASSWORD).await;
    response.assert_status(303);
    let cookie = response
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("coproduce_session="))
        .unwrap();
    assert!(cookie.contains("Secure"), "{cookie}");
}

#[tokio::test]
async fn next_parameter_returns_to_the_page_but_never_off_site() {
    let app = TestApp::new().await;
    app.user("next@example.org", "Next", Role::Participant)
        .await;
    let client = app.client();
    client
        .get("/account")
        .await
        .assert_redirect("/sign-in?next=%2Faccount");
    let form = client.get("/sign-in?next=%2Faccount").await.html();
    assert_eq!(
        form.attr("input[name=next]", "value").as_deref(),
        Some("/account")
    );
    client
        .post_form(
            "/sign-in",
            &[
                ("email", "next@example.org"),
                ("password", PASSWORD),
                ("next", "/account"),
            ],
        )
        .await
        .assert_redirect("/account");
    let other = app.client();
    other
        .post_form(
            "/sign-in",
            &[
                ("email", "next@example.org"),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await
        .assert_redirect("/");
}

#[tokio::test]
async fn suspended_accounts_cannot_sign_in() {
    let app = TestApp::new().await;
    app.user("suspended@example.org", "Suspended", Role::Participant)
        .await;
    app.exec("UPDATE users SET suspended_at = 1").await;
    let response = app
        .client()
        .sign_in("suspended@example.org", PASSWORD)
        .await;
    response.assert_status(422);
    assert!(response.body.contains("suspended"));
}

/// Issue #11 (finding 1): simultaneous guesses cannot slip under the limit. Each attempt is
/// counted before its password is checked, in one atomic step, so of 40 guesses sent at
/// once at most the limit are evaluated and the right password sent among them is refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_guesses_are_counted_before_they_are_checked() {
    let app = TestApp::new().await;
    app.user("target@example.org", "Target", Role::Participant)
        .await;
    let mut guesses = Vec::new();
    for n in 0..40 {
        let client = app.client();
        // A different address each, so only the per-account limit applies.
        client.set_peer(&format!("198.51.100.{}:1000", n + 1));
        let password = if n == 37 {
            PASSWORD.to_string()
        } else {
            format!("guess {n}")
        };
        guesses.push(tokio::spawn(async move {
            client.sign_in("target@example.org", &password).await.status
        }));
    }
    let mut evaluated = 0;
    let mut refused = 0;
    let mut signed_in = 0;
    for g in guesses {
        match g.await.unwrap() {
            422 => evaluated += 1,
            429 => refused += 1,
            303 => signed_in += 1,
            other => panic!("unexpected status {other}"),
        }
    }
    assert!(
        evaluated + signed_in <= coproduce::auth::throttle::SIGN_IN_LIMIT as usize,
        "{evaluated} wrong and {signed_in} right guesses were evaluated"
    );
    assert_eq!(evaluated + refused + signed_in, 40);
}

/// Issue #10 (defect 4): password hashing runs off the request threads, at most one per
/// core at once however many sign-ins arrive together; each sign-in still gets its answer
/// (signed in, or asked to come back) and the server keeps answering others meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn simultaneous_sign_ins_hash_a_bounded_number_at_once() {
    let app = TestApp::new().await;
    let people = 24;
    for n in 0..people {
        app.user(&format!("p{n}@example.org"), "Person", Role::Participant)
            .await;
    }
    let mut signing_in = Vec::new();
    for n in 0..people {
        let client = app.client();
        client.set_peer(&format!("192.0.2.{}:1000", n + 1));
        signing_in.push(tokio::spawn(async move {
            client
                .sign_in(&format!("p{n}@example.org"), PASSWORD)
                .await
                .status
        }));
    }
    // While they hash, pages that need no hashing are still served.
    app.client().get("/healthz").await.assert_status(200);
    for s in signing_in {
        let status = s.await.unwrap();
        assert!(status == 303 || status == 429, "status {status}");
    }
    let peak = coproduce::auth::password::peak_concurrent_hashes();
    assert!(
        peak <= coproduce::auth::password::hashing_slots(),
        "{peak} hashes at once, more than {} slots",
        coproduce::auth::password::hashing_slots()
    );
}

/// Issue #11 (finding 10): a session left unused for longer than the idle limit ends, even
/// inside its 30 days; one in use carries on.
#[tokio::test]
async fn sessions_end_after_being_left_unused() {
    let app = TestApp::new().await;
    let client = app.signed_in("idle@example.org", Role::Participant).await;
    client.get("/account").await.assert_status(200);
    let idle = coproduce::auth::session::IDLE_SECONDS;
    app.exec(&format!(
        "UPDATE sessions SET last_seen_at = last_seen_at - {}",
        idle - 60
    ))
    .await;
    client.get("/account").await.assert_status(200);
    app.exec(&format!(
        "UPDATE sessions SET last_seen_at = last_seen_at - {}",
        idle + 60
    ))
    .await;
    let after = client.get("/account").await;
    after.assert_status(303);
    assert!(
        after.location().starts_with("/sign-in"),
        "{}",
        after.location()
    );
    coproduce::auth::session::prune_expired(&app.db)
        .await
        .unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
}
