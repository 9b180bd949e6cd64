//! The background sender: claims due outbox messages and delivers them. Runs in every
//! instance; the claim in [`super::outbox::claim`] gives one delivery per claim, and the
//! sender renews its lease while it talks to a slow mail server, so another instance does
//! not take the message meanwhile and send it again. (A crash between the server's answer
//! and the database update can still send a message twice: its stable `Message-ID` lets
//! the receiver tell.)

use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use lettre::message::header::ContentType;
use lettre::message::{Attachment as LettreAttachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use tokio::sync::watch;

use super::outbox::{self, Claimed};
use crate::config::{Config, SmtpTls};
use crate::storage::Db;

/// A message as handed to a transport.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivered {
    pub outbox_id: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub attachment: Option<outbox::Attachment>,
}

/// Where messages go.
#[derive(Clone)]
pub enum Mailer {
    /// A real SMTP server.
    Smtp {
        transport: Box<AsyncSmtpTransport<Tokio1Executor>>,
        from: Mailbox,
    },
    /// No SMTP configured: write to the log; admins read them at `/admin/outbox`.
    Log,
    /// Kept in memory, for tests and tools that inspect what was sent.
    Memory(Arc<Mutex<Vec<Delivered>>>),
}

impl Mailer {
    /// The mailer the configuration asks for.
    pub fn from_config(config: &Config) -> anyhow::Result<Mailer> {
        let Some(smtp) = &config.smtp else {
            return Ok(Mailer::Log);
        };
        let mut builder = match smtp.tls {
            SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host)?,
            SmtpTls::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)?,
            SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host),
        }
        .port(smtp.port)
        .timeout(Some(Duration::from_secs(30)));
        if let (Some(user), Some(password)) = (&smtp.username, &smtp.password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        let from: Mailbox = config
            .mail_from
            .parse()
            .with_context(|| format!("invalid mail-from address {:?}", config.mail_from))?;
        Ok(Mailer::Smtp {
            transport: Box::new(builder.build()),
            from,
        })
    }

    /// Delivers one message; returns the outbox status to record (`sent` or `logged`).
    async fn deliver(&self, message: &Claimed) -> anyhow::Result<&'static str> {
        match self {
            Mailer::Smtp { transport, from } => {
                let email = compose(from, message)?;
                transport.send(email).await?;
                Ok("sent")
            }
            Mailer::Log => {
                tracing::info!(
                    outbox_id = message.id,
                    to = %message.to_addr,
                    subject = %message.subject,
                    body = %message.body_text,
                    "no SMTP configured: e-mail logged (readable at /admin/outbox)"
                );
                Ok("logged")
            }
            Mailer::Memory(store) => {
                let mut sent = store
                    .lock()
                    .map_err(|_| anyhow::anyhow!("mail store poisoned"))?;
                sent.push(Delivered {
                    outbox_id: message.id,
                    to: message.to_addr.clone(),
                    subject: message.subject.clone(),
                    body: message.body_text.clone(),
                    attachment: message.attachment.clone(),
                });
                Ok("sent")
            }
        }
    }
}

/// The message as it goes to the SMTP server. Its `Message-ID` is stable for the outbox
/// row (`<outbox-ID@sender-domain>`), so a receiver can tell a message sent again after a
/// lost acknowledgement from a new one; plain messages are MIME with a UTF-8 charset, as
/// large providers require.
pub fn compose(from: &Mailbox, message: &Claimed) -> anyhow::Result<Message> {
    let to: Mailbox = message
        .to_addr
        .parse()
        .with_context(|| format!("invalid recipient {:?}", message.to_addr))?;
    let builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(message.subject.clone())
        .message_id(Some(format!(
            "<outbox-{}@{}>",
            message.id,
            from.email.domain()
        )));
    let email = match &message.attachment {
        None => builder.singlepart(SinglePart::plain(message.body_text.clone()))?,
        Some(file) => builder.multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(message.body_text.clone()))
                .singlepart(
                    LettreAttachment::new(file.name.clone())
                        .body(file.body.clone(), ContentType::parse(&file.content_type)?),
                ),
        )?,
    };
    Ok(email)
}

/// Claims and delivers due messages until none is due; returns how many were handled.
pub async fn drain_once(db: &Db, mailer: &Mailer, worker_id: &str) -> anyhow::Result<usize> {
    drain_with_lease(db, mailer, worker_id, outbox::LEASE_SECONDS).await
}

/// [`drain_once`] with claims of `lease_seconds`, renewed every third of it while a
/// message is being handed over.
pub async fn drain_with_lease(
    db: &Db,
    mailer: &Mailer,
    worker_id: &str,
    lease_seconds: i64,
) -> anyhow::Result<usize> {
    let mut handled = 0;
    while let Some(message) = outbox::claim_for(db, worker_id, lease_seconds).await? {
        let delivery = mailer.deliver(&message);
        let renewing = keep_claim(db, message.id, worker_id, lease_seconds);
        let outcome = tokio::select! {
            outcome = delivery => outcome,
            never = renewing => match never {},
        };
        match outcome {
            Ok(status) => {
                // Once an SMTP server has it, the stored copy loses its one-time links.
                let kept =
                    (status == "sent").then(|| super::redact::one_time_links(&message.body_text));
                outbox::mark_delivered(db, message.id, worker_id, status, kept.as_deref()).await?;
            }
            Err(e) => {
                tracing::warn!(outbox_id = message.id, error = %e, "e-mail delivery failed; will retry");
                outbox::mark_failed(db, message.id, worker_id, message.attempts, &e.to_string())
                    .await?;
            }
        }
        handled += 1;
    }
    Ok(handled)
}

/// Renews the claim on message `id` every third of the lease, for as long as it is polled;
/// a lost claim is logged loudly (another worker may be sending the message too).
async fn keep_claim(
    db: &Db,
    id: i64,
    worker_id: &str,
    lease_seconds: i64,
) -> std::convert::Infallible {
    let every = Duration::from_millis((lease_seconds.max(1) as u64 * 1000) / 3);
    loop {
        tokio::time::sleep(every).await;
        match outbox::renew(db, id, worker_id, lease_seconds).await {
            Ok(true) => {}
            Ok(false) => tracing::error!(
                outbox_id = id,
                worker = worker_id,
                "lost the claim on a message while sending it: it may be sent twice"
            ),
            Err(error) => tracing::warn!(outbox_id = id, %error, "could not renew a claim"),
        }
    }
}

/// Runs until `shutdown` turns true, delivering mail. (Reminders and clean-ups are
/// durable jobs: see `crate::jobs`.)
pub async fn run(db: Db, mailer: Mailer, lease_seconds: i64, mut shutdown: watch::Receiver<bool>) {
    let worker_id = crate::auth::secret::random_token();
    loop {
        if let Err(e) = drain_with_lease(&db, &mailer, &worker_id, lease_seconds).await {
            tracing::error!(error = ?e, "outbox worker error");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(2)) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claimed(attachment: Option<outbox::Attachment>) -> Claimed {
        Claimed {
            id: 42,
            to_addr: "rhian@example.org".into(),
            subject: "Croeso — welcome".into(),
            body_text: "Helo, Ŵyl Gymraeg".into(),
            attempts: 0,
            attachment,
        }
    }

    /// Issue #10 (defect 3): a stable Message-ID, MIME-Version and a UTF-8 charset.
    #[test]
    fn outgoing_mail_has_a_stable_message_id_and_is_mime_utf8() -> anyhow::Result<()> {
        let from: Mailbox = "Coproduce <no-reply@coproduce.example>".parse()?;
        for attachment in [
            None,
            Some(outbox::Attachment {
                name: "meeting.ics".into(),
                content_type: "text/calendar; charset=UTF-8".into(),
                body: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".into(),
            }),
        ] {
            let text = String::from_utf8(compose(&from, &claimed(attachment))?.formatted())?;
            assert!(
                text.contains("Message-ID: <outbox-42@coproduce.example>"),
                "{text}"
            );
            assert!(text.contains("MIME-Version: 1.0"), "{text}");
            assert!(text.contains("charset=utf-8"), "{text}");
        }
        // The same row gives the same id however often it is sent.
        let again = String::from_utf8(compose(&from, &claimed(None))?.formatted())?;
        assert!(again.contains("Message-ID: <outbox-42@coproduce.example>"));
        Ok(())
    }
}
