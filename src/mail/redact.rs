//! Keeping live one-time links out of the outbox once a message has gone: the tokens in
//! sign-in, reset, confirmation and personal links are replaced after an SMTP server took
//! the message, so neither `/admin/outbox` nor a database backup can be used to sign in as
//! someone. (Without SMTP, messages are only logged and admins read them at
//! `/admin/outbox`, so they are kept as written.)

/// The paths whose last segment is a secret.
const SECRET_PATHS: [&str; 8] = [
    "/confirm-email/",
    "/sign-in-link/",
    "/reset-password/",
    "/change-email/",
    "/events/registration/",
    "/meetings/poll/",
    "/organisations/new/confirm/",
    "/calendar/private/",
];

/// What replaces a token.
pub const REMOVED: &str = "[removed once sent]";

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// `body` with the token of every one-time link replaced by [`REMOVED`].
pub fn one_time_links(body: &str) -> String {
    let mut out = body.to_string();
    for path in SECRET_PATHS {
        let mut from = 0;
        while let Some(found) = out[from..].find(path) {
            let start = from + found + path.len();
            let len: usize = out[start..]
                .chars()
                .take_while(|c| is_token_char(*c))
                .map(char::len_utf8)
                .sum();
            if len >= 16 {
                out.replace_range(start..start + len, REMOVED);
                from = start + REMOVED.len();
            } else {
                from = start;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_go_and_the_rest_stays() {
        let body = "Open http://x.example/sign-in-link/AbC123_-xyzXYZ0987654321 now.\n\
                    Or http://x.example/events/registration/QwErTy0123456789abcd/cancel.\n\
                    See http://x.example/events/summit and /meetings/poll/short.";
        let out = one_time_links(body);
        assert!(!out.contains("AbC123"), "{out}");
        assert!(!out.contains("QwErTy"), "{out}");
        assert!(out.contains("/sign-in-link/[removed once sent] now."));
        assert!(out.contains("/events/registration/[removed once sent]/cancel"));
        assert!(out.contains("/events/summit"), "ordinary links stay");
        assert!(
            out.contains("/meetings/poll/short"),
            "too short to be a token"
        );
    }
}
