//! The texts of the e-mails Coproduce sends, in the recipient's language, from Fluent.

use crate::error::AppResult;
use crate::i18n::{Arg, Lang};
use crate::storage::Db;

use super::outbox;

/// Which message to send; each has `email-<kind>-subject` and `email-<kind>-body` in Fluent.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    ConfirmEmail,
    AlreadyRegistered,
    ResetPassword,
    SignInLink,
    ChangeEmail,
    EmailChanged,
}

impl Kind {
    fn key(self) -> &'static str {
        match self {
            Kind::ConfirmEmail => "confirm",
            Kind::AlreadyRegistered => "already-registered",
            Kind::ResetPassword => "reset",
            Kind::SignInLink => "sign-in-link",
            Kind::ChangeEmail => "change-email",
            Kind::EmailChanged => "email-changed",
        }
    }
}

/// The subject and body of message `email-<key>-subject`/`-body` with `args` (plus `site`).
pub fn compose(lang: Lang, key: &str, args: &[(&'static str, Arg)]) -> (String, String) {
    let mut all: Vec<(&'static str, Arg)> = args.to_vec();
    all.push(("site", Arg::from(lang.t("site-name"))));
    let subject = lang.t_args(&format!("email-{key}-subject"), &all);
    let body = lang.t_args(&format!("email-{key}-body"), &all);
    let signature = lang.t("email-signature");
    (subject, format!("{body}\n\n{signature}\n"))
}

/// Composes the message `email-<key>-subject`/`-body` with `args` (plus `site`) and puts it
/// in the outbox.
pub async fn send_keyed(
    db: &Db,
    lang: Lang,
    key: &str,
    to: &str,
    args: &[(&'static str, Arg)],
) -> AppResult<i64> {
    let mut conn = db.pool.acquire().await?;
    send_keyed_on(&mut conn, lang, key, to, args, None).await
}

/// Like [`send_keyed`], on `conn` (perhaps inside a transaction) and with an optional file.
pub async fn send_keyed_on(
    conn: &mut sqlx::AnyConnection,
    lang: Lang,
    key: &str,
    to: &str,
    args: &[(&'static str, Arg)],
    attachment: Option<&outbox::Attachment>,
) -> AppResult<i64> {
    let (subject, body) = compose(lang, key, args);
    outbox::enqueue_on(conn, to, &subject, &body, attachment).await
}

/// Composes a message and puts it in the outbox.
pub async fn send(
    db: &Db,
    lang: Lang,
    kind: Kind,
    to: &str,
    name: &str,
    link: &str,
) -> AppResult<i64> {
    send_keyed(
        db,
        lang,
        kind.key(),
        to,
        &[("name", Arg::from(name)), ("link", Arg::from(link))],
    )
    .await
}
