//! The one error type handlers return. Each variant maps to an HTTP status; the response
//! carries an [`ErrorPage`] marker that the page middleware (`http::context`) turns into a
//! full, translated error page with the site layout. Internal error text is logged once and
//! never shown to the person.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

/// Marks a response whose body should be replaced by the translated error page.
#[derive(Clone, Debug)]
pub struct ErrorPage {
    /// Fluent id of a sentence explaining this particular error, if any.
    pub detail_key: Option<&'static str>,
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("bad request")]
    BadRequest(Option<&'static str>),
    #[error("sign-in required")]
    SignInRequired { next: String },
    #[error("forbidden")]
    Forbidden(Option<&'static str>),
    #[error("not found")]
    NotFound,
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("too many requests")]
    TooManyRequests { retry_after_secs: i64 },
    /// The database cannot be reached (no connection within the acquire timeout, or the
    /// server refused): 503 with `Retry-After`, never a long hang.
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    /// Whether this is a database unique-key violation (see
    /// [`crate::storage::is_unique_violation`]).
    pub fn is_unique_violation(&self, hint: Option<&str>) -> bool {
        match self {
            AppError::Internal(e) => e
                .downcast_ref::<sqlx::Error>()
                .is_some_and(|e| crate::storage::is_unique_violation(e, hint)),
            _ => false,
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => {
                AppError::Unavailable(e.to_string())
            }
            // Out of space (SQLite's SQLITE_FULL, PostgreSQL's disk_full): the request may
            // work once an operator frees room, so 503 with Retry-After, not 500.
            sqlx::Error::Database(ref d)
                if matches!(d.code().as_deref(), Some("13") | Some("53100")) =>
            {
                AppError::Unavailable(e.to_string())
            }
            e => AppError::Internal(e.into()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(e.into())
    }
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::SignInRequired { .. } => StatusCode::SEE_OTHER,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// A bare error response for `status`, to be dressed by the page middleware.
pub fn error_response(status: StatusCode, detail_key: Option<&'static str>) -> Response {
    let mut response = (status, status.canonical_reason().unwrap_or("Error")).into_response();
    response.extensions_mut().insert(ErrorPage { detail_key });
    response
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::SignInRequired { next } => {
                let target = format!(
                    "/sign-in?next={}",
                    url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                );
                Redirect::to(&target).into_response()
            }
            AppError::TooManyRequests { retry_after_secs } => {
                let mut response = error_response(
                    StatusCode::TOO_MANY_REQUESTS,
                    Some("error-429-detail-sign-in"),
                );
                if let Ok(value) = HeaderValue::from_str(&retry_after_secs.max(1).to_string()) {
                    response.headers_mut().insert(header::RETRY_AFTER, value);
                }
                response
            }
            AppError::Unavailable(ref why) => {
                tracing::error!(error = %why, "the database is unavailable");
                let mut response = error_response(StatusCode::SERVICE_UNAVAILABLE, None);
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
                response
            }
            AppError::Internal(ref e) => {
                tracing::error!(error = ?e, "internal error");
                error_response(StatusCode::INTERNAL_SERVER_ERROR, None)
            }
            AppError::BadRequest(key) | AppError::Forbidden(key) => {
                error_response(self.status(), key)
            }
            other => error_response(other.status(), None),
        }
    }
}
