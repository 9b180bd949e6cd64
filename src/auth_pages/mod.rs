//! The pages people use to get in: sign-up with e-mail confirmation, sign-in by password or
//! by a one-time e-mailed link, sign-out and password reset, one file per journey. Built on
//! the auth core (`crate::auth`): queries live there, in `model`, `session`, `tokens` and
//! `throttle`.

pub mod email_link;
pub mod link_page;
pub mod password_reset;
pub mod sign_in;
pub mod sign_up;

use axum::response::{IntoResponse, Redirect, Response};

use crate::auth::model::UserId;
use crate::auth::session;
use crate::error::AppResult;
use crate::http::RequestContext;
use crate::state::AppState;

/// Signs `user` in: a brand-new session id (the old one, if any, is ended), its cookie, and a
/// redirect to `next`.
pub async fn start_session(
    state: &AppState,
    ctx: &RequestContext,
    user: UserId,
    next: &str,
    flash: Option<crate::http::Flash>,
) -> AppResult<Response> {
    if let Some(old) = &ctx.session_token {
        session::delete(&state.db, old).await?;
    }
    let token = session::create(&state.db, user).await?;
    let cookie = session::cookie(&state.config, token);
    let mut response = match flash {
        Some(f) => (f, Redirect::to(safe_next(next))).into_response(),
        None => Redirect::to(safe_next(next)).into_response(),
    };
    crate::http::append_cookie(&mut response, &cookie);
    Ok(response)
}

/// A local path to return to after signing in; anything else (another site, `//host`,
/// a backslash trick) becomes the home page.
pub fn safe_next(next: &str) -> &str {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control)
        && !next.starts_with("/sign-in")
        && !next.starts_with("/sign-out");
    if ok {
        next
    } else {
        "/"
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(safe_next("/account"), "/account");
        assert_eq!(safe_next("//evil.example/"), "/");
        assert_eq!(safe_next("https://evil.example/"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
        assert_eq!(safe_next(""), "/");
        assert_eq!(safe_next("/sign-in"), "/");
    }
}
