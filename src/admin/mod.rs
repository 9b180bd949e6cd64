//! Running the server: `/admin/users` (search, change role, suspend) and `/admin/outbox`
//! (every e-mail, readable when no SMTP server is configured).

pub mod outbox;
pub mod users;
