//! Reading form bodies, one way everywhere: [`parse_form`] for a body a handler already
//! holds (pages that read the raw body for the CSRF check, multi-action forms) and the
//! [`ValidForm`] extractor, both on `serde_html_form`, so repeated fields (checkboxes,
//! repeated rows) fill `Vec`s. A body that cannot be read at all (wrong content type,
//! invalid UTF-8, broken encoding) becomes the translated 400 page. Form structs give every
//! field a default so that a missing field is a validation error at that field, not a
//! failed request.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header;
use serde::de::DeserializeOwned;

use crate::error::{AppError, AppResult};

/// Whether every name and value of a form body, once percent-decoded, is UTF-8 text
/// without NUL. (The decoder beneath `serde_html_form` would otherwise turn bad bytes into
/// U+FFFD and store them, and PostgreSQL refuses NUL in text.)
fn is_clean_text(body: &[u8]) -> bool {
    body.split(|b| *b == b'&').all(|pair| {
        pair.split(|b| *b == b'=').all(|piece| {
            let mut decoded = Vec::with_capacity(piece.len());
            let mut i = 0;
            while i < piece.len() {
                let hex = |at: usize| piece.get(at).and_then(|c| (*c as char).to_digit(16));
                match (piece[i], hex(i + 1), hex(i + 2)) {
                    (b'%', Some(high), Some(low)) => {
                        decoded.push(u8::try_from(high * 16 + low).unwrap_or(0));
                        i += 3;
                    }
                    (b'+', _, _) => {
                        decoded.push(b' ');
                        i += 1;
                    }
                    (b, _, _) => {
                        decoded.push(b);
                        i += 1;
                    }
                }
            }
            !decoded.contains(&0) && std::str::from_utf8(&decoded).is_ok()
        })
    })
}

/// Reads an `application/x-www-form-urlencoded` body into `T`. A body whose text is not
/// UTF-8, or holds NUL, is refused with the 400 page.
pub fn parse_form<T: DeserializeOwned>(body: &[u8]) -> AppResult<T> {
    if !is_clean_text(body) {
        tracing::debug!("form with invalid UTF-8 or NUL refused");
        return Err(AppError::BadRequest(Some("error-form-unreadable")));
    }
    serde_html_form::from_bytes(body).map_err(|e| {
        tracing::debug!(error = %e, "unreadable form");
        AppError::BadRequest(Some("error-form-unreadable"))
    })
}

/// The extractor: the request's form body, read by [`parse_form`].
pub struct ValidForm<T>(pub T);

impl<T, S> FromRequest<S> for ValidForm<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(AppError::BadRequest(Some("error-form-unreadable")));
        }
        match Bytes::from_request(req, state).await {
            Ok(body) => parse_form(&body).map(ValidForm),
            Err(rejection) => {
                tracing::debug!(%rejection, "unreadable form body");
                if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    Err(AppError::PayloadTooLarge)
                } else {
                    Err(AppError::BadRequest(Some("error-form-unreadable")))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_clean_text;

    #[test]
    fn form_text_must_decode_to_utf8_without_nul() {
        assert!(is_clean_text(b"name=Ann+Jones&town=Caerdydd&note=%C5%B5yl"));
        assert!(
            is_clean_text(b"a=%ZZ&b=100%"),
            "malformed escapes stay as typed"
        );
        assert!(!is_clean_text(b"name=%FF"));
        assert!(!is_clean_text(b"name=\xff\xfe"));
        assert!(!is_clean_text(b"name=a%00b"));
        assert!(!is_clean_text(b"na%C3=x"), "names too");
    }
}
