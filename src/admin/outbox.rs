//! `/admin/outbox`: the newest e-mails with their status, so a demo or a server without
//! SMTP never loses a link.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::error::AppResult;
use crate::http::Ctx;
use crate::mail::outbox::{self, OutboxMessage};
use crate::state::AppState;
use crate::views::{render, Layout};

#[derive(Template)]
#[template(path = "admin/outbox.html")]
struct OutboxPage {
    layout: Layout,
    messages: Vec<OutboxMessage>,
    smtp_configured: bool,
}

pub async fn show_outbox(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let messages = outbox::recent(&state.db, 200).await?;
    render(&OutboxPage {
        layout: Layout::new(&ctx, "admin-outbox-title").with_crumbs(&[]),
        messages,
        smtp_configured: state.config.smtp.is_some(),
    })
}
