//! A person's own account: `/account` shows and changes name, language, e-mail (re-confirmed
//! by link) and password; `/account/data.json` downloads everything held about them;
//! `/account/delete` deletes the account.

pub mod data;
pub mod email;
pub mod profile;
