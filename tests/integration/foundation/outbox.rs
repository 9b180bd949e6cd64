use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use coproduce::mail::outbox;
use coproduce::mail::worker::{drain_once, Mailer};

use crate::util::TestApp;

#[tokio::test]
async fn two_instances_never_send_the_same_email_twice() {
    let app = TestApp::new().await;
    for n in 0..60 {
        outbox::enqueue(
            &app.db,
            &format!("person{n}@example.org"),
            "Subject",
            "Body",
        )
        .await
        .unwrap();
    }
    let sent = Arc::new(Mutex::new(Vec::new()));
    let mailer = Mailer::Memory(sent.clone());
    let workers: Vec<_> = (0..4)
        .map(|w| {
            let db = app.db.clone();
            let mailer = mailer.clone();
            tokio::spawn(async move {
                drain_once(&db, &mailer, &format!("worker-{w}"))
                    .await
                    .unwrap()
            })
        })
        .collect();
    let mut handled = 0;
    for w in workers {
        handled += w.await.unwrap();
    }
    assert_eq!(handled, 60);
    let mut per_message: HashMap<i64, usize> = HashMap::new();
    for d in sent.lock().unwrap().iter() {
        *per_message.entry(d.outbox_id).or_default() += 1;
    }
    assert_eq!(per_message.len(), 60, "every message sent");
    assert!(per_message.values().all(|&n| n == 1), "none sent twice");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")
            .await,
        60
    );
}

#[tokio::test]
async fn failed_sends_are_retried_later_with_back_off() {
    let app = TestApp::with_config(|c| {
        c.smtp = Some(coproduce::config::SmtpConfig {
            host: "127.0.0.1".into(),
            port: 9, // nothing listens on the discard port here
            tls: coproduce::config::SmtpTls::None,
            username: None,
            password: None,
        });
    })
    .await;
    outbox::enqueue(&app.db, "someone@example.org", "Hello", "Body")
        .await
        .unwrap();
    let mailer = Mailer::from_config(&app.state.config).unwrap();
    assert_eq!(drain_once(&app.db, &mailer, "w").await.unwrap(), 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND attempts = 1 AND last_error IS NOT NULL").await, 1);
    let wait = app
        .count("SELECT next_attempt_at - created_at FROM outbox")
        .await;
    assert!(
        wait >= 59,
        "retried no sooner than a minute later ({wait}s)"
    );
    // Not due yet: nothing to do now.
    assert_eq!(drain_once(&app.db, &mailer, "w").await.unwrap(), 0);
    // After the final attempt it is marked failed, not retried for ever.
    app.exec("UPDATE outbox SET next_attempt_at = 0, attempts = 7")
        .await;
    drain_once(&app.db, &mailer, "w").await.unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'failed'")
            .await,
        1
    );
}

#[tokio::test]
async fn without_smtp_messages_are_logged_and_kept() {
    let app = TestApp::new().await;
    outbox::enqueue(&app.db, "demo@example.org", "Hello", "Body with a link")
        .await
        .unwrap();
    drain_once(&app.db, &Mailer::Log, "w").await.unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'logged'")
            .await,
        1
    );
}

#[tokio::test]
async fn an_expired_claim_is_taken_over_by_another_worker() {
    let app = TestApp::new().await;
    outbox::enqueue(&app.db, "x@example.org", "S", "B")
        .await
        .unwrap();
    let claimed = outbox::claim(&app.db, "crashed").await.unwrap();
    assert!(claimed.is_some());
    assert!(
        outbox::claim(&app.db, "other").await.unwrap().is_none(),
        "held by the lease"
    );
    app.exec("UPDATE outbox SET claimed_until = 0").await;
    let sent = Arc::new(Mutex::new(Vec::new()));
    drain_once(&app.db, &Mailer::Memory(sent.clone()), "other")
        .await
        .unwrap();
    assert_eq!(sent.lock().unwrap().len(), 1);
    // The crashed worker's late report does not overwrite the outcome.
    outbox::mark_failed(&app.db, 1, "crashed", 0, "late")
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")
            .await,
        1
    );
}

/// Issue #11 (finding 6): once an SMTP server has taken a message, the outbox no longer
/// holds its one-time link (admins and backups cannot use it); without SMTP the message is
/// kept as written for `/admin/outbox`.
#[tokio::test]
async fn one_time_links_leave_the_outbox_once_sent() {
    let app = TestApp::new().await;
    let token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-";
    let body = format!("Sign in with http://127.0.0.1:8080/sign-in-link/{token}\n");
    outbox::enqueue(&app.db, "sent@example.org", "Sign in", &body)
        .await
        .unwrap();
    let sent = Arc::new(Mutex::new(Vec::new()));
    drain_once(&app.db, &Mailer::Memory(sent.clone()), "w")
        .await
        .unwrap();
    assert!(
        sent.lock().unwrap()[0].body.contains(token),
        "the person gets the link"
    );
    let (_, stored) = app.last_email_to("sent@example.org").await;
    assert!(!stored.contains(token), "{stored}");
    assert!(
        stored.contains("/sign-in-link/[removed once sent]"),
        "{stored}"
    );
    // Logged (no SMTP): kept for the admins to pass on.
    outbox::enqueue(&app.db, "logged@example.org", "Sign in", &body)
        .await
        .unwrap();
    drain_once(&app.db, &Mailer::Log, "w").await.unwrap();
    let (_, kept) = app.last_email_to("logged@example.org").await;
    assert!(kept.contains(token));
}
