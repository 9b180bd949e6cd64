//! Route × role and forged-request walks over the whole route table.

use axum::http::Method;
use coproduce::auth::role::{Access, Role};
use coproduce::routes;

use super::concrete;
use crate::util::{Client, TestApp};

/// Every route, asked by a visitor and by each role: refused exactly when its declared
/// access does not allow that role (visitors' GETs are sent to sign in, everything else
/// refused gets 403), never refused when it does.
#[tokio::test]
async fn every_route_answers_each_role_as_declared() {
    let app = TestApp::new().await;
    let mut people = vec![(None, None)];
    for role in Role::ALL {
        let email = format!("walk-{}@example.org", role.as_str());
        people.push((Some(role), Some(app.user(&email, "Walker", role).await)));
    }
    let mut pairs = 0;
    let mut refused = 0;
    for spec in routes::specs() {
        let path = concrete(spec.path);
        let is_get = spec.method == Method::GET;
        for (role, user) in &people {
            // A fresh browser each time, so a route that signs out cannot spoil the rest.
            let client = app.client();
            if let Some(user) = user {
                let token = coproduce::auth::session::create(&app.db, *user)
                    .await
                    .unwrap();
                client.set_cookie(coproduce::auth::session::SESSION_COOKIE, &token);
            }
            let response = if is_get {
                client.get(&path).await
            } else {
                client.post_form(&path, &[]).await
            };
            pairs += 1;
            let who = role.map_or("visitor", |r| r.as_str());
            if spec.access.allows(*role) {
                assert_ne!(
                    response.status, 403,
                    "{} {path} is open to {who}",
                    spec.method
                );
                if spec.access != Access::Public {
                    assert!(
                        !(response.status == 303
                            && response.location().starts_with("/sign-in?next=")),
                        "{} {path}: {who} is signed in",
                        spec.method
                    );
                }
                continue;
            }
            refused += 1;
            if role.is_none() && is_get {
                assert_eq!(response.status, 303, "{path}: visitors are sent to sign in");
                assert!(response.location().starts_with("/sign-in?next="), "{path}");
            } else {
                assert_eq!(
                    response.status, 403,
                    "{} {path}: {who} is refused",
                    spec.method
                );
            }
        }
    }
    eprintln!("security walk: {pairs} route × role pairs, {refused} refused as declared, 0 unauthorised successes");
}

async fn admin_client(app: &TestApp) -> Client {
    app.signed_in("csrf-admin@example.org", Role::Admin).await
}

#[tokio::test]
async fn every_state_changing_route_refuses_forged_requests() {
    let app = TestApp::new().await;
    let client = admin_client(&app).await;
    let specs: Vec<_> = routes::specs()
        .into_iter()
        .filter(|s| s.method != Method::GET)
        .collect();
    assert!(
        specs.len() >= 15,
        "the walk covers the state-changing routes"
    );
    for spec in specs {
        let path = concrete(spec.path);
        let form = "application/x-www-form-urlencoded";
        // No token at all.
        let response = client.post_raw(&path, form, b"name=x".to_vec(), &[]).await;
        assert_eq!(response.status, 403, "{path} without a token");
        assert!(
            response.body.contains("came from another website"),
            "{path}: the CSRF page"
        );
        // A token for another browser.
        let body = format!(
            "csrf_token={}",
            coproduce::http::csrf::token_for("someone else")
        );
        let response = client.post_raw(&path, form, body.into_bytes(), &[]).await;
        assert_eq!(response.status, 403, "{path} with another browser's token");
        // The right token, but the browser says the request came from another site.
        let body = format!("csrf_token={}", client.csrf_token().await);
        let response = client
            .post_raw(
                &path,
                form,
                body.clone().into_bytes(),
                &[
                    ("origin", "https://evil.example"),
                    ("host", "127.0.0.1:8080"),
                ],
            )
            .await;
        assert_eq!(response.status, 403, "{path} from another origin");
        let response = client
            .post_raw(
                &path,
                form,
                body.into_bytes(),
                &[("sec-fetch-site", "cross-site")],
            )
            .await;
        assert_eq!(response.status, 403, "{path} cross-site");
    }
    eprintln!("security walk: forged requests refused on every state-changing route");
    // The admin was not signed out or changed by any of it.
    client.get("/admin/users").await.assert_status(200);
}
