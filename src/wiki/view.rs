//! Reading: a page (current or an old revision), the index of all pages, page information
//! and "what links here".

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model::{self, Page, Revision};
use super::render;
use super::title::Title;
use crate::error::{AppError, AppResult};
use crate::http::{Ctx, RequestContext};
use crate::state::AppState;
use crate::views::{render as render_page, render_status, Layout};
use crate::wiki::model::RevisionId;

/// The tabs above every page (Read, Edit, History, Talk, Information).
pub struct Tabs {
    pub title: Title,
    pub current: &'static str,
    pub exists: bool,
}

impl Tabs {
    pub fn new(title: &Title, current: &'static str, exists: bool) -> Tabs {
        Tabs {
            title: title.clone(),
            current,
            exists,
        }
    }
}

#[derive(Template)]
#[template(path = "wiki/page.html")]
struct PageView {
    layout: Layout,
    tabs: Tabs,
    title: Title,
    html: String,
    revision: Revision,
    /// Viewing an old revision: the head's id, for the "this is an old revision" notice.
    old_of_head: Option<RevisionId>,
    /// On a category page: the pages in the category.
    members: Vec<Title>,
    redirected_from: Option<Title>,
    actions: PageActions,
}

#[derive(Template)]
#[template(path = "wiki/missing.html")]
struct MissingView {
    layout: Layout,
    tabs: Tabs,
    title: Title,
    members: Vec<Title>,
}

impl PageView {
    fn protection_key(&self) -> &'static str {
        match self.actions.protection.as_str() {
            "partner" => "wiki-protected-partner",
            _ => "wiki-protected-locked",
        }
    }
}

pub fn layout_for(ctx: &RequestContext, title: &Title, heading: String) -> Layout {
    let mut crumbs = vec![("wiki-title", "/wiki".to_string())];
    let mut parent = title.parent();
    let mut ancestors = Vec::new();
    while let Some(p) = parent {
        parent = p.parent();
        ancestors.push(p);
    }
    let mut layout = Layout::titled(ctx, heading).with_crumbs(&[]);
    for (key, href) in crumbs.drain(..) {
        layout.breadcrumbs.push(crate::views::Crumb {
            label: ctx.lang.t(key),
            href,
        });
    }
    for a in ancestors.into_iter().rev() {
        layout.breadcrumbs.push(crate::views::Crumb {
            label: a.as_str().to_string(),
            href: a.href(),
        });
    }
    layout
}

/// The page and its current revision (`None` if there is no such page); a page the person
/// asking may not read is refused as not found (see `readers`).
pub async fn load(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
) -> AppResult<Option<(Page, Revision)>> {
    let Some(page) = model::find_page(&state.db, title).await? else {
        return Ok(None);
    };
    super::readers::require_readable(&state.db, ctx, &page).await?;
    let head = model::revision(&state.db, page.id, page.head_revision_id)
        .await?
        .ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!("page {} has no head revision", page.id))
        })?;
    Ok(Some((page, head)))
}

/// How a page view was asked for.
#[derive(Debug, Default)]
pub struct ShowOptions {
    /// An old revision to show instead of the current one.
    pub oldid: Option<String>,
    /// Whether a redirect page sends the reader on (false with `?redirect=no`).
    pub follow_redirect: bool,
    /// The redirect page the reader came through, for the notice.
    pub redirected_from: Option<String>,
}

pub async fn show(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
    options: ShowOptions,
) -> AppResult<Response> {
    let oldid = options.oldid;
    let members = match title.category_name() {
        Some(name) => {
            let members_too = super::readers::sees_members_only(&state.db, ctx).await?;
            model::category_members(&state.db, name, members_too).await?
        }
        None => Vec::new(),
    };
    let Some((page, head)) = load(state, ctx, title).await? else {
        // A category with members but no text of its own still lists them.
        let status = if members.is_empty() {
            StatusCode::NOT_FOUND
        } else {
            StatusCode::OK
        };
        return render_status(
            status,
            &MissingView {
                layout: layout_for(ctx, title, title.to_string()),
                tabs: Tabs::new(title, "read", false),
                title: title.clone(),
                members,
            },
        );
    };
    if options.follow_redirect && oldid.is_none() {
        if let Some(target) = super::model::manage::redirect_target(&head.body) {
            let from: String =
                url::form_urlencoded::byte_serialize(title.as_str().as_bytes()).collect();
            return Ok(
                Redirect::to(&format!("{}?redirected_from={from}", target.href())).into_response(),
            );
        }
    }
    let redirected_from = options.redirected_from.and_then(|t| Title::parse(&t).ok());
    let watching = match &ctx.user {
        Some(u) => super::watch::is_watching(&state.db, u.id.0, page.id).await?,
        None => false,
    };
    let actions = PageActions::for_user(ctx, &page, watching);
    let (revision, html, old_of_head) = match oldid.and_then(|s| s.parse::<RevisionId>().ok()) {
        Some(id) if id != head.id => {
            let revision = model::revision(&state.db, page.id, id)
                .await?
                .ok_or(AppError::NotFound)?;
            let html = render::render_text(&state.db, ctx.lang, Some(title), &revision.body, false)
                .await?;
            (revision, html, Some(head.id))
        }
        _ => {
            let html = render::head_html(&state.db, ctx.lang, title, &head).await?;
            (head, html, None)
        }
    };
    render_page(&PageView {
        layout: layout_for(ctx, title, title.to_string()),
        tabs: Tabs::new(title, "read", true),
        title: title.clone(),
        html,
        revision,
        old_of_head,
        members,
        redirected_from,
        actions,
    })
}

/// What the reader may do with the page, beyond the tabs.
pub struct PageActions {
    pub signed_in: bool,
    pub watching: bool,
    pub can_move: bool,
    pub can_manage: bool,
    pub protection: String,
    pub members_only: bool,
}

impl PageActions {
    fn for_user(ctx: &RequestContext, page: &Page, watching: bool) -> PageActions {
        let user = ctx.user.as_ref();
        PageActions {
            signed_in: user.is_some(),
            watching,
            can_move: user.is_some_and(|u| super::edit::may_edit(Some(page), u)),
            can_manage: user.is_some_and(|u| u.role >= crate::auth::role::Role::Coordinator),
            protection: page.protection.clone(),
            members_only: page.members_only,
        }
    }
}

#[derive(Template)]
#[template(path = "wiki/index.html")]
struct IndexView {
    layout: Layout,
    pages: Vec<Page>,
    invalid_title: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IndexQuery {
    /// From the "create a page" box: go to that page's edit form.
    pub title: Option<String>,
}

/// `GET /wiki`: every page, and a box to start a new one.
pub async fn index(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Query(query): Query<IndexQuery>,
) -> AppResult<Response> {
    let mut invalid_title = false;
    if let Some(raw) = query.title {
        match Title::parse(&raw) {
            Ok(title) => return Ok(Redirect::to(&title.action_href("edit")).into_response()),
            Err(_) => invalid_title = true,
        }
    }
    let members_too = super::readers::sees_members_only(&state.db, &ctx).await?;
    let pages = model::all_pages(&state.db, members_too).await?;
    let page = IndexView {
        layout: Layout::new(&ctx, "wiki-title").with_crumbs(&[]),
        pages,
        invalid_title,
    };
    if invalid_title {
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
    } else {
        render_page(&page)
    }
}

#[derive(Template)]
#[template(path = "wiki/info.html")]
struct InfoView {
    layout: Layout,
    tabs: Tabs,
    title: Title,
    creator: String,
    created_at: i64,
    revisions: i64,
    head: Revision,
    links_here: usize,
    watchers: i64,
    protection: String,
    members_only: bool,
}

pub async fn show_info(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
) -> AppResult<Response> {
    let (page, head) = load(state, ctx, title).await?.ok_or(AppError::NotFound)?;
    let (creator, created_at, revisions) = model::page_info(&state.db, page.id).await?;
    let members_too = super::readers::sees_members_only(&state.db, ctx).await?;
    let links_here = model::links_here(&state.db, title, members_too)
        .await?
        .len();
    let watchers = super::watch::watcher_count(&state.db, page.id).await?;
    render_page(&InfoView {
        layout: layout_for(
            ctx,
            title,
            ctx.lang
                .t_args("wiki-info-title", &[("title", title.to_string().into())]),
        ),
        tabs: Tabs::new(title, "info", true),
        title: title.clone(),
        creator,
        created_at,
        revisions,
        head,
        links_here,
        watchers,
        protection: page.protection.clone(),
        members_only: page.members_only,
    })
}

#[derive(Template)]
#[template(path = "wiki/links_here.html")]
struct LinksHereView {
    layout: Layout,
    tabs: Tabs,
    pages: Vec<Title>,
}

pub async fn show_links_here(
    state: &AppState,
    ctx: &RequestContext,
    title: &Title,
) -> AppResult<Response> {
    let page = model::find_page(&state.db, title).await?;
    if let Some(page) = &page {
        super::readers::require_readable(&state.db, ctx, page).await?;
    }
    let members_too = super::readers::sees_members_only(&state.db, ctx).await?;
    let pages = model::links_here(&state.db, title, members_too).await?;
    let exists = page.is_some();
    render_page(&LinksHereView {
        layout: layout_for(
            ctx,
            title,
            ctx.lang.t_args(
                "wiki-links-here-title",
                &[("title", title.to_string().into())],
            ),
        ),
        tabs: Tabs::new(title, "info", exists),
        pages,
    })
}
