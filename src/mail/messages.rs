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

/// Composes the message `email-<key>-subject`/`-body` with `args` (plus `site`) and puts it
/// in the outbox.
pub async fn send_keyed(
    db: &Db,
    lang: Lang,
    key: &str,
    to: &str,
    args: &[(&'static str, Arg)],
) -> AppResult<i64> {
    let mut all: Vec<(&'static str, Arg)> = args.to_vec();
    all.push(("site", Arg::from(lang.t("site-name"))));
    let subject = lang.t_args(&format!("email-{key}-subject"), &all);
    let body = lang.t_args(&format!("email-{key}-body"), &all);
    let signature = lang.t("email-signature");
    outbox::enqueue(db, to, &subject, &format!("{body}\n\n{signature}\n")).await
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
