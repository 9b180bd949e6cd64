//! The pages every one-time link shares: its landing page (one button that uses the link,
//! so mail scanners that open links do not use them up) and the page for an expired, used
//! or unknown link.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use crate::auth::tokens::{self, Purpose};
use crate::error::AppResult;
use crate::http::RequestContext;
use crate::state::AppState;
use crate::views::{render, render_status, Layout};

#[derive(Template)]
#[template(path = "auth_pages/use_link.html")]
struct UseLinkPage {
    layout: Layout,
    intro: String,
    button: String,
    action: String,
}

#[derive(Template)]
#[template(path = "auth_pages/link_invalid.html")]
struct LinkInvalidPage {
    layout: Layout,
}

/// The page shown for an expired, used or unknown link (status 400).
pub fn link_invalid(ctx: &RequestContext) -> AppResult<Response> {
    render_status(
        StatusCode::BAD_REQUEST,
        &LinkInvalidPage {
            layout: Layout::new(ctx, "link-invalid-title").with_crumbs(&[]),
        },
    )
}

/// What a link's landing page says, by Fluent id, and where its button posts.
pub struct LinkLanding {
    pub purpose: Purpose,
    pub title_key: &'static str,
    pub intro_key: &'static str,
    pub button_key: &'static str,
    pub path_prefix: &'static str,
}

/// The landing page of a valid link, or the invalid-link page.
pub async fn show_link_landing(
    state: &AppState,
    ctx: &RequestContext,
    token: &str,
    landing: LinkLanding,
) -> AppResult<Response> {
    if tokens::peek(&state.db, token, landing.purpose)
        .await?
        .is_none()
    {
        return link_invalid(ctx);
    }
    render(&UseLinkPage {
        layout: Layout::new(ctx, landing.title_key).with_crumbs(&[]),
        intro: ctx.lang.t(landing.intro_key),
        button: ctx.lang.t(landing.button_key),
        action: format!("{}/{token}", landing.path_prefix),
    })
}
