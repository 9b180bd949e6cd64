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

/// Reads an `application/x-www-form-urlencoded` body into `T`.
pub fn parse_form<T: DeserializeOwned>(body: &[u8]) -> AppResult<T> {
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
