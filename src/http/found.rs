//! Records named by a request's path: `Found<Meeting>` parses the route's first path
//! parameter, loads the record and applies its visibility rule before the handler runs,
//! so a bad, unknown or hidden id is one and the same 404 and no handler can forget the
//! check. Each domain says how its record is found in one [`PathRecord`] impl.

use std::future::Future;

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;

use super::RequestContext;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// A record a route's first path parameter names (an id or a slug).
pub trait PathRecord: Sized + Send {
    /// The record `key` names, as the person in `ctx` may see it: `None` both when there is
    /// no such record and when it is hidden from them.
    fn load(
        state: &AppState,
        ctx: &RequestContext,
        key: &str,
    ) -> impl Future<Output = AppResult<Option<Self>>> + Send;
}

/// The extractor: the record, found and visible, or 404.
pub struct Found<T>(pub T);

impl<T: PathRecord> FromRequestParts<AppState> for Found<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        let key = params
            .iter()
            .next()
            .map(|(_, value)| value.to_string())
            .ok_or(AppError::NotFound)?;
        let ctx = parts
            .extensions
            .get::<RequestContext>()
            .cloned()
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("request context missing")))?;
        T::load(state, &ctx, &key)
            .await?
            .map(Found)
            .ok_or(AppError::NotFound)
    }
}
