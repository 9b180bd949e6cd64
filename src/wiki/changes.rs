//! Recent changes across the wiki (filter by person, hide minor edits, by namespace) and
//! the Atom feeds of recent changes and of one page's history.

use askama::Template;
use atom_syndication::{Entry, Feed, Link, Person, Text};
use axum::extract::{Query, State};
use axum::response::Response;
use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use serde::Deserialize;

use super::model::{self, Change, ChangeFilter};
use super::title::Title;
use super::view::load;
use crate::error::{AppError, AppResult};
use crate::http::{Ctx, RequestContext};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::views::{render as render_page, Layout};

const LIMIT: i64 = 200;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ChangesQuery {
    /// A person's id: their contributions.
    pub user: String,
    pub hide_minor: String,
    /// `main`, `category`, or empty for all.
    pub namespace: String,
}

impl ChangesQuery {
    /// The filter asked for; `members_too` when the reader sees members-only pages.
    fn filter(&self, members_too: bool) -> ChangeFilter {
        ChangeFilter {
            members_too,
            author_id: self.user.parse().ok(),
            hide_minor: self.hide_minor == "1",
            namespace: (self.namespace == "category").then(|| "Category:".to_string()),
            main_only: self.namespace == "main",
        }
    }
}

#[derive(Template)]
#[template(path = "wiki/recent_changes.html")]
struct ChangesView {
    layout: Layout,
    changes: Vec<Change>,
    query: ChangesQuery,
    feed_href: String,
    contributor: Option<String>,
}

pub async fn show_recent_changes(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Query(query): Query<ChangesQuery>,
) -> AppResult<Response> {
    let members_too = super::readers::sees_members_only(&state.db, &ctx).await?;
    let filter = query.filter(members_too);
    let changes = model::recent_changes(&state.db, &filter, LIMIT).await?;
    let contributor = match filter.author_id {
        Some(id) => crate::auth::model::find_by_id(&state.db, crate::auth::model::UserId(id))
            .await?
            .map(|u| u.name)
            .or_else(|| changes.first().map(|c| c.author_name.clone())),
        None => None,
    };
    let feed_href = match &ctx.query {
        Some(q) => format!("/recent-changes.atom?{q}"),
        None => "/recent-changes.atom".to_string(),
    };
    let key = if contributor.is_some() {
        "wiki-contributions-title"
    } else {
        "wiki-recent-changes-title"
    };
    let title = ctx.lang.t_args(
        key,
        &[("name", contributor.clone().unwrap_or_default().into())],
    );
    render_page(&ChangesView {
        layout: Layout::titled(&ctx, title).with_crumbs(&[("wiki-title", "/wiki")]),
        changes,
        query,
        feed_href,
        contributor,
    })
}

pub async fn recent_changes_feed(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Query(query): Query<ChangesQuery>,
) -> AppResult<Response> {
    // Feeds are read without a session: members-only pages never appear in them.
    let changes = model::recent_changes(&state.db, &query.filter(false), 50).await?;
    let feed = feed(
        &state,
        &ctx,
        &ctx.lang.t("wiki-recent-changes-title"),
        "/recent-changes",
        &changes,
    );
    Ok(atom_response(feed))
}

/// `GET /wiki/{title}/history.atom`.
pub async fn history_feed(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
) -> AppResult<Response> {
    let (page, _) = load(state, ctx, title).await?.ok_or(AppError::NotFound)?;
    if page.members_only {
        // A feed is read by programs that may pass it on: members-only pages have none.
        return Err(AppError::NotFound);
    }
    let changes = model::history(&state.db, page.id, 50).await?;
    let name = ctx
        .lang
        .t_args("wiki-history-title", &[("title", title.to_string().into())]);
    Ok(atom_response(feed(
        state,
        ctx,
        &name,
        &title.action_href("history"),
        &changes,
    )))
}

fn timestamp(seconds: i64) -> DateTime<FixedOffset> {
    Utc.timestamp_opt(seconds, 0)
        .single()
        .unwrap_or_default()
        .fixed_offset()
}

fn feed(
    state: &AppState,
    ctx: &RequestContext,
    title: &str,
    html_path: &str,
    changes: &[Change],
) -> Feed {
    let lang: Lang = ctx.lang;
    let entries: Vec<Entry> = changes
        .iter()
        .map(|c| {
            let diff = state.config.link(&format!(
                "{}?to={}",
                c.title.action_href("diff"),
                c.revision_id
            ));
            let summary = if c.summary.is_empty() {
                lang.t("wiki-no-summary")
            } else {
                c.summary.clone()
            };
            Entry {
                id: diff.clone(),
                title: Text::plain(c.title.to_string()),
                updated: timestamp(c.created_at),
                authors: vec![Person {
                    name: c.author_name.clone(),
                    ..Person::default()
                }],
                links: vec![Link {
                    href: diff,
                    rel: "alternate".into(),
                    ..Link::default()
                }],
                summary: Some(Text::plain(format!(
                    "{summary} ({:+} bytes)",
                    c.size_change
                ))),
                ..Entry::default()
            }
        })
        .collect();
    let updated = changes
        .first()
        .map_or_else(|| timestamp(0), |c| timestamp(c.created_at));
    Feed {
        id: state.config.link(html_path),
        title: Text::plain(format!("{title} – {}", lang.t("site-name"))),
        updated,
        lang: Some(lang.code().to_string()),
        links: vec![Link {
            href: state.config.link(html_path),
            rel: "alternate".into(),
            ..Link::default()
        }],
        entries,
        ..Feed::default()
    }
}

fn atom_response(feed: Feed) -> Response {
    crate::views::atom::feed_response(&feed)
}
