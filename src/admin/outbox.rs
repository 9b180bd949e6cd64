//! `/admin/outbox`: the newest e-mails with their status, so a demo or a server without
//! SMTP never loses a link, and the period sent mail is kept for (`mail::retention`).
//! With SMTP configured the server sends links itself, so the page never shows a live
//! one-time link: every body is shown with its tokens removed.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::error::AppResult;
use crate::forms::FieldErrors;
use crate::http::{Ctx, Flash, ValidForm};
use crate::mail::outbox::{self, OutboxMessage};
use crate::mail::{redact, retention};
use crate::state::AppState;
use crate::views::{render_form, Layout};

#[derive(Template)]
#[template(path = "admin/outbox.html")]
struct OutboxPage {
    layout: Layout,
    messages: Vec<OutboxMessage>,
    smtp_configured: bool,
    errors: FieldErrors,
    /// The retention field as shown (what was typed, after a refused save).
    keep_days: String,
}

async fn page(
    state: &AppState,
    ctx: &crate::http::RequestContext,
    errors: FieldErrors,
    keep_days: String,
) -> AppResult<Response> {
    let smtp_configured = state.config.smtp.is_some();
    let mut messages = outbox::recent(&state.db, 200).await?;
    if smtp_configured {
        for message in &mut messages {
            message.body_text = redact::one_time_links(&message.body_text);
        }
    }
    let mut layout = Layout::new(ctx, "admin-outbox-title").with_crumbs(&[]);
    let has_errors = layout.mark_errors_if(&errors);
    render_form(
        has_errors,
        &OutboxPage {
            layout,
            messages,
            smtp_configured,
            errors,
            keep_days,
        },
    )
}

pub async fn show_outbox(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let days = retention::keep_days(&state.db).await?;
    page(&state, &ctx, FieldErrors::new(ctx.lang), days.to_string()).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RetentionForm {
    pub keep_days: String,
}

pub async fn save_retention(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    ValidForm(form): ValidForm<RetentionForm>,
) -> AppResult<Response> {
    let typed = form.keep_days.trim().to_string();
    match typed.parse::<i64>() {
        Ok(days) if retention::DAYS_RANGE.contains(&days) => {
            retention::set_keep_days(&state.db, days).await?;
            Ok((
                Flash("flash-outbox-retention-saved"),
                Redirect::to("/admin/outbox"),
            )
                .into_response())
        }
        _ => {
            let mut errors = FieldErrors::new(ctx.lang);
            errors.add("keep_days", "error-outbox-keep-days");
            page(&state, &ctx, errors, typed).await
        }
    }
}
