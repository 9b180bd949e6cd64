//! The auth core: who a person is (`User`, `UserId`), their `Role`, passwords, secrets,
//! database-held sessions, one-time tokens and throttles. It imports neither `http` nor
//! `views` nor any domain, so every layer above can rely on it; the sign-in, sign-up and
//! reset pages built on it live in `auth_pages`.

pub mod model;
pub mod password;
pub mod role;
pub mod secret;
pub mod session;
pub mod throttle;
pub mod tokens;
