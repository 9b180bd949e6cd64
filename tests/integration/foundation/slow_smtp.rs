//! Issue #10 (defect 2): a mail server slower than the claim's lease. The sender renews its
//! lease while it talks to the server, so a second instance does not take the message and
//! send it again; the message is sent once and recorded as sent.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use coproduce::config::{SmtpConfig, SmtpTls};
use coproduce::mail::outbox;
use coproduce::mail::worker::{drain_with_lease, Mailer};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::util::TestApp;

/// A minimal SMTP server on loopback that waits `delay` before answering each message's
/// content; returns its port and the count of messages it was given. Only the first is
/// accepted; any later one is refused for good (550), so a sender that sends twice stops
/// instead of passing the message back and forth for ever.
async fn slow_smtp_server(delay: Duration) -> (u16, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let accepted = Arc::new(AtomicUsize::new(0));
    let counter = accepted.clone();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let counter = counter.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 slow.example ESMTP\r\n").await;
                let mut in_data = false;
                while let Ok(Some(line)) = lines.next_line().await {
                    let reply: &[u8] = if in_data {
                        if line != "." {
                            continue;
                        }
                        in_data = false;
                        tokio::time::sleep(delay).await;
                        if counter.fetch_add(1, Ordering::SeqCst) == 0 {
                            b"250 queued\r\n"
                        } else {
                            b"550 already delivered\r\n"
                        }
                    } else {
                        let command = line.to_ascii_uppercase();
                        if command.starts_with("EHLO") || command.starts_with("HELO") {
                            b"250 slow.example\r\n"
                        } else if command.starts_with("DATA") {
                            in_data = true;
                            b"354 go ahead\r\n"
                        } else if command.starts_with("QUIT") {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            return;
                        } else {
                            b"250 ok\r\n"
                        }
                    };
                    if write.write_all(reply).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (port, accepted)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_slow_mail_server_gets_each_message_once() {
    let app = TestApp::new().await;
    // The server takes 4 s per message; the lease is 1 s.
    let (port, accepted) = slow_smtp_server(Duration::from_secs(4)).await;
    let mut config = (*app.state.config).clone();
    config.smtp = Some(SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        tls: SmtpTls::None,
        username: None,
        password: None,
    });
    let mailer = Mailer::from_config(&config).unwrap();
    outbox::enqueue(&app.db, "someone@example.org", "Hello", "Body")
        .await
        .unwrap();
    // Two instances' senders, the second looking for due mail all the while.
    let first = {
        let (db, mailer) = (app.db.clone(), mailer.clone());
        tokio::spawn(async move { drain_with_lease(&db, &mailer, "first", 1).await })
    };
    let second = {
        let (db, mailer) = (app.db.clone(), mailer.clone());
        tokio::spawn(async move {
            let mut handled = 0;
            for _ in 0..30 {
                handled += drain_with_lease(&db, &mailer, "second", 1).await.unwrap();
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            handled
        })
    };
    let by_first = first.await.unwrap().unwrap();
    let by_second = second.await.unwrap();
    assert_eq!(
        accepted.load(Ordering::SeqCst),
        1,
        "the mail server got the message {} times (first sender {by_first}, second {by_second})",
        accepted.load(Ordering::SeqCst)
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")
            .await,
        1
    );
}
