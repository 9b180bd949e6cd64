//! `ValidForm<T>`: an `application/x-www-form-urlencoded` body, where a body that cannot be
//! read at all (wrong content type, invalid UTF-8, broken encoding) becomes the translated
//! 400 page. Form structs give every field a default so that a missing field is a
//! validation error at that field, not a failed request.

use axum::extract::{FromRequest, Request};
use axum::Form;
use serde::de::DeserializeOwned;

use crate::error::AppError;

pub struct ValidForm<T>(pub T);

impl<T, S> FromRequest<S> for ValidForm<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Form::<T>::from_request(req, state).await {
            Ok(Form(value)) => Ok(ValidForm(value)),
            Err(rejection) => {
                tracing::debug!(%rejection, "unreadable form");
                if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    Err(AppError::PayloadTooLarge)
                } else {
                    Err(AppError::BadRequest(Some("error-form-unreadable")))
                }
            }
        }
    }
}
