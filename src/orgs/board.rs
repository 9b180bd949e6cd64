//! The outreach board, for coordinators (`/outreach`): every organisation by pipeline stage,
//! a page at a time (each column its first cards and its total, the list a hundred at a
//! time), with "mine" and "overdue" filters; moving a card is a plain form.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model;
use super::model::board::{self as mb, Card};
use super::model::outreach::{self as om, OutreachStage, STAGES};
use super::outreach::today;
use crate::error::{AppError, AppResult};
use crate::http::{Ctx, Flash};
use crate::state::AppState;
use crate::views::{render, Layout};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BoardQuery {
    /// `1`: only my organisations.
    pub mine: String,
    /// `1`: only next actions due before today.
    pub overdue: String,
    /// `list` for one table instead of columns.
    pub view: String,
    /// In the list: only this stage.
    pub stage: String,
    /// Only records with this tag.
    pub tag: String,
    /// The list's page, from 1.
    pub page: String,
}

/// Cards shown in each board column (the rest are a link to that stage's list).
const COLUMN_CARDS: i64 = 30;
/// Rows on one page of the list.
const LIST_PAGE: i64 = 100;

#[derive(Template)]
#[template(path = "orgs/board.html")]
struct BoardView {
    layout: Layout,
    /// One page of cards, for the list view.
    list: Vec<Card>,
    /// Per stage: code, label, how many in all, the first cards.
    columns: Vec<(&'static str, String, i64, Vec<Card>)>,
    query: BoardQuery,
    today: String,
    /// The list's page and whether there are pages before and after it.
    page: i64,
    more_before: bool,
    more_after: bool,
    /// The list's total, for "N organisations".
    total: i64,
    /// Tags in use, to filter by.
    tags: Vec<(String, i64)>,
}

impl BoardView {
    /// The list's address for `page`, keeping the filters.
    fn page_href(&self, page: &i64) -> String {
        let mut href = format!("/outreach?view=list&page={page}");
        for (key, value) in [
            ("stage", &self.query.stage),
            ("mine", &self.query.mine),
            ("overdue", &self.query.overdue),
            ("tag", &self.query.tag),
        ] {
            if !value.is_empty() {
                href.push_str(&format!("&{key}={}", urlencoding(value)));
            }
        }
        href
    }
    /// The list of one stage, keeping the filters.
    fn stage_href(&self, stage: &str) -> String {
        let mut href = format!("/outreach?view=list&stage={stage}");
        for (key, value) in [
            ("mine", &self.query.mine),
            ("overdue", &self.query.overdue),
            ("tag", &self.query.tag),
        ] {
            if !value.is_empty() {
                href.push_str(&format!("&{key}={}", urlencoding(value)));
            }
        }
        href
    }
    fn stage_label(&self, stage: &str) -> String {
        self.layout
            .t(&format!("outreach-stage-{}", stage.replace('_', "-")))
    }
    fn stages(&self) -> &'static [&'static str] {
        STAGES
    }
    /// The bulk-change form for this list's filters.
    fn bulk_href(&self) -> String {
        self.page_href(&1)
            .replacen("/outreach?view=list&page=1", "/outreach/bulk?view=list", 1)
    }
}

impl BoardQuery {
    /// The filter this query asks for (`user` is the coordinator asking; `today` for
    /// "overdue").
    pub fn filter<'a>(&'a self, user: i64, today: &'a str) -> mb::BoardFilter<'a> {
        mb::BoardFilter {
            owner: (self.mine == "1").then_some(user),
            overdue_before: (self.overdue == "1").then_some(today),
            stage: STAGES.iter().find(|s| **s == self.stage.as_str()).copied(),
            tag: Some(self.tag.trim()).filter(|t| !t.is_empty()),
        }
    }
}

pub async fn board(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Query(query): Query<BoardQuery>,
) -> AppResult<Response> {
    let user = ctx.require_user()?;
    let today = today();
    let filter = query.filter(user.id.0, &today);
    let stage = filter.stage;
    let counts = mb::board_counts(&state.db, &filter).await?;
    let page = query.page.parse::<i64>().unwrap_or(1).max(1);
    let total: i64 = counts.values().sum();
    let mut columns = Vec::new();
    let mut list = Vec::new();
    if query.view == "list" {
        list = mb::board(&state.db, &filter, LIST_PAGE, (page - 1) * LIST_PAGE).await?;
    } else {
        for s in STAGES
            .iter()
            .filter(|s| stage.is_none_or(|only| only == **s))
        {
            let in_stage = mb::BoardFilter {
                stage: Some(s),
                ..filter.clone()
            };
            let count = counts.get(*s).copied().unwrap_or(0);
            let cards = if count == 0 {
                Vec::new()
            } else {
                mb::board(&state.db, &in_stage, COLUMN_CARDS, 0).await?
            };
            let label = ctx
                .lang
                .t(&format!("outreach-stage-{}", s.replace('_', "-")));
            columns.push((*s, label, count, cards));
        }
    }
    render(&BoardView {
        layout: Layout::new(&ctx, "outreach-title")
            .with_crumbs(&[("orgs-title", "/organisations")]),
        columns,
        list,
        query,
        today,
        page,
        more_before: page > 1,
        more_after: page * LIST_PAGE < total,
        total,
        tags: model::tags::all(&state.db).await?,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct MoveForm {
    slug: String,
    stage: String,
}

/// `POST /outreach/move`: moves a card to another stage (a form, so no JavaScript needed).
pub async fn move_card(
    State(state): State<AppState>,
    Ctx(_ctx): Ctx,
    body: Bytes,
) -> AppResult<Response> {
    let form: MoveForm = crate::http::parse_form(&body)?;
    let Some(stage) = OutreachStage::from_code(&form.stage) else {
        return Err(AppError::BadRequest(Some("orgs-error-choose")));
    };
    let org = model::find_by_slug(&state.db, &form.slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut pipeline = om::pipeline(&state.db, org.id).await?;
    pipeline.stage = stage;
    om::set_pipeline(&state.db, org.id, &pipeline).await?;
    Ok((Flash("outreach-flash-moved"), Redirect::to("/outreach")).into_response())
}

/// `value` safe in a query string.
fn urlencoding(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}
