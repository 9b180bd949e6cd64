//! Reading and commenting: `/consultations` (the list), `/consultations/{slug}` (the current
//! version block by block, each with its comment count and a link to its own page), and
//! `/consultations/{slug}/blocks/{block}` (a block with its comments and the comment form,
//! which works without JavaScript). Drafts exist only for partners and coordinators.

use std::collections::HashSet;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::form::CommentForm;
use super::model::{self, Comment, Consultation, Phase, VersionBlock};
use crate::auth::role::Role;
use crate::error::{AppError, AppResult};
use crate::forms::FieldErrors;
use crate::http::{Ctx, RequestContext};
use crate::state::AppState;
use crate::storage::now;
use crate::views::{format_time, render, render_form, Layout};
use crate::wiki::diff::Row;
use crate::wiki::markdown::{self, RenderContext};
use crate::wiki::sanitise;

/// A block's Markdown as safe HTML; a heading goes one level down (the page's title is
/// the one first-level heading).
pub fn block_html(ctx: &RequestContext, kind: &str, text: &str) -> String {
    let source = if kind == "heading" && !text.starts_with("######") {
        format!("#{text}")
    } else {
        text.to_string()
    };
    let existing = HashSet::new();
    let render_ctx = RenderContext {
        lang: ctx.lang,
        page: None,
        existing: &existing,
        section_links: false,
    };
    sanitise::clean(&markdown::render(&source, &render_ctx).0)
}

fn may_see_drafts(ctx: &RequestContext) -> bool {
    ctx.user.as_ref().is_some_and(|u| u.role >= Role::Partner)
}

/// The consultation named in the path, if this person may see it.
pub async fn visible(
    state: &AppState,
    ctx: &RequestContext,
    slug: &str,
) -> AppResult<Consultation> {
    let c = model::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    if c.phase(now()) == Phase::Draft && !may_see_drafts(ctx) {
        return Err(AppError::NotFound);
    }
    Ok(c)
}

/// The words for a consultation's phase, with its date.
pub fn phase_text(ctx: &RequestContext, c: &Consultation) -> String {
    let date = |t: Option<i64>| {
        t.map(|t| format_time(ctx.lang, t))
            .unwrap_or_else(|| "none".to_string())
    };
    match c.phase(now()) {
        Phase::Draft => ctx.lang.t_args(
            "consult-phase-draft",
            &[("opens", date(c.fields.opens_at).into())],
        ),
        Phase::Open => ctx.lang.t_args(
            "consult-phase-open",
            &[("closes", date(c.fields.closes_at).into())],
        ),
        Phase::Closed => ctx.lang.t_args(
            "consult-phase-closed",
            &[("closed", date(c.fields.closes_at).into())],
        ),
        Phase::Responded => ctx.lang.t_args(
            "consult-phase-responded",
            &[("published", date(c.response_published_at).into())],
        ),
    }
}

struct ListRow {
    slug: String,
    title: String,
    summary: String,
    phase: String,
    is_example: bool,
}

#[derive(Template)]
#[template(path = "consultations/list.html")]
struct ListView {
    layout: Layout,
    rows: Vec<ListRow>,
    coordinator: bool,
}

pub async fn list(State(state): State<AppState>, Ctx(ctx): Ctx) -> AppResult<Response> {
    let drafts = may_see_drafts(&ctx);
    let rows = model::list(&state.db)
        .await?
        .into_iter()
        .filter(|c| drafts || c.phase(now()) != Phase::Draft)
        .map(|c| ListRow {
            phase: phase_text(&ctx, &c),
            slug: c.slug,
            title: c.fields.title,
            summary: c.fields.summary,
            is_example: c.is_example,
        })
        .collect();
    render(&ListView {
        layout: Layout::new(&ctx, "consult-title"),
        rows,
        coordinator: ctx.is_coordinator(),
    })
}

#[derive(Template)]
#[template(path = "consultations/show.html")]
struct ShowView {
    layout: Layout,
    c: Consultation,
    phase: String,
    /// The document's parts, as HTML, and whether there is a Welsh version (see `document`).
    document: std::sync::Arc<Vec<String>>,
    coordinator: bool,
    /// Comments on the whole document, and their form.
    comments: Vec<Comment>,
    open: bool,
    signed_in: bool,
    errors: FieldErrors,
    form: CommentForm,
    action: String,
    page_url: String,
    replying_to: Option<Comment>,
    /// Whether the signed-in participant follows it.
    following: bool,
    responded: bool,
    /// English and Welsh side by side (`?view=both`).
    both: bool,
    /// Whether there is a Welsh version to show.
    has_welsh: bool,
    /// The title, summary and Easy Read in the reader's language where there is one.
    title: String,
    summary: String,
    easy_read: String,
    /// The plan's outputs this is evidence for.
    part_of: Vec<(crate::plan::model::OutputId, String)>,
}

impl ShowView {
    fn document_html(&self) -> &str {
        self.document.first().map(String::as_str).unwrap_or("")
    }
    fn when(&self, at: &i64) -> String {
        format_time(self.layout.lang, *at)
    }
    fn parent_name(&self, id: &Option<model::CommentId>) -> String {
        parent_name(&self.comments, id)
    }
}

pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    Query(query): Query<ReplyQuery>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let both = query.view == "both";
    let form = CommentForm {
        reply_to: query.reply,
        ..CommentForm::default()
    };
    // Visitors share a one-second copy (keyed by the only parameter they can use).
    let key = format!(
        "/consultations/{slug}?view={}",
        if both { "both" } else { "" }
    );
    let cache = state.page_cache.clone();
    crate::views::page_cache::cached_heavy(&cache, &ctx, &key, || async {
        document_page_as(&state, &ctx, c, form, FieldErrors::new(ctx.lang), both).await
    })
    .await
}

/// The document page, with the comments on the whole document and their form (`errors`
/// when a comment came back refused).
pub(super) async fn document_page(
    state: &AppState,
    ctx: &RequestContext,
    c: Consultation,
    form: CommentForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    document_page_as(state, ctx, c, form, errors, false).await
}

/// The words in the reader's language: the Welsh where there is one and they read Welsh.
fn in_reader_language(ctx: &RequestContext, english: &str, welsh: &str) -> String {
    if ctx.lang == crate::i18n::Lang::Cy && !welsh.is_empty() {
        welsh.to_string()
    } else {
        english.to_string()
    }
}

async fn document_page_as(
    state: &AppState,
    ctx: &RequestContext,
    c: Consultation,
    form: CommentForm,
    errors: FieldErrors,
    both: bool,
) -> AppResult<Response> {
    let document = super::document::parts_html(state, ctx, &c, both).await?;
    let has_welsh = document.get(1).is_some_and(|m| m == "welsh");
    let comments = model::comments(&state.db, c.id, None).await?;
    let replying_to = form
        .reply_to
        .parse::<i64>()
        .ok()
        .and_then(|id| comments.iter().find(|m| m.id.0 == id).cloned());
    let title = in_reader_language(ctx, &c.fields.title, &c.fields.welsh.title);
    let mut layout =
        Layout::titled(ctx, title.clone()).with_crumbs(&[("consult-title", "/consultations")]);
    let has_errors = layout.mark_errors_if(&errors);
    let page_url = format!("/consultations/{}", c.slug);
    let following = match &ctx.user {
        Some(u) => model::is_following(&state.db, c.id, u.id.0).await?,
        None => false,
    };
    let part_of = crate::plan::model::outputs_evidenced_by(
        &state.db,
        crate::plan::model::EvidenceKind::Consultation,
        c.id.0,
    )
    .await?;
    let view = ShowView {
        part_of,
        both: both && has_welsh,
        has_welsh,
        summary: in_reader_language(ctx, &c.fields.summary, &c.fields.welsh.summary),
        easy_read: in_reader_language(ctx, &c.fields.easy_read, &c.fields.welsh.easy_read),
        title,
        following,
        responded: c.phase(now()) == Phase::Responded,
        layout,
        phase: phase_text(ctx, &c),
        coordinator: ctx.is_coordinator(),
        document,
        open: c.phase(now()) == Phase::Open,
        signed_in: ctx.user.is_some(),
        action: format!("{page_url}/comments"),
        page_url,
        replying_to,
        comments,
        errors,
        form,
        c,
    };
    render_form(has_errors, &view)
}

#[derive(Template)]
#[template(path = "consultations/block.html")]
struct BlockPage {
    /// Where the comment form posts, and the page it comes back to.
    action: String,
    page_url: String,
    /// The comment being replied to (`?reply=`), if any.
    replying_to: Option<Comment>,
    layout: Layout,
    c: Consultation,
    phase: String,
    block: VersionBlock,
    html: String,
    comments: Vec<Comment>,
    open: bool,
    /// The last version that had this part, if it has been removed since.
    removed_after: Option<i64>,
    /// Suggested changes, each with its differences from the part's text.
    suggestions: Vec<(model::Suggestion, Vec<Row>)>,
    side_by_side: bool,
    coordinator: bool,
    signed_in: bool,
    errors: FieldErrors,
    form: CommentForm,
}

impl BlockPage {
    fn when(&self, at: &i64) -> String {
        format_time(self.layout.lang, *at)
    }
    /// The name of the comment `id` replies to.
    fn parent_name(&self, id: &Option<model::CommentId>) -> String {
        parent_name(&self.comments, id)
    }
    /// The error at a suggestion's decision form, if any.
    fn reason_error(&self, id: &model::SuggestionId) -> Option<String> {
        self.errors
            .get(&format!("reason_{}", id.0))
            .map(str::to_string)
    }
    /// The suggestion form's text: as typed, else the part's own.
    fn proposed_text(&self) -> &str {
        if self.form.proposed.is_empty() {
            &self.block.text
        } else {
            &self.form.proposed
        }
    }
}

/// The author of comment `id` among `comments`.
pub(super) fn parent_name(comments: &[Comment], id: &Option<model::CommentId>) -> String {
    id.and_then(|id| comments.iter().find(|c| c.id == id))
        .map(|c| c.author_name.clone())
        .unwrap_or_default()
}

pub(super) async fn block_page(
    state: &AppState,
    ctx: &RequestContext,
    c: Consultation,
    block_id: i64,
    form: CommentForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let current = c.current_version.ok_or(AppError::NotFound)?;
    let (last_seen, block) = model::latest_block(&state.db, c.id, block_id)
        .await?
        .ok_or(AppError::NotFound)?;
    // A part removed since: still readable, with its comments, but no longer open to them.
    let removed_after = (last_seen < current).then_some(last_seen);
    let comments = model::comments(&state.db, c.id, Some(block_id)).await?;
    let suggestions = model::suggestions(&state.db, c.id, block_id)
        .await?
        .into_iter()
        .map(|s| {
            let rows = crate::wiki::diff::rows(&s.original, &s.proposed, 1);
            (s, rows)
        })
        .collect();
    let replying_to = form
        .reply_to
        .parse::<i64>()
        .ok()
        .and_then(|id| comments.iter().find(|m| m.id.0 == id).cloned());
    let page_url = format!("/consultations/{}/blocks/{block_id}", c.slug);
    let title = ctx.lang.t_args(
        "consult-block-title",
        &[("title", c.fields.title.clone().into())],
    );
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("consult-title", "/consultations")]);
    let has_errors = layout.mark_errors_if(&errors);
    let view = BlockPage {
        action: page_url.clone(),
        page_url,
        replying_to,
        layout,
        phase: phase_text(ctx, &c),
        html: block_html(ctx, &block.kind, &block.text),
        open: c.phase(now()) == Phase::Open && removed_after.is_none(),
        removed_after,
        suggestions,
        side_by_side: false,
        coordinator: ctx.is_coordinator(),
        signed_in: ctx.user.is_some(),
        c,
        block,
        comments,
        errors,
        form,
    };
    render_form(has_errors, &view)
}

/// `?reply=ID`: the comment a new comment replies to.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ReplyQuery {
    reply: String,
    /// `both`: English and Welsh side by side.
    view: String,
}

pub async fn show_block(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path((slug, block)): Path<(String, i64)>,
    Query(query): Query<ReplyQuery>,
) -> AppResult<Response> {
    let c = visible(&state, &ctx, &slug).await?;
    let form = CommentForm {
        reply_to: query.reply,
        ..CommentForm::default()
    };
    block_page(&state, &ctx, c, block, form, FieldErrors::new(ctx.lang)).await
}
