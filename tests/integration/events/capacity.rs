use std::sync::Arc;

use super::{open_event, registrant};
use crate::util::{Client, TestApp};

/// 100 people register at once, through two instances with their own connection pools,
/// for 10 places: exactly 10 get a place, 90 wait, and the count matches the rows.
#[tokio::test]
async fn a_hundred_simultaneous_registrations_for_ten_places_confirm_exactly_ten() {
    let app = TestApp::new().await;
    let slug = Arc::new(open_event(&app, "The summit", 10).await);
    let instances = [app.router.clone(), app.separate_instance().await];
    let mut tasks = Vec::new();
    for n in 0..100 {
        let client = Client::new(instances[n % 2].clone());
        client.set_peer(&format!("10.2.{}.{}:1000", n / 100, n % 100 + 1));
        client.get("/").await;
        let slug = slug.clone();
        tasks.push(tokio::spawn(async move {
            let name = format!("Person {n}");
            let email = format!("p{n}@example.org");
            let response = client
                .post_form(
                    &format!("/events/{slug}/register"),
                    &registrant(&name, &email),
                )
                .await;
            assert_eq!(response.status, 303, "{}", response.body);
        }));
    }
    for task in tasks {
        task.await.expect("registration task");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM registrations WHERE status = 'confirmed'")
            .await,
        10
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM registrations WHERE status = 'waiting'")
            .await,
        90
    );
    assert_eq!(app.count("SELECT confirmed_count FROM events").await, 10);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE subject LIKE 'Your place at%'")
            .await,
        10
    );
}
