//! One-shot messages shown on the next page after a redirect ("Your details were saved").
//! The cookie holds only a Fluent message id, never text a person typed.

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponseParts, ResponseParts};

pub const FLASH_COOKIE: &str = "coproduce_flash";

/// A flash message to show on the next page, by Fluent id.
pub struct Flash(pub &'static str);

impl IntoResponseParts for Flash {
    type Error = std::convert::Infallible;
    fn into_response_parts(self, mut res: ResponseParts) -> Result<ResponseParts, Self::Error> {
        let cookie = format!("{FLASH_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax", self.0);
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            res.headers_mut().append(header::SET_COOKIE, value);
        }
        Ok(res)
    }
}

/// A flash cookie value is a Fluent id: lower-case letters, digits and hyphens.
pub fn is_valid_key(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
