//! Every throttle under concurrency: three times its limit sent at once from one address
//! (or one account), and at most the limit get past it. Each line printed names the
//! throttle and its counts.

use coproduce::account::email::EMAIL_CHANGE_LIMIT;
use coproduce::auth::role::Role;
use coproduce::auth::throttle::{PUBLIC_FORM_LIMIT, SIGN_IN_LIMIT};

use crate::util::{Client, TestApp, PASSWORD};

/// Sends `3 × limit` posts to `path` at once, the n-th with `fields(n)`, each from its own
/// copy of `browser` (same cookies, same address); checks that at most `limit` got past
/// the throttle, the rest had 429 and none failed, and prints the counts.
async fn at_once(
    name: &str,
    app: &TestApp,
    browser: &Client,
    path: &str,
    limit: i64,
    fields: impl Fn(usize) -> Vec<(String, String)>,
) {
    let total = 3 * limit as usize;
    let mut sent = Vec::new();
    for n in 0..total {
        let client = browser.via(app.router.clone());
        let path = path.to_string();
        let fields = fields(n);
        sent.push(tokio::spawn(async move {
            let pairs: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            client.post_form(&path, &pairs).await.status
        }));
    }
    let mut passed = 0;
    let mut refused = 0;
    for s in sent {
        match s.await.unwrap() {
            429 => refused += 1,
            status if status >= 500 => panic!("{name}: a request failed with {status}"),
            _ => passed += 1,
        }
    }
    eprintln!("security walk: throttle {name}: {total} at once, {passed} passed (limit {limit}), {refused} refused");
    assert!(
        passed <= limit as usize && passed >= 1,
        "{name}: {passed} of {total} got past a limit of {limit}"
    );
    assert_eq!(passed + refused, total);
}

fn owned(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn from_one_address(app: &TestApp) -> Client {
    let client = app.client();
    client.set_peer("203.0.113.50:1000");
    client
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_throttle_holds_when_its_requests_arrive_at_once() {
    let app = TestApp::new().await;
    app.user("known@example.org", "Known", Role::Participant)
        .await;
    let visitor = from_one_address(&app);
    visitor.get("/").await;

    at_once("sign-in", &app, &visitor, "/sign-in", SIGN_IN_LIMIT, |n| {
        owned(&[
            ("email", "known@example.org"),
            ("password", &format!("guess {n}")),
        ])
    })
    .await;
    at_once(
        "sign-up",
        &app,
        &visitor,
        "/sign-up",
        PUBLIC_FORM_LIMIT,
        |n| {
            owned(&[
                ("name", "New person"),
                ("email", &format!("new{n}@example.org")),
                ("password", PASSWORD),
            ])
        },
    )
    .await;
    for (name, path) in [
        ("sign-in link", "/sign-in-link"),
        ("password reset", "/forgot-password"),
    ] {
        at_once(name, &app, &visitor, path, PUBLIC_FORM_LIMIT, |_| {
            owned(&[("email", "known@example.org")])
        })
        .await;
    }
    at_once(
        "let's meet",
        &app,
        &visitor,
        "/meetings/request",
        PUBLIC_FORM_LIMIT,
        |_| owned(&crate::meetings::requests_polls::request()),
    )
    .await;
    at_once(
        "include my organisation",
        &app,
        &visitor,
        "/organisations/new",
        PUBLIC_FORM_LIMIT,
        |n| {
            owned(&[
                ("submitter_name", "Nia Jones"),
                ("submitter_email", &format!("nia{n}@example.org")),
                ("name", &format!("Newport group {n}")),
                ("org_type", "community_group"),
                ("nations", "wales"),
                ("consent", "1"),
                ("description", "A community group in Newport."),
            ])
        },
    )
    .await;
    let slug = crate::events::open_event(&app, "Summit", 500).await;
    at_once(
        "event registration",
        &app,
        &visitor,
        &format!("/events/{slug}/register"),
        PUBLIC_FORM_LIMIT,
        |n| {
            owned(&crate::events::registrant(
                "Rhian",
                &format!("rhian{n}@example.org"),
            ))
        },
    )
    .await;

    // Signed in: the password re-checks and the e-mail change, per account.
    let member = app.signed_in("member@example.org", Role::Participant).await;
    at_once(
        "password re-check",
        &app,
        &member,
        "/account/password",
        SIGN_IN_LIMIT,
        |n| {
            owned(&[
                ("current_password", &format!("wrong {n}")),
                ("new_password", "a brand new passphrase"),
            ])
        },
    )
    .await;
    let changer = app
        .signed_in("changer@example.org", Role::Participant)
        .await;
    at_once(
        "e-mail change",
        &app,
        &changer,
        "/account/email",
        EMAIL_CHANGE_LIMIT,
        |n| {
            owned(&[
                ("new_email", &format!("elsewhere{n}@example.org")),
                ("email_current_password", PASSWORD),
            ])
        },
    )
    .await;
}
