//! Enforces the access level each route declares in the route table (`routes/`).

use axum::extract::Request;
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::RequestContext;
use crate::auth::role::Access;
use crate::error::AppError;

/// Lets the request through when the signed-in person's role meets `access`. A visitor
/// asking for a page is sent to sign in and brought back; anything else is refused.
pub async fn require(access: Access, req: Request, next: Next) -> Response {
    let Some(ctx) = req.extensions().get::<RequestContext>() else {
        return AppError::Internal(anyhow::anyhow!("request context missing")).into_response();
    };
    let role = ctx.user.as_ref().map(|u| u.role);
    if access.allows(role) {
        return next.run(req).await;
    }
    if role.is_none() && req.method() == Method::GET {
        let next_path = match ctx.query.as_deref() {
            Some(q) => format!("{}?{}", ctx.path, q),
            None => ctx.path.clone(),
        };
        return AppError::SignInRequired { next: next_path }.into_response();
    }
    AppError::Forbidden(None).into_response()
}
