//! The combined feeds: public meetings and events at `/calendar.ics` and `/meetings.atom`,
//! and each coordinator's private calendar feed (every meeting and event, private ones
//! included) at a secret address they can replace at any time (`/meetings/feeds`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::ics;
use super::model::{self, Listing, Source};
use crate::auth::model::{find_by_id, UserId};
use crate::auth::role::Role;
use crate::error::{AppError, AppResult};
use crate::http::Ctx;
use crate::state::AppState;
use crate::views::atom::{atom_entry, atom_response};
use crate::views::{format_time, render, Layout};

/// A calendar file of `listings` (events' online links are left out: those go to
/// registrants only).
fn calendar_response(
    state: &AppState,
    lang: crate::i18n::Lang,
    name: &str,
    listings: &[Listing],
) -> Response {
    let events = listings
        .iter()
        .map(|l| {
            let url = state.config.link(&l.path());
            match &l.source {
                Source::ConsultationCloses { .. } => {
                    let title = lang.t_args(
                        "calendar-consultation-closes",
                        &[("title", l.title.clone().into())],
                    );
                    let mut entry = l.entry(&url);
                    entry.title = &title;
                    ics::event(&entry)
                }
                _ => ics::event(&l.entry(&url)),
            }
        })
        .collect();
    (
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        ics::calendar(name, events),
    )
        .into_response()
}

/// `GET /calendar.ics`: public meetings.
pub async fn public_feed(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached(&cache, &ctx, || async {
        let listings = model::for_feed(&state.db, true).await?;
        Ok(calendar_response(
            &state,
            ctx.lang,
            &ctx.lang.t("meetings-feed-name"),
            &listings,
        ))
    })
    .await
}

/// `GET /calendar/private/{token}`: every meeting, for a coordinator's calendar program.
/// The address stops working if it is replaced or its owner is no longer a coordinator.
pub async fn private_feed(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let owner = match model::feed_owner(&state.db, &token).await? {
        Some(id) => find_by_id(&state.db, UserId(id)).await?,
        None => None,
    };
    match owner {
        Some(user) if user.role >= Role::Coordinator && user.suspended_at.is_none() => {
            let listings = model::for_feed(&state.db, false).await?;
            Ok(calendar_response(
                &state,
                ctx.lang,
                &ctx.lang.t("meetings-feed-name-private"),
                &listings,
            ))
        }
        _ => Err(AppError::NotFound),
    }
}

#[derive(Template)]
#[template(path = "calendar/feeds.html")]
struct FeedsView {
    layout: Layout,
    public_address: String,
    /// Shown once, straight after it is made.
    new_address: Option<String>,
    made_at: Option<String>,
}

async fn feeds_page(
    state: &AppState,
    ctx: &crate::http::RequestContext,
    new_address: Option<String>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let made_at = model::feed_made_at(&state.db, user.id.0)
        .await?
        .map(|t| format_time(ctx.lang, t));
    render(&FeedsView {
        layout: Layout::titled(ctx, ctx.lang.t("meetings-feeds-title"))
            .with_crumbs(&[("meetings-title", "/meetings")]),
        public_address: state.config.link("/calendar.ics"),
        new_address,
        made_at,
    })
}

/// `GET /meetings/feeds`.
pub async fn show(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    feeds_page(&state, &ctx, None).await
}

/// `POST /meetings/feeds`: makes a new private address (the old one stops working) and
/// shows it once.
pub async fn renew(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let token = model::new_feed_token(&state.db, user.id.0).await?;
    let address = state.config.link(&format!("/calendar/private/{token}"));
    feeds_page(&state, &ctx, Some(address)).await
}

/// `GET /meetings.atom`: public meetings and events, most recently changed first.
pub async fn atom_feed(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let listings = model::recently_changed(&state.db, 50).await?;
    let entries = listings
        .iter()
        .map(|l| {
            let summary = match &l.source {
                Source::Meeting { status, .. } => format!(
                    "{} · {} · {}",
                    format_time(ctx.lang, l.starts_at),
                    ctx.lang.t(&format!("meetings-status-{status}")),
                    l.text
                ),
                Source::Event { .. } | Source::ConsultationCloses { .. } => {
                    format!("{} · {}", format_time(ctx.lang, l.starts_at), l.text)
                }
            };
            atom_entry(
                format!("urn:uid:{}", l.uid),
                &l.title,
                state.config.link(&l.path()),
                l.updated_at,
                summary.trim_end_matches(" · ").to_string(),
            )
        })
        .collect();
    Ok(atom_response(
        &state.config,
        &ctx,
        "/meetings",
        "meetings-title",
        entries,
    ))
}
