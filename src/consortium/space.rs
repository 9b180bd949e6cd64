//! `/consortium/space`: the members' own page, seen only by members' representatives and
//! coordinators: the members' contact list (names and e-mail addresses of every
//! representative, signatories marked), the decisions open now and the wiki's
//! members-only pages.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::model::{self, Representative};
use super::standing::Standing;
use crate::error::AppResult;
use crate::http::Ctx;
use crate::state::AppState;
use crate::storage::now;
use crate::views::{render, Layout};

pub struct ContactGroup {
    pub name: String,
    pub role: String,
    pub people: Vec<Representative>,
}

#[derive(Template)]
#[template(path = "consortium/space.html")]
struct SpaceView {
    layout: Layout,
    contacts: Vec<ContactGroup>,
    open: Vec<(i64, String, String)>,
    pages: Vec<crate::wiki::title::Title>,
}

/// `GET /consortium/space`.
pub async fn show_space(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    Standing::of(&state, &ctx).await?.require_inside()?;
    let at = now();
    let today = model::today(at);
    let reps = model::representatives(&state.db).await?;
    let contacts = model::list_members(&state.db)
        .await?
        .into_iter()
        .filter(|m| m.is_current(&today))
        .map(|m| ContactGroup {
            role: ctx.lang.t(&format!("consortium-role-{}", m.role.code())),
            people: reps
                .iter()
                .filter(|r| r.member_id == m.id)
                .cloned()
                .collect(),
            name: m.name,
        })
        .collect();
    model::close_due(&state.db, &state.config, at).await?;
    let open = model::register(&state.db)
        .await?
        .into_iter()
        .filter(|e| e.round.is_open(at))
        .map(|e| {
            (
                e.decision.id.0,
                e.decision.title,
                crate::views::format_time(ctx.lang, e.round.closes_at),
            )
        })
        .collect();
    render(&SpaceView {
        layout: Layout::new(&ctx, "consortium-space-title")
            .with_crumbs(&[("consortium-title", "/consortium")]),
        contacts,
        open,
        pages: crate::wiki::model::members_only_pages(&state.db).await?,
    })
}
