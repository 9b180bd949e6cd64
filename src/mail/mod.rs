//! E-mail. Every message is written to the database outbox in the same request that causes
//! it ([`outbox::enqueue`]); a background worker ([`worker`]) claims due messages and sends
//! them through SMTP with retries and back-off, or, with no SMTP configured, writes them to
//! the log and marks them `logged` so admins can read them at `/admin/outbox`.

pub mod messages;
pub mod outbox;
pub mod redact;
pub mod retention;
pub mod worker;
